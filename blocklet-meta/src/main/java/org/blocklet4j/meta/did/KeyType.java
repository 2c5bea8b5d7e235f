package org.blocklet4j.meta.did;

import java.util.Optional;

/**
 * The key algorithm a DID was derived from, the middle 5 bits of its type field ({@code types.KeyType} of
 * {@code @ocap/mcrypto}).
 *
 * <p>Codes 4 to 31 are not assigned; a DID carrying one is still valid (see {@link DidType#keyType()}).
 * Enum constants are immutable and safe to share between threads.
 */
public enum KeyType {
    /** {@code ED25519}, 0. */
    ED25519(0),
    /** {@code SECP256K1}, 1. */
    SECP256K1(1),
    /** {@code ETHEREUM}, 2. */
    ETHEREUM(2),
    /** {@code PASSKEY}, 3. */
    PASSKEY(3);

    private final int code;

    KeyType(int code) {
        this.code = code;
    }

    /** The numeric code, 0 to 31, as stored in the DID. */
    public int code() {
        return code;
    }

    /** The key type with this code, or empty for an unassigned code. */
    public static Optional<KeyType> fromCode(int code) {
        for (KeyType k : values()) {
            if (k.code == code) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
