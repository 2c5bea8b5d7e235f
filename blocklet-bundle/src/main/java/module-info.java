/**
 * Checks a published blocklet bundle ({@code blocklet.json} plus the tarball) as a store must: the meta as
 * {@code @blocklet/meta}'s {@code validateMeta} sees it, safe file names, integrity and size, and the signature
 * chain of {@code verifyMultiSig}, with the signer-to-key binding the reference does not check.
 */
module org.blocklet4j.bundle {
    requires transitive org.blocklet4j.meta;
    requires transitive tools.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.apache.commons.compress;
    requires java.desktop;
    // WebP for ImageIO, found by ImageIO's service lookup; an automatic module, so it must be required to be read.
    requires com.twelvemonkeys.imageio.webp;
    requires static org.jspecify;

    exports org.blocklet4j.bundle;
}
