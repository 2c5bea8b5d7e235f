package org.blocklet4j.meta.did;

import java.util.Optional;

/**
 * The role a DID plays, the high 6 bits of its type field ({@code types.RoleType} of {@code @ocap/mcrypto}: the
 * reference names them {@code ROLE_ACCOUNT}, {@code ROLE_BLOCKLET}, …).
 *
 * <p>Codes 25 to 62 are not assigned; a DID carrying one is still valid (see {@link DidType#roleType()}).
 * Enum constants are immutable and safe to share between threads.
 */
public enum RoleType {
    /** {@code ROLE_ACCOUNT}, 0. */
    ACCOUNT(0),
    /** {@code ROLE_NODE}, 1. */
    NODE(1),
    /** {@code ROLE_DEVICE}, 2. */
    DEVICE(2),
    /** {@code ROLE_APPLICATION}, 3. */
    APPLICATION(3),
    /** {@code ROLE_SMART_CONTRACT}, 4. */
    SMART_CONTRACT(4),
    /** {@code ROLE_BOT}, 5. */
    BOT(5),
    /** {@code ROLE_ASSET}, 6. */
    ASSET(6),
    /** {@code ROLE_STAKE}, 7. */
    STAKE(7),
    /** {@code ROLE_VALIDATOR}, 8. */
    VALIDATOR(8),
    /** {@code ROLE_GROUP}, 9. */
    GROUP(9),
    /** {@code ROLE_TX}, 10. */
    TX(10),
    /** {@code ROLE_TETHER}, 11. */
    TETHER(11),
    /** {@code ROLE_SWAP}, 12. */
    SWAP(12),
    /** {@code ROLE_DELEGATION}, 13. */
    DELEGATION(13),
    /** {@code ROLE_VC}, 14. */
    VC(14),
    /** {@code ROLE_BLOCKLET}, 15: the role a blocklet's own DID must have. */
    BLOCKLET(15),
    /** {@code ROLE_STORE}, 16. */
    STORE(16),
    /** {@code ROLE_TOKEN}, 17. */
    TOKEN(17),
    /** {@code ROLE_FACTORY}, 18. */
    FACTORY(18),
    /** {@code ROLE_ROLLUP}, 19. */
    ROLLUP(19),
    /** {@code ROLE_STORAGE}, 20. */
    STORAGE(20),
    /** {@code ROLE_PROFILE}, 21. */
    PROFILE(21),
    /** {@code ROLE_PASSKEY}, 22. */
    PASSKEY(22),
    /** {@code ROLE_TOKEN_FACTORY}, 23. */
    TOKEN_FACTORY(23),
    /** {@code ROLE_PROVIDER}, 24. */
    PROVIDER(24),
    /** {@code ROLE_ANY}, 63: the role of a DID that {@link BlockletDid#fromName} derives from a name. */
    ANY(63);

    private static final RoleType[] BY_CODE = new RoleType[64];

    static {
        for (RoleType r : values()) {
            BY_CODE[r.code] = r;
        }
    }

    private final int code;

    RoleType(int code) {
        this.code = code;
    }

    /** The numeric code, 0 to 63, as stored in the DID. */
    public int code() {
        return code;
    }

    /** The role with this code, or empty for an unassigned or out-of-range code. */
    public static Optional<RoleType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
