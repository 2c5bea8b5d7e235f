package org.blocklet4j.meta.internal.js;

import org.blocklet4j.meta.BlockletMetaException;

/**
 * A JavaScript exception the reference would throw at this point ({@code TypeError: Invalid URL},
 * {@code URIError: URI malformed}, …). The ports of JavaScript operations throw it where the reference throws,
 * and the fix steps turn it into a diagnostic; it never leaves the library.
 */
public final class JsError extends BlockletMetaException {
    private static final long serialVersionUID = 1L;

    private final String errorName;
    private final String jsMessage;

    JsError(String errorName, String jsMessage) {
        super(errorName + ": " + jsMessage);
        this.errorName = errorName;
        this.jsMessage = jsMessage;
    }

    public static JsError typeError(String message) {
        return new JsError("TypeError", message);
    }

    public static JsError uriError() {
        return new JsError("URIError", "URI malformed");
    }

    public static JsError rangeError(String message) {
        return new JsError("RangeError", message);
    }

    /** Node's {@code ERR_INVALID_URL}, thrown by {@code url.parse} and {@code new URL}. */
    public static JsError invalidUrl() {
        return new JsError("TypeError", "Invalid URL");
    }

    /** The constructor name: {@code TypeError}, {@code URIError} or {@code RangeError}. */
    public String errorName() {
        return errorName;
    }

    /** The JavaScript {@code message}, without the error name. */
    public String jsMessage() {
        return jsMessage;
    }
}
