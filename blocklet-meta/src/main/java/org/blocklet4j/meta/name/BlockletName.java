package org.blocklet4j.meta.name;

import java.util.Optional;

import org.blocklet4j.meta.did.Did;
import org.jspecify.annotations.Nullable;

/**
 * The blocklet name rule of {@code @blocklet/meta} 1.17.12 ({@code validateName} and {@code validateNewDid} in
 * {@code name.js}): a name is either a DID of role {@code ROLE_BLOCKLET}, or a valid new npm package name of at
 * most {@value #MAX_LENGTH} UTF-16 units.
 *
 * <p>The methods return the message the reference would throw, or empty where it would not throw.
 *
 * <p>This class has no state; all methods are safe to call from any thread.
 */
public final class BlockletName {
    /** The longest name, in UTF-16 units ({@code MAX_NAME_LENGTH}). */
    public static final int MAX_LENGTH = 32;
    /** The message for a DID whose role is not {@code ROLE_BLOCKLET}. */
    public static final String NOT_BLOCKLET_ROLE = "Blocklet DID's type must be ROLE_BLOCKLET";
    /** The message for a name longer than {@link #MAX_LENGTH}. */
    public static final String TOO_LONG = "Blocklet name is too long";

    private BlockletName() {
    }

    /** {@code validateName(name)} with its default {@code checkDid: true}; see {@link #validate(String, boolean)}. */
    public static Optional<String> validate(@Nullable String name) {
        return validate(name, true);
    }

    /**
     * What {@code validateName(name, {checkDid})} throws, or empty when it accepts the name.
     *
     * <p>A valid DID ({@link Did#isValid}) is accepted when {@code checkDid} is false, and otherwise must pass
     * {@link #validateNewDid}. Any other name must be valid for new npm packages ({@link NpmPackageName}): the
     * first error, or else the first warning, is the message. Then a name longer than {@value #MAX_LENGTH}
     * UTF-16 units gives {@value #TOO_LONG}. A null name stands for JavaScript {@code undefined} and gives
     * "name cannot be undefined"; a lone surrogate gives {@value NpmPackageName#URI_MALFORMED}, the message of
     * the reference's {@code URIError}.
     */
    public static Optional<String> validate(@Nullable String name, boolean checkDid) {
        if (Did.isValid(name)) {
            return checkDid ? validateNewDid(name) : Optional.empty();
        }
        NpmPackageName.Result result = NpmPackageName.validate(name);
        if (!result.validForNewPackages()) {
            return Optional.of(result.errors().isEmpty() ? result.warnings().get(0) : result.errors().get(0));
        }
        if (name != null && name.length() > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * What {@code validateNewDid(did)} throws: {@value #NOT_BLOCKLET_ROLE} unless {@code toTypeInfo(did).role} is
     * {@code ROLE_BLOCKLET} (see {@link Did#typeInfo} for how that reads strings that are not valid DIDs; null
     * and undecodable strings have no role), else empty.
     */
    public static Optional<String> validateNewDid(@Nullable String did) {
        return Did.isBlockletRole(did) ? Optional.empty() : Optional.of(NOT_BLOCKLET_ROLE);
    }
}
