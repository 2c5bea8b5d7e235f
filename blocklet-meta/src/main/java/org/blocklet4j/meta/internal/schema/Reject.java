package org.blocklet4j.meta.internal.schema;

/**
 * Thrown by a {@link CustomRule} to reject a value. {@link #message} mirrors Joi's {@code helpers.message(...)}
 * (error type {@code custom}, the message as given); {@link #thrown} mirrors a custom function that throws
 * (error type {@code any.custom}, "failed custom validation because …").
 */
public final class Reject extends Exception {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String code;
    private transient @org.jspecify.annotations.Nullable Path at;

    private Reject(String type, String code, String message) {
        super(message, null, false, false);
        this.type = type;
        this.code = code;
    }

    /** Joi's {@code helpers.message(text)}. */
    public static Reject message(String code, String text) {
        return new Reject("custom", code, text);
    }

    /** A custom rule that throws {@code new Error(text)}. */
    public static Reject thrown(String code, String text) {
        return new Reject("any.custom", code, text);
    }

    /** A rule failing with one of Joi's own error types. */
    public static Reject of(String type, String code, String text) {
        return new Reject(type, code, text);
    }

    /** The same rejection reported at {@code path} (an element) instead of the value the rule checks. */
    public Reject at(Path path) {
        this.at = path;
        return this;
    }

    Issue toIssue(Path path) {
        if (at != null) {
            path = at;
        }
        String text = getMessage();
        if (type.equals("any.custom")) {
            text = "\"" + path.label() + "\" failed custom validation because " + text;
        }
        return new Issue(type, code, path, text == null ? "" : text, false);
    }
}
