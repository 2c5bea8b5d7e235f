package org.blocklet4j.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The unsigned fixture meta of {@code signatures.json} and bundle tarballs that match it. The meta names a logo,
 * {@link #LOGO}, and every tarball built here holds it as the bundler puts it, {@code package/logo.png}: a
 * 256 × 256 PNG, the smallest the store accepts, so that the image step passes unless a test means otherwise.
 */
final class BundleFixture {
    /** The fixture's {@code logo}. */
    static final String LOGO = "logo.png";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] LOGO_PNG = TestImages.png(256, 256);

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

    /** A clean bundle: the logo, the manifest, code, and a directory entry. */
    static byte[] tarball() {
        return tgz(tar -> {
            Tarballs.special(tar, "package/", TarConstants.LF_DIR, "");
            Tarballs.file(tar, "package/blocklet.yml", manifest().getBytes(StandardCharsets.UTF_8));
            Tarballs.file(tar, "package/index.js", "console.log('hi');\n".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The logo's bytes: a 256 × 256 PNG. */
    static byte[] logo() {
        return LOGO_PNG.clone();
    }

    /** A gzipped tar holding the logo, then what {@code content} writes. */
    static byte[] tgz(Tarballs.Content content) {
        return Tarballs.tgz(tar -> {
            addLogo(tar);
            content.write(tar);
        });
    }

    /** A gzipped tar holding the logo, then regular files given as name and text pairs. */
    static byte[] tgz(String... namesAndTexts) {
        return tgz(tar -> {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                Tarballs.file(tar, namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** Adds the logo, {@code package/logo.png}. */
    static void addLogo(TarArchiveOutputStream tar) throws IOException {
        Tarballs.file(tar, "package/" + LOGO, LOGO_PNG);
    }

    /** A raw (not gzipped) tar: the logo's entry, then the entries of the raw tar {@code tar}. */
    static byte[] withLogo(byte[] tar) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Tarballs.rawFile("package/" + LOGO, LOGO_PNG));
        out.writeBytes(tar);
        return out.toByteArray();
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
            meta.put("logo", LOGO);
            return meta;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
