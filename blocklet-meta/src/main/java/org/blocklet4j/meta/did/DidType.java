package org.blocklet4j.meta.did;

import java.util.Objects;
import java.util.Optional;

/**
 * The type fields of a DID, as {@code toTypeInfo} of {@code @arcblock/did} reads them: role, key type and hash
 * type from the first two bytes ({@code role << 10 | key << 5 | hash}, big-endian), and the encoding from the
 * way the string is written.
 *
 * <p>The components keep the raw codes, because a DID with an unassigned role or key code is still valid; the
 * reference drops such fields from its result, which {@link #roleType()}, {@link #keyType()} and
 * {@link #hashType()} mirror by returning empty. Codes are range-checked: role 0–63, key and hash 0–31.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param role     the role code, 0 to 63 ({@code role} in the reference)
 * @param key      the key type code, 0 to 31 ({@code pk} in the reference)
 * @param hash     the hash type code, 0 to 31 ({@code hash} in the reference)
 * @param encoding how the DID string spells its bytes ({@code address} in the reference)
 */
public record DidType(int role, int key, int hash, EncodingType encoding) {

    /** The type of an Ethereum address ({@code DID_TYPE_ETHEREUM}): account, Ethereum key, Keccak, hex. */
    public static final DidType ETHEREUM = new DidType(RoleType.ACCOUNT.code(), KeyType.ETHEREUM.code(),
            HashType.KECCAK.code(), EncodingType.BASE16);

    /**
     * The default wallet type ({@code DID_TYPE_ARCBLOCK}): account, ED25519, SHA3, base58. The reference fills the
     * fields a type object leaves out from it.
     */
    public static final DidType ARCBLOCK = new DidType(RoleType.ACCOUNT.code(), KeyType.ED25519.code(),
            HashType.SHA3.code(), EncodingType.BASE58);

    /** The type of a passkey wallet ({@code DID_TYPE_PASSKEY}): passkey role, passkey key, SHA2, base58. */
    public static final DidType PASSKEY = new DidType(RoleType.PASSKEY.code(), KeyType.PASSKEY.code(),
            HashType.SHA2.code(), EncodingType.BASE58);

    /** Checks the code ranges. */
    public DidType {
        if (role < 0 || role > 63) {
            throw new IllegalArgumentException("role code out of range 0..63: " + role);
        }
        if (key < 0 || key > 31) {
            throw new IllegalArgumentException("key code out of range 0..31: " + key);
        }
        if (hash < 0 || hash > 31) {
            throw new IllegalArgumentException("hash code out of range 0..31: " + hash);
        }
        Objects.requireNonNull(encoding, "encoding");
    }

    /** The type made of these known values. */
    public static DidType of(RoleType role, KeyType key, HashType hash, EncodingType encoding) {
        return new DidType(role.code(), key.code(), hash.code(), encoding);
    }

    /** The role, or empty when the code is unassigned (the reference then leaves {@code role} out). */
    public Optional<RoleType> roleType() {
        return RoleType.fromCode(role);
    }

    /** The key type, or empty when the code is unassigned (the reference then leaves {@code pk} out). */
    public Optional<KeyType> keyType() {
        return KeyType.fromCode(key);
    }

    /** The hash type, or empty when the code is unassigned; such a DID is never valid. */
    public Optional<HashType> hashType() {
        return HashType.fromCode(hash);
    }

    /**
     * Whether this is an Ethereum type ({@code isEthereumType} of {@code @arcblock/did}): key ETHEREUM, hash
     * KECCAK and encoding BASE16, whatever the role. Such a wallet's DID is an EIP-55 address.
     */
    public boolean isEthereumType() {
        return key == KeyType.ETHEREUM.code() && hash == HashType.KECCAK.code() && encoding == EncodingType.BASE16;
    }

    /** The 16-bit type field as stored in the first two bytes of the DID. */
    int bits() {
        return role << 10 | key << 5 | hash;
    }
}
