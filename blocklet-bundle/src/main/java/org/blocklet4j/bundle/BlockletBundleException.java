package org.blocklet4j.bundle;

/**
 * The bundle module's one unchecked exception: an input that cannot be read at all (a file or stream that fails).
 * Problems with the bundle's content are never thrown; they are diagnostics of the {@link BundleReport}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class BlockletBundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} and its {@code cause}. */
    public BlockletBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
