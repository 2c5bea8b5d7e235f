/**
 * Install order of a composite blocklet's required components, and resolution of its component tree from
 * stores and URLs, as {@code @blocklet/meta}'s {@code getRequiredComponentsLayers} and {@code @blocklet/resolver}'s
 * {@code parseComponents} do it, with the layering made correct.
 */
module org.blocklet4j.resolver {
    requires transitive org.blocklet4j.meta;
    requires org.jgrapht.core;
    requires java.net.http;
    requires tools.jackson.databind;
    requires static org.jspecify;

    exports org.blocklet4j.resolver;
}
