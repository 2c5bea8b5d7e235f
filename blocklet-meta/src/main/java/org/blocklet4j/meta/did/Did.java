package org.blocklet4j.meta.did;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Checks, inspects and makes DID strings exactly as {@code @arcblock/did} 1.29.27 does ({@code isValid},
 * {@code toTypeInfo}, {@code fromPublicKey}, and {@code toAddress} of {@code @ocap/util}).
 *
 * <p>A DID is 26 bytes: a 2-byte type field ({@link DidType}), a 20-byte key hash, and the first 4 bytes of the
 * type's hash over those 22 bytes as a checksum. It is written {@code z} + base58 (Bitcoin alphabet), or as
 * {@code 0x} + hex, optionally after a {@code did:<method>:} prefix. A 40-digit Ethereum address is a DID too.
 *
 * <p>The reference's quirks are kept on purpose, because manifests are accepted or rejected by them: the length
 * of the payload is not checked (extra bytes after the checksum pass), {@code did:abt:did:abt:z…} is valid, a
 * hex form is not padded, and white space anywhere makes a DID invalid.
 *
 * <p>This class has no state; all methods are safe to call from any thread.
 */
public final class Did {
    /** Bytes of type field plus key hash, the part the checksum covers. */
    private static final int BODY_LENGTH = 22;
    private static final int CHECKSUM_LENGTH = 4;
    /** A base58 DID is left-padded with zero bytes to this length. */
    private static final int PADDED_LENGTH = BODY_LENGTH + CHECKSUM_LENGTH;

    private Did() {
    }

    /**
     * Whether {@code did} is a valid DID ({@code isValid} of {@code @arcblock/did}).
     *
     * <p>Null and the empty string are invalid. One {@code did:<method>:} prefix (any lowercase method) is
     * removed; then an Ethereum address is valid when it is all one case or carries a correct EIP-55 checksum;
     * any other string is valid when its type field names a known hash and its bytes 22 to 26 equal that hash
     * of bytes 0 to 22. Unknown role and key codes do not make a DID invalid.
     */
    public static boolean isValid(@Nullable String did) {
        if (did == null || did.isEmpty()) {
            return false;
        }
        String address = toAddress(did);
        if (isEthereumDid(address)) {
            return true;
        }
        byte[] bytes = toBytes(address);
        if (bytes == null) {
            return false;
        }
        Optional<HashType> hash = typeOf(bytes, EncodingType.BASE58).hashType();
        if (hash.isEmpty() || bytes.length < PADDED_LENGTH) {
            return false;
        }
        byte[] digest = DidHashes.digest(hash.get(), bytes, 0, BODY_LENGTH);
        for (int i = 0; i < CHECKSUM_LENGTH; i++) {
            if (bytes[BODY_LENGTH + i] != digest[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code did} without its first {@code did:<method>:} prefix, where the method is one or more of
     * {@code [a-z0-9]} ({@code toAddress} of {@code @ocap/util}). Only one prefix is removed, and an uppercase
     * {@code DID:} is not a prefix.
     */
    public static String toAddress(String did) {
        Objects.requireNonNull(did, "did");
        if (!did.startsWith("did:")) {
            return did;
        }
        int i = 4;
        while (i < did.length() && isMethodChar(did.charAt(i))) {
            i++;
        }
        return i > 4 && i < did.length() && did.charAt(i) == ':' ? did.substring(i + 1) : did;
    }

    /**
     * The type fields of {@code did} ({@code toTypeInfo} of {@code @arcblock/did}), also for a string that is
     * not a valid DID, since the reference reads them from any string it can decode.
     *
     * <p>An Ethereum address gives {@link DidType#ETHEREUM}. A {@code 0x} hex string (not padded) or a
     * {@code z}-base58 string after one {@code did:<method>:} prefix (left-padded with zero bytes to 26) gives the
     * fields of its first two bytes, zeros standing in for missing bytes. Any other string, and null, gives empty
     * (the reference returns {@code {}}). Unlike {@link #isValid}, no prefix is removed before the hex test, so
     * {@code did:abt:0x…} gives empty.
     */
    public static Optional<DidType> typeInfo(@Nullable String did) {
        if (did == null) {
            return Optional.empty();
        }
        if (isEthereumDid(did)) {
            return Optional.of(DidType.ETHEREUM);
        }
        byte[] bytes = toBytes(did);
        if (bytes == null) {
            return Optional.empty();
        }
        return Optional.of(typeOf(bytes, isHex(toAddress(did)) ? EncodingType.BASE16 : EncodingType.BASE58));
    }

    /**
     * Whether {@code did}'s role is {@link RoleType#BLOCKLET}: {@code validateNewDid} of {@code @blocklet/meta}
     * does not throw. Null and undecodable strings are not.
     */
    public static boolean isBlockletRole(@Nullable String did) {
        return typeInfo(did).flatMap(DidType::roleType).filter(r -> r == RoleType.BLOCKLET).isPresent();
    }

    /**
     * The DID of the public key {@code publicKey} for {@code type}, as {@code fromPublicKey(pk, type)} of
     * {@code @arcblock/did} makes a wallet's address.
     *
     * <p>{@code type} is first read as the reference's {@code DidType(type)} reads it: the roles
     * {@link RoleType#NODE}, {@link RoleType#VALIDATOR}, {@link RoleType#TETHER} and {@link RoleType#SWAP} hash
     * with {@link HashType#SHA2} whatever {@code type} names, unless it is the Ethereum type. An Ethereum type
     * ({@link DidType#isEthereumType()}: key ETHEREUM, hash KECCAK, encoding BASE16, any role) gives {@code 0x} and
     * the last 20 bytes of the key's Keccak-256 in EIP-55 checksum case. Any other type gives 26 bytes: the type
     * field, the first 20 bytes of the type's hash of the key, and the first 4 bytes of that hash over those 22
     * bytes, written {@code z} + base58 or, for BASE16, {@code 0x} + lowercase hex.
     *
     * <p>The key's bytes are hashed as given, so the caller chooses its form as the reference's signers do:
     * ED25519 wallets use the 32-byte key, SECP256K1 wallets the 65-byte uncompressed key with its {@code 04}
     * prefix, Ethereum wallets the 64-byte uncompressed key without it.
     *
     * @param publicKey the key's bytes; not modified
     * @param type      the wallet type
     * @return the DID without a {@code did:} prefix
     * @throws IllegalArgumentException when the role, key or hash code of {@code type} is unassigned (the
     *                                  reference's {@code DidType} throws {@code Unsupported … type})
     */
    public static String fromPublicKey(byte[] publicKey, DidType type) {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(type, "type");
        RoleType role = type.roleType()
                .orElseThrow(() -> new IllegalArgumentException("unsupported role type: " + type.role()));
        type.keyType().orElseThrow(() -> new IllegalArgumentException("unsupported key type: " + type.key()));
        HashType hash = type.hashType()
                .orElseThrow(() -> new IllegalArgumentException("unsupported hash type: " + type.hash()));
        if (type.isEthereumType()) {
            byte[] digest = hash.digest(publicKey);
            return "0x" + eip55(Arrays.copyOfRange(digest, digest.length - 20, digest.length));
        }
        if (role == RoleType.NODE || role == RoleType.VALIDATOR || role == RoleType.TETHER || role == RoleType.SWAP) {
            hash = HashType.SHA2;
        }
        DidType effective = new DidType(type.role(), type.key(), hash.code(), type.encoding());
        byte[] bytes = new byte[PADDED_LENGTH];
        bytes[0] = (byte) (effective.bits() >>> 8);
        bytes[1] = (byte) effective.bits();
        System.arraycopy(hash.digest(publicKey), 0, bytes, 2, BODY_LENGTH - 2);
        byte[] checksum = DidHashes.digest(hash, bytes, 0, BODY_LENGTH);
        System.arraycopy(checksum, 0, bytes, BODY_LENGTH, CHECKSUM_LENGTH);
        return switch (type.encoding()) {
            case BASE58 -> "z" + Base58.encode(bytes);
            case BASE16 -> "0x" + HexFormat.of().formatHex(bytes);
        };
    }

    /** The type fields of the first two bytes; a missing byte counts as a leading zero. */
    private static DidType typeOf(byte[] bytes, EncodingType encoding) {
        int bits;
        if (bytes.length >= 2) {
            bits = (bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF;
        } else {
            bits = bytes.length == 1 ? bytes[0] & 0xFF : 0;
        }
        return new DidType(bits >>> 10, bits >>> 5 & 0x1F, bits & 0x1F, encoding);
    }

    /**
     * The bytes of a DID ({@code toBytes} of {@code @arcblock/did}), or null where the reference throws. A
     * {@code 0x} string is hex-decoded as Node's {@code Buffer} does (an odd last digit is dropped, a leading
     * {@code -} gives no bytes); otherwise one {@code did:<method>:} prefix is removed and the rest must be
     * {@code z} + base58, left-padded with zero bytes to 26.
     */
    private static byte @Nullable [] toBytes(String did) {
        if (isHexStrict(did)) {
            if (did.charAt(0) == '-') {
                return new byte[0];
            }
            byte[] out = new byte[(did.length() - 2) / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (Character.digit(did.charAt(2 + 2 * i), 16) << 4
                        | Character.digit(did.charAt(3 + 2 * i), 16));
            }
            return out;
        }
        String rest = toAddress(did);
        if (rest.isEmpty() || rest.charAt(0) != 'z') {
            return null;
        }
        byte[] decoded = Base58.decode(rest.substring(1));
        if (decoded == null || decoded.length >= PADDED_LENGTH) {
            return decoded;
        }
        byte[] padded = new byte[PADDED_LENGTH];
        System.arraycopy(decoded, 0, padded, PADDED_LENGTH - decoded.length, decoded.length);
        return padded;
    }

    /**
     * An Ethereum address after one {@code did:<method>:} prefix ({@code isEthereumDid}): 40 hex digits,
     * optionally after {@code 0x}, all lowercase, all uppercase, or with the EIP-55 checksum case.
     */
    static boolean isEthereumDid(String did) {
        String address = toAddress(did);
        int start;
        if (address.length() == 42 && address.charAt(0) == '0' && (address.charAt(1) | 0x20) == 'x') {
            start = 2;
        } else if (address.length() == 40) {
            start = 0;
        } else {
            return false;
        }
        boolean lower = true;
        boolean upper = true;
        for (int i = start; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!isHexDigit(c)) {
                return false;
            }
            lower &= !(c >= 'A' && c <= 'F');
            upper &= !(c >= 'a' && c <= 'f');
        }
        return lower || upper || hasEip55Checksum(address.substring(start));
    }

    /** The 40 hex digits of {@code address} in EIP-55 case ({@code toChecksumAddress}), without {@code 0x}. */
    private static String eip55(byte[] address) {
        String lower = HexFormat.of().formatHex(address);
        byte[] hash = DidHashes.digest(HashType.KECCAK, lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
            char c = lower.charAt(i);
            out.append(nibble > 7 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** EIP-55: a letter is uppercase exactly when the matching nibble of Keccak-256(lowercase hex) is 8 or more. */
    private static boolean hasEip55Checksum(String hex) {
        byte[] ascii = new byte[hex.length()];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) Character.toLowerCase(hex.charAt(i));
        }
        byte[] hash = DidHashes.digest(HashType.KECCAK, ascii);
        for (int i = 0; i < hex.length(); i++) {
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
            char c = hex.charAt(i);
            boolean isUpperLetter = c >= 'A' && c <= 'F';
            boolean isLowerLetter = c >= 'a' && c <= 'f';
            if (nibble > 7 ? isLowerLetter : isUpperLetter) {
                return false;
            }
        }
        return true;
    }

    /** {@code isHexStrict} of {@code @ocap/util}: {@code /^(-)?0x[0-9a-f]*$/i}. */
    private static boolean isHexStrict(String s) {
        int i = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        if (s.length() < i + 2 || s.charAt(i) != '0' || (s.charAt(i + 1) | 0x20) != 'x') {
            return false;
        }
        return allHex(s, i + 2);
    }

    /** {@code isHex} of {@code @ocap/util}: {@code /^(-0x|0x|0X|-0X)?[0-9a-f]*$/i}. */
    private static boolean isHex(String s) {
        if (allHex(s, 0)) {
            return true;
        }
        int i = !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
        return s.length() >= i + 2 && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x' && allHex(s, i + 2);
    }

    private static boolean allHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!isHexDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isMethodChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
