/**
 * Reads, fixes, validates and normalises Blocklet manifests exactly as {@code @blocklet/meta} 1.17.12 does.
 */
module org.blocklet4j.meta {
    requires tools.jackson.databind;
    requires org.snakeyaml.engine;
    requires org.bouncycastle.provider;
    requires static org.jspecify;

    exports org.blocklet4j.meta;
    exports org.blocklet4j.meta.did;
    exports org.blocklet4j.meta.model;
    exports org.blocklet4j.meta.name;
    exports org.blocklet4j.meta.semver;

    // Shared with the resolver and the bundle checks only, so that they apply the same JavaScript rules; no promise
    // to anyone else.
    exports org.blocklet4j.meta.internal.format to org.blocklet4j.resolver;
    exports org.blocklet4j.meta.internal.js to org.blocklet4j.resolver, org.blocklet4j.bundle;
    exports org.blocklet4j.meta.internal.text to org.blocklet4j.resolver;
}
