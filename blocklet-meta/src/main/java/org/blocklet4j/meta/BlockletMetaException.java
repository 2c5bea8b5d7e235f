package org.blocklet4j.meta;

/**
 * The one unchecked exception of blocklet-meta: thrown for misuse of the API and for input that cannot be read
 * at all (an I/O failure). Problems <em>in</em> a manifest are never thrown; they come back as
 * {@link Diagnostic}s.
 */
public class BlockletMetaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public BlockletMetaException(String message) {
        super(message);
    }

    /** An exception with {@code message}, caused by {@code cause}. */
    public BlockletMetaException(String message, Throwable cause) {
        super(message, cause);
    }
}
