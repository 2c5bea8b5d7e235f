package org.blocklet4j.meta.did;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * The hash functions of {@code getHasher} in {@code @ocap/mcrypto}, called with one round as the DID code calls
 * them. SHA-3 and SHA-256 come from the JDK; Keccak, which the JDK lacks, from BouncyCastle.
 */
final class DidHashes {
    private DidHashes() {
    }

    static byte[] digest(HashType type, byte[] data, int offset, int length) {
        switch (type) {
            case KECCAK:
                return keccak(256, data, offset, length);
            case KECCAK_384:
                return keccak(384, data, offset, length);
            case KECCAK_512:
                return keccak(512, data, offset, length);
            case SHA3:
                return jdk("SHA3-256", data, offset, length);
            case SHA3_384:
                return jdk("SHA3-384", data, offset, length);
            case SHA3_512:
                return jdk("SHA3-512", data, offset, length);
            case SHA2:
                return jdk("SHA-256", data, offset, length);
            default:
                throw new AssertionError(type);
        }
    }

    static byte[] digest(HashType type, byte[] data) {
        return digest(type, data, 0, data.length);
    }

    private static byte[] keccak(int bits, byte[] data, int offset, int length) {
        KeccakDigest d = new KeccakDigest(bits);
        d.update(data, offset, length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }

    private static byte[] jdk(String algorithm, byte[] data, int offset, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(data, offset, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE 9+ platform must provide SHA-256 and the SHA3 family.
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
