package org.blocklet4j.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The unsigned fixture meta of {@code signatures.json} and bundle tarballs that match it. */
final class BundleFixture {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BundleFixture() {
    }

    /** The fixture meta without signatures, its {@code dist} describing {@code tarball}. */
    static ObjectNode meta(byte[] tarball) {
        ObjectNode meta = bare();
        ObjectNode dist = (ObjectNode) meta.get("dist");
        dist.put("integrity", "sha512-" + digest("SHA-512", tarball));
        dist.put("size", tarball.length);
        return meta;
    }

    /** The fixture's {@code blocklet.yml} as the bundler keeps it: the meta without dist and signatures. */
    static String manifest() {
        ObjectNode meta = bare();
        meta.remove("dist");
        return meta.toPrettyString();
    }

    /** A clean bundle: the manifest, code, and a directory entry. */
    static byte[] tarball() {
        return Tarballs.tgz(tar -> {
            Tarballs.special(tar, "package/", org.apache.commons.compress.archivers.tar.TarConstants.LF_DIR, "");
            Tarballs.file(tar, "package/blocklet.yml", manifest().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Tarballs.file(tar, "package/index.js", "console.log('hi');\n".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    static String digest(String algorithm, byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode bare() {
        try (InputStream in = BundleFixture.class.getResourceAsStream("signatures.json")) {
            ObjectNode meta = (ObjectNode) JSON.readTree(in).get(0).get("meta").deepCopy();
            meta.remove("signatures");
            meta.remove("stats");
            return meta;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
