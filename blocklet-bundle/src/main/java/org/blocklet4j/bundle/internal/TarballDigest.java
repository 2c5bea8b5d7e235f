package org.blocklet4j.bundle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The size and the SHA-256, SHA-384 and SHA-512 digests of a tarball, read once as a stream and never past a
 * byte limit.
 */
public final class TarballDigest {
    private static final String[] ALGORITHMS = {"sha256", "sha384", "sha512"};

    private final long size;
    private final boolean truncated;
    private final Map<String, String> base64;

    private TarballDigest(long size, boolean truncated, Map<String, String> base64) {
        this.size = size;
        this.truncated = truncated;
        this.base64 = base64;
    }

    /** Reads {@code in} up to {@code limit} bytes (one more tells that it is longer); does not close it. */
    public static TarballDigest read(InputStream in, long limit) throws IOException {
        MessageDigest[] digests = new MessageDigest[ALGORITHMS.length];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = digest(ALGORITHMS[i]);
        }
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) > 0) {
            size += n;
            if (size > limit) {
                return new TarballDigest(size, true, Map.of());
            }
            for (MessageDigest d : digests) {
                d.update(buffer, 0, n);
            }
        }
        Map<String, String> base64 = new LinkedHashMap<>();
        for (int i = 0; i < digests.length; i++) {
            base64.put(ALGORITHMS[i], Base64.getEncoder().encodeToString(digests[i].digest()));
        }
        return new TarballDigest(size, false, base64);
    }

    /** The bytes read; more than the limit when {@link #truncated()}. */
    public long size() {
        return size;
    }

    /** True when the tarball is longer than the limit; no digest is known then. */
    public boolean truncated() {
        return truncated;
    }

    /** {@code sha512-} and the padded base64 of SHA-512, as the store writes and compares {@code dist.integrity}. */
    public String storeIntegrity() {
        return "sha512-" + base64.get("sha512");
    }

    /**
     * Whether the Subresource-Integrity string {@code integrity} matches, as {@code ssri} checks it: of the
     * hashes with a known algorithm (sha256, sha384, sha512), only those of the strongest algorithm count, and
     * one of them must equal the digest. Null when no hash has a known algorithm.
     */
    public @Nullable Boolean matchesSubresourceIntegrity(String integrity) {
        int strongest = -1;
        Map<Integer, java.util.List<String>> byAlgorithm = new LinkedHashMap<>();
        for (String token : integrity.strip().split("\\s+")) {
            int dash = token.indexOf('-');
            if (dash <= 0) {
                continue;
            }
            int alg = java.util.Arrays.asList(ALGORITHMS).indexOf(token.substring(0, dash));
            if (alg < 0) {
                continue;
            }
            String value = token.substring(dash + 1);
            int options = value.indexOf('?');
            byAlgorithm.computeIfAbsent(alg, k -> new java.util.ArrayList<>())
                    .add(options < 0 ? value : value.substring(0, options));
            strongest = Math.max(strongest, alg);
        }
        if (strongest < 0) {
            return null;
        }
        return byAlgorithm.get(strongest).contains(base64.get(ALGORITHMS[strongest]));
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance("SHA-" + name.substring(3));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is not available", e);
        }
    }
}
