/**
 * A JSON Schema (draft-07) for {@code blocklet.yml}, in a standard and a strict variant, and validation of a
 * manifest as written against it, with diagnostics that carry the manifest's line and column.
 */
module org.blocklet4j.schema {
    requires transitive org.blocklet4j.meta;
    requires transitive tools.jackson.databind;
    requires com.networknt.schema;
    requires static org.jspecify;

    exports org.blocklet4j.schema;
}
