package org.blocklet4j.meta.internal.schema;

import java.util.Objects;

/**
 * One validation problem as the engine reports it: Joi's error type ({@code string.empty}, {@code custom}, …),
 * our stable code, the path, and a message in Joi's wording.
 *
 * @param type    Joi's error type, for comparison with the reference
 * @param code    the stable diagnostic code
 * @param path    where
 * @param message one line
 * @param warning true for a warning (a stripped unknown key), false for an error
 */
public record Issue(String type, String code, Path path, String message, boolean warning) {
    public Issue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** An error whose code is Joi's type. */
    public static Issue error(String type, Path path, String message) {
        return new Issue(type, type, path, message, false);
    }
}
