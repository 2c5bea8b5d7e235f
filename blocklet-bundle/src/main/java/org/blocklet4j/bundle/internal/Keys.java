package org.blocklet4j.bundle.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.did.DidType;
import org.blocklet4j.meta.did.KeyType;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Signature verification of {@code @ocap/mcrypto} 1.29, and the key-to-address derivation of
 * {@code @arcblock/did} through {@link Did#fromPublicKey}. ED25519 goes through the JDK; SECP256K1 and ETHEREUM
 * (secp256k1 ECDSA, DER signatures, low S required, as {@code @noble/curves} verifies with {@code lowS: true})
 * through BouncyCastle.
 */
public final class Keys {
    private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(SECP256K1.getCurve(), SECP256K1.getG(),
            SECP256K1.getN(), SECP256K1.getH());
    private static final BigInteger HALF_N = SECP256K1.getN().shiftRight(1);
    /** DER prefix of an X.509 SubjectPublicKeyInfo for a raw 32-byte Ed25519 key. */
    private static final byte[] ED25519_SPKI = HexFormat.of().parseHex("302a300506032b6570032100");

    private Keys() {
    }

    /**
     * {@code getSigner(key).verify(message, signature, pk)}: true when {@code signature} is {@code key}'s valid
     * signature of {@code message} under {@code pk}; false for any malformed input, as the reference's signers
     * return false (or throw) for them.
     */
    public static boolean verify(KeyType key, byte[] message, byte[] signature, byte[] pk) {
        return switch (key) {
            case ED25519 -> verifyEd25519(message, signature, pk);
            case SECP256K1 -> verifySecp256k1(message, signature, pk);
            case ETHEREUM -> verifySecp256k1(message, signature, ethereumKey(pk));
            case PASSKEY -> false;
        };
    }

    /**
     * {@code fromPublicKey(pk, type)} of {@code @arcblock/did}: the address of the key {@code pk} (its bytes as
     * {@code toUint8Array} reads them) for the wallet type, by {@link Did#fromPublicKey}.
     */
    public static String addressOf(byte[] pk, KeyTypeInfo type) {
        return Did.fromPublicKey(pk, DidType.of(type.role(), type.key(), type.hash(), type.encoding()));
    }

    /** The ETHEREUM signer takes a 64-byte key without its {@code 04} prefix, unless it starts with 4. */
    private static byte[] ethereumKey(byte[] pk) {
        if (pk.length == 64 && pk[0] != 4) {
            byte[] prefixed = new byte[65];
            prefixed[0] = 4;
            System.arraycopy(pk, 0, prefixed, 1, 64);
            return prefixed;
        }
        return pk;
    }

    private static boolean verifyEd25519(byte[] message, byte[] signature, byte[] pk) {
        if (pk.length != 32 || signature.length != 64) {
            return false;
        }
        try {
            byte[] spki = Arrays.copyOf(ED25519_SPKI, ED25519_SPKI.length + 32);
            System.arraycopy(pk, 0, spki, ED25519_SPKI.length, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean verifySecp256k1(byte[] message, byte[] signature, byte[] pk) {
        BigInteger[] rs = parseDer(signature);
        if (rs == null) {
            return false;
        }
        BigInteger r = rs[0];
        BigInteger s = rs[1];
        BigInteger n = DOMAIN.getN();
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0
                || s.compareTo(HALF_N) > 0) {
            return false;
        }
        // @noble/curves takes compressed (02/03) and uncompressed (04) points only; BouncyCastle would also
        // take hybrid encodings and the point at infinity.
        boolean compressed = pk.length == 33 && (pk[0] == 2 || pk[0] == 3);
        if (!compressed && !(pk.length == 65 && pk[0] == 4)) {
            return false;
        }
        try {
            ECPoint point = DOMAIN.getCurve().decodePoint(pk);
            ECDSASigner signer = new ECDSASigner();
            signer.init(false, new ECPublicKeyParameters(point, DOMAIN));
            return signer.verifySignature(message, r, s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A strict DER {@code SEQUENCE { INTEGER r, INTEGER s }} with nothing after it; null when malformed. */
    private static BigInteger @org.jspecify.annotations.Nullable [] parseDer(byte[] der) {
        if (der.length < 8 || der.length > 72 || der[0] != 0x30 || (der[1] & 0xFF) != der.length - 2) {
            return null;
        }
        int[] pos = {2};
        BigInteger r = derInteger(der, pos);
        BigInteger s = r == null ? null : derInteger(der, pos);
        return s == null || pos[0] != der.length ? null : new BigInteger[] {r, s};
    }

    private static @org.jspecify.annotations.Nullable BigInteger derInteger(byte[] der, int[] pos) {
        int p = pos[0];
        if (p + 2 > der.length || der[p] != 0x02) {
            return null;
        }
        int len = der[p + 1] & 0xFF;
        if (len == 0 || len > 33 || p + 2 + len > der.length) {
            return null;
        }
        byte first = der[p + 2];
        if (first < 0 || first == 0 && len > 1 && der[p + 3] >= 0) {
            return null; // negative, or a needless leading zero
        }
        pos[0] = p + 2 + len;
        return new BigInteger(1, Arrays.copyOfRange(der, p + 2, p + 2 + len));
    }
}
