package org.blocklet4j.bundle;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits the image step of {@link BundleCheck} applies to a bundle's logo and screenshots: the Blocklet Store's rules, with their
 * sizes as the store means them, and the bounds that keep a hostile image from costing more than a small one.
 *
 * <p>The store's own checks compare byte counts against limits a factor of 1024 too large (a "500 KB" logo limit
 * that lets 500 MB through); the defaults here are the limits as the store states them, in binary units, the way
 * the rest of the module counts ({@code 500L * 1024 * 1024} for the 500 MB tarball): a logo of at most
 * 500 × 1024 = 512,000 bytes, a screenshot of at most 5 × 1024 × 1024 = 5,242,880 bytes.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ImageLimits {
    /** The store's rules with the store's intended sizes; see each builder method for its default. */
    public static final ImageLimits DEFAULTS = builder().build();

    /** The aspect ratio a screenshot must have, 16:9. */
    public static final double SCREENSHOT_RATIO = 16.0 / 9.0;

    private final long logoMaxBytes;
    private final int logoMinSide;
    private final double logoSquareTolerance;
    private final long screenshotMaxBytes;
    private final int screenshotMinWidth;
    private final int screenshotMinHeight;
    private final double screenshotRatioTolerance;
    private final int screenshotMinCount;
    private final int screenshotMaxCount;
    private final long maxPixels;
    private final long maxReadBytes;
    private final Duration decodeTimeout;

    private ImageLimits(Builder b) {
        this.logoMaxBytes = b.logoMaxBytes;
        this.logoMinSide = b.logoMinSide;
        this.logoSquareTolerance = b.logoSquareTolerance;
        this.screenshotMaxBytes = b.screenshotMaxBytes;
        this.screenshotMinWidth = b.screenshotMinWidth;
        this.screenshotMinHeight = b.screenshotMinHeight;
        this.screenshotRatioTolerance = b.screenshotRatioTolerance;
        this.screenshotMinCount = b.screenshotMinCount;
        this.screenshotMaxCount = b.screenshotMaxCount;
        this.maxPixels = b.maxPixels;
        this.maxReadBytes = b.maxReadBytes;
        this.decodeTimeout = b.decodeTimeout;
    }

    /** A builder starting from {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.logoMaxBytes = logoMaxBytes;
        b.logoMinSide = logoMinSide;
        b.logoSquareTolerance = logoSquareTolerance;
        b.screenshotMaxBytes = screenshotMaxBytes;
        b.screenshotMinWidth = screenshotMinWidth;
        b.screenshotMinHeight = screenshotMinHeight;
        b.screenshotRatioTolerance = screenshotRatioTolerance;
        b.screenshotMinCount = screenshotMinCount;
        b.screenshotMaxCount = screenshotMaxCount;
        b.maxPixels = maxPixels;
        b.maxReadBytes = maxReadBytes;
        b.decodeTimeout = decodeTimeout;
        return b;
    }

    /** The largest logo file, in bytes. */
    public long logoMaxBytes() {
        return logoMaxBytes;
    }

    /** The least width and height of a logo, in pixels. */
    public int logoMinSide() {
        return logoMinSide;
    }

    /** How far a logo's width / height may be from 1. */
    public double logoSquareTolerance() {
        return logoSquareTolerance;
    }

    /** The largest screenshot file, in bytes. */
    public long screenshotMaxBytes() {
        return screenshotMaxBytes;
    }

    /** The least width of a screenshot, in pixels. */
    public int screenshotMinWidth() {
        return screenshotMinWidth;
    }

    /** The least height of a screenshot, in pixels. */
    public int screenshotMinHeight() {
        return screenshotMinHeight;
    }

    /** How far a screenshot's width / height may be from {@link #SCREENSHOT_RATIO}. */
    public double screenshotRatioTolerance() {
        return screenshotRatioTolerance;
    }

    /** The fewest screenshots the manifest must list; 0 when there is no lower limit. */
    public int screenshotMinCount() {
        return screenshotMinCount;
    }

    /** The most screenshots the manifest may list; {@link Integer#MAX_VALUE} when there is no upper limit. */
    public int screenshotMaxCount() {
        return screenshotMaxCount;
    }

    /** The most pixels (width × height, read from the header) an image may have to be decoded at all. */
    public long maxPixels() {
        return maxPixels;
    }

    /**
     * The most bytes of one image a caller needs to hold: a caller may pass only the first {@code maxReadBytes}
     * bytes of a longer tarball entry, and the image step of {@link BundleCheck} then reports it too large and looks no further.
     */
    public long maxReadBytes() {
        return maxReadBytes;
    }

    /** How long reading one image's header and decoding its pixels may take before it is given up. */
    public Duration decodeTimeout() {
        return decodeTimeout;
    }

    @Override
    public String toString() {
        return "ImageLimits[logoMaxBytes=" + logoMaxBytes + ", logoMinSide=" + logoMinSide
                + ", logoSquareTolerance=" + logoSquareTolerance + ", screenshotMaxBytes=" + screenshotMaxBytes
                + ", screenshotMinWidth=" + screenshotMinWidth + ", screenshotMinHeight=" + screenshotMinHeight
                + ", screenshotRatioTolerance=" + screenshotRatioTolerance
                + ", screenshotMinCount=" + screenshotMinCount + ", screenshotMaxCount=" + screenshotMaxCount
                + ", maxPixels=" + maxPixels + ", maxReadBytes=" + maxReadBytes
                + ", decodeTimeout=" + decodeTimeout + "]";
    }

    /** Builds {@link ImageLimits}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        private long logoMaxBytes = 500L * 1024;
        private int logoMinSide = 256;
        private double logoSquareTolerance = 0.01;
        private long screenshotMaxBytes = 5L * 1024 * 1024;
        private int screenshotMinWidth = 600;
        private int screenshotMinHeight = 338;
        private double screenshotRatioTolerance = 0.05;
        private int screenshotMinCount;
        private int screenshotMaxCount = Integer.MAX_VALUE;
        private long maxPixels = 1L << 24;
        private long maxReadBytes = 8L * 1024 * 1024;
        private Duration decodeTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The largest logo file in bytes; default 512,000 (the store's 500 KB). */
        public Builder logoMaxBytes(long value) {
            this.logoMaxBytes = positive(value, "logoMaxBytes");
            return this;
        }

        /** The least width and height of a logo; default 256 (the store's rule). */
        public Builder logoMinSide(int value) {
            this.logoMinSide = (int) positive(value, "logoMinSide");
            return this;
        }

        /** How far a logo's width / height may be from 1; default 0.01 (the store's rule). */
        public Builder logoSquareTolerance(double value) {
            this.logoSquareTolerance = tolerance(value, "logoSquareTolerance");
            return this;
        }

        /** The largest screenshot file in bytes; default 5,242,880 (the store's 5 MB). */
        public Builder screenshotMaxBytes(long value) {
            this.screenshotMaxBytes = positive(value, "screenshotMaxBytes");
            return this;
        }

        /** The least width and height of a screenshot; default 600 × 338 (the store's rule). */
        public Builder screenshotMinSize(int width, int height) {
            this.screenshotMinWidth = (int) positive(width, "screenshot width");
            this.screenshotMinHeight = (int) positive(height, "screenshot height");
            return this;
        }

        /** How far a screenshot's width / height may be from 16 / 9; default 0.05 (the store's rule). */
        public Builder screenshotRatioTolerance(double value) {
            this.screenshotRatioTolerance = tolerance(value, "screenshotRatioTolerance");
            return this;
        }

        /**
         * How many screenshots the manifest must list, inclusive; default 0 to {@link Integer#MAX_VALUE}, no
         * limit, as the store's rules are optional here.
         */
        public Builder screenshotCount(int min, int max) {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("screenshot count must be 0 <= min <= max: " + min + ", " + max);
            }
            this.screenshotMinCount = min;
            this.screenshotMaxCount = max;
            return this;
        }

        /**
         * The most pixels an image may have, read from its header, to be decoded; default 16,777,216
         * (4096 × 4096, which a 5K screenshot of 5120 × 2880 fits). Decoding holds up to 8 bytes a pixel (a
         * 16-bit RGBA PNG), so this bounds memory to 128 MiB an image at the default; an image above it is
         * reported ({@code bundle.image.tooManyPixels}) without being decoded. The store has no such limit.
         * TwelveMonkeys' WebP reader has a limit of its own, 4 bytes a pixel within the larger of 64 MiB and
         * half the heap (at most 512 MiB; the system property {@code com.twelvemonkeys.imageio.maxImageBytes}
         * sets it): above 16,777,216 pixels, a WebP it refuses is reported {@code bundle.image.corrupt}.
         */
        public Builder maxPixels(long value) {
            this.maxPixels = positive(value, "maxPixels");
            return this;
        }

        /**
         * The most bytes of one image a caller needs to read; default 8 MiB. It must exceed both
         * {@link #logoMaxBytes} and {@link #screenshotMaxBytes}, so that a cut-off entry is always too large.
         */
        public Builder maxReadBytes(long value) {
            this.maxReadBytes = positive(value, "maxReadBytes");
            return this;
        }

        /**
         * How long reading one image's header and pixels may take; default 10 seconds. A bound on pixels does
         * not bound time: a progressive JPEG can repeat its scans thousands of times, and TwelveMonkeys' lossless
         * WebP reader, when a file's pixels end within eight bytes of the end of the file, catches an exception
         * for each of them (a 34-byte file of 4096 × 4096 pixels takes it minutes). The default is far above
         * what a well-formed image within {@link #maxPixels} needs, even on a busy machine; the time is measured
         * on the caller's thread, and a decoder is stopped at its next read or progress report. Zero gives up
         * on every image, which only tests want.
         */
        public Builder decodeTimeout(Duration value) {
            Objects.requireNonNull(value, "decodeTimeout");
            if (value.isNegative()) {
                throw new IllegalArgumentException("decodeTimeout must not be negative: " + value);
            }
            this.decodeTimeout = value;
            return this;
        }

        /** The limits; rejects a {@link #maxReadBytes} not above both byte limits. */
        public ImageLimits build() {
            if (maxReadBytes <= Math.max(logoMaxBytes, screenshotMaxBytes)) {
                throw new IllegalArgumentException("maxReadBytes (" + maxReadBytes
                        + ") must exceed logoMaxBytes and screenshotMaxBytes");
            }
            return new ImageLimits(this);
        }

        private static long positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        private static double tolerance(double value, String name) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be a finite number >= 0: " + value);
            }
            return value;
        }
    }
}
