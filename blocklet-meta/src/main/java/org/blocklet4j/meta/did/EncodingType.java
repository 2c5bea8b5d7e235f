package org.blocklet4j.meta.did;

/**
 * How a DID string spells its bytes ({@code types.EncodingType} of {@code @ocap/mcrypto}). It is not stored in
 * the DID: it is read off the string.
 *
 * <p>Enum constants are immutable and safe to share between threads.
 */
public enum EncodingType {
    /** {@code BASE16}, 0: {@code 0x}-prefixed hex, as Ethereum addresses and the hex form of a DID are written. */
    BASE16(0),
    /** {@code BASE58}, 1: {@code z} followed by Bitcoin-alphabet base58, the usual form. */
    BASE58(1);

    private final int code;

    EncodingType(int code) {
        this.code = code;
    }

    /** The numeric code the reference uses ({@code address} in its type info). */
    public int code() {
        return code;
    }
}
