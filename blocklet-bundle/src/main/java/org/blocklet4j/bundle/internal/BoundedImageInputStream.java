package org.blocklet4j.bundle.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStreamImpl;

import org.blocklet4j.bundle.ImageLimits;

/**
 * An {@link javax.imageio.stream.ImageInputStream} over bytes in memory — no cache, no temporary file, whatever
 * {@code ImageIO.setUseCache} says — that fails every read once its time is up, so that a decoder that keeps
 * reading (a JPEG with thousands of progressive scans) stops. {@link #expired()} tells a time-out from the
 * decoder's own failures, whatever exception the decoder wraps it in.
 *
 * <p>Its {@link #length()} may be hidden (-1, "unknown", which every reader must accept): TwelveMonkeys' WebP
 * reader refuses an image whose pixels would take more than 2048 times the input's length, which a flat
 * lossless logo of a few hundred bytes does; given no length, it falls back to its memory limit (at least
 * 64 MiB, see {@link ImageLimits.Builder#maxPixels}). {@link ImageCheck}'s pixel limit is the bound that
 * counts.
 *
 * <p>Not thread-safe: one decoder reads it on one thread.
 */
final class BoundedImageInputStream extends ImageInputStreamImpl {
    /** Single-byte reads between two looks at the clock. */
    private static final int CLOCK_STRIDE = 4096;

    private final byte[] bytes;
    private final boolean hideLength;
    private final long start;
    private final long timeoutNanos;
    private boolean expired;
    private int reads;

    BoundedImageInputStream(byte[] bytes, Duration timeout, boolean hideLength) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.hideLength = hideLength;
        this.timeoutNanos = saturatedNanos(timeout);
        this.start = System.nanoTime();
    }

    /** Whether the time is up; once true, stays true. */
    boolean expired() {
        if (!expired && System.nanoTime() - start >= timeoutNanos) {
            expired = true;
        }
        return expired;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        if (++reads % CLOCK_STRIDE == 0) {
            checkTime();
        }
        bitOffset = 0;
        if (streamPos >= bytes.length) {
            return -1;
        }
        return bytes[(int) streamPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        Objects.checkFromIndexSize(off, len, b.length);
        checkTime();
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return -1;
        }
        int n = (int) Math.min(len, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return hideLength ? -1 : bytes.length;
    }

    private void checkTime() throws IIOException {
        if (expired()) {
            throw new IIOException("the time to decode the image is up");
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
