package org.blocklet4j.meta.did;

import java.util.Objects;
import java.util.Optional;

/**
 * The hash function of a DID, the low 5 bits of its type field ({@code types.HashType} of
 * {@code @ocap/mcrypto}). It makes the key hash and the 4-byte checksum.
 *
 * <p>{@code SHA3*} are FIPS-202 SHA-3; {@code KECCAK*} are the original Keccak (Ethereum's), which differ in
 * padding. A DID whose hash code is unassigned (7 to 31) is invalid. Enum constants are immutable and safe to
 * share between threads.
 */
public enum HashType {
    /** {@code KECCAK}, 0: Keccak-256. */
    KECCAK(0),
    /** {@code SHA3}, 1: SHA3-256. */
    SHA3(1),
    /** {@code KECCAK_384}, 2: Keccak-384. */
    KECCAK_384(2),
    /** {@code SHA3_384}, 3: SHA3-384. */
    SHA3_384(3),
    /** {@code KECCAK_512}, 4: Keccak-512. */
    KECCAK_512(4),
    /** {@code SHA3_512}, 5: SHA3-512. */
    SHA3_512(5),
    /** {@code SHA2}, 6: a single SHA-256 (DIDs hash with one round). */
    SHA2(6);

    private final int code;

    HashType(int code) {
        this.code = code;
    }

    /** The numeric code, 0 to 31, as stored in the DID. */
    public int code() {
        return code;
    }

    /**
     * One round of this hash over {@code data}, as {@code getHasher(type)(data, 1)} of {@code @ocap/mcrypto}
     * hashes bytes: 32, 48 or 64 bytes by the type's size.
     *
     * @param data the bytes to hash; not modified
     * @return a new array
     */
    public byte[] digest(byte[] data) {
        return DidHashes.digest(this, Objects.requireNonNull(data, "data"));
    }

    /** The hash type with this code, or empty for an unassigned code. */
    public static Optional<HashType> fromCode(int code) {
        for (HashType h : values()) {
            if (h.code == code) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
