package org.blocklet4j.bundle.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

import org.blocklet4j.bundle.ImageLimits;
import org.blocklet4j.meta.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Checks a bundle's logo and screenshots, as files of its tarball, by the Blocklet Store's rules, in this order:
 * <ol>
 *   <li>the file is in the tarball ({@code bundle.logo.missing}, {@code bundle.screenshot.missing}); a
 *       screenshot is listed once ({@code bundle.screenshot.duplicate}, reported where it repeats) and, when
 *       {@link ImageLimits} sets a range, the list is as long as it allows ({@code bundle.screenshot.count});</li>
 *   <li>its size in bytes is within the limit ({@code bundle.logo.tooLarge}, {@code bundle.screenshot.tooLarge});
 *       the file is still looked at, but not decoded;</li>
 *   <li>its bytes are a PNG, JPEG, WebP or SVG image, told by their signature, and the name's extension says
 *       the same type, case aside, {@code .jpg} and {@code .jpeg} alike ({@code bundle.logo.type},
 *       {@code bundle.screenshot.type});</li>
 *   <li>its dimensions, read from the header: by default a logo at least 256 × 256 ({@code bundle.logo.size})
 *       and square within 0.01 ({@code bundle.logo.notSquare}), a screenshot at least 600 × 338
 *       ({@code bundle.screenshot.size}) and 16:9 within 0.05 ({@code bundle.screenshot.ratio}). An SVG skips
 *       this step and the next, as the store reads no dimensions from it (its byte limit still holds);</li>
 *   <li>the pixels decode, which the store does not check: a header that cannot be read, or pixel data that
 *       cannot be decoded, is {@code bundle.image.corrupt}.</li>
 * </ol>
 * The defaults of {@link ImageLimits} are the store's rules, with its byte limits as it means them rather than
 * the 1024-times-larger ones it applies.
 *
 * <p>Decoding is bounded so that a small hostile file costs no more than a large honest one. An image whose
 * header claims more than {@link ImageLimits#maxPixels()} pixels is not decoded at all
 * ({@code bundle.image.tooManyPixels}: a 30,000 × 30,000 PNG of two hundred bytes is rejected from its
 * header); a decoder still at work after {@link ImageLimits#decodeTimeout()} is stopped
 * ({@code bundle.image.tooSlow}); a PNG is decoded without its ancillary chunks, so that no compressed text is
 * inflated. Decoding goes through ImageIO's registered readers — the JDK's for PNG and JPEG, TwelveMonkeys' for
 * WebP — over the bytes in memory, with no disk cache and no colour conversion where the reader can skip it
 * ({@link ImageReader#readRaster}). Whatever a decoder throws becomes a diagnostic, except an
 * {@link OutOfMemoryError}, which the pixel limit keeps from happening. A decoder's warnings are not
 * diagnostics: a JPEG cut off in its pixel data decodes, grey at the bottom, as it does in browsers.
 *
 * <p>Every diagnostic is an error; its pointer is the one given for the file ({@code /logo},
 * {@code /screenshots/2}), its message names the file and the numbers measured.
 *
 * <p>Stateless; safe to use from many threads at once.
 */
public final class ImageCheck {
    private static final int PNG_IHDR = 0x49484452;
    private static final int PNG_PLTE = 0x504c5445;
    private static final int PNG_TRNS = 0x74524e53;
    private static final int PNG_IDAT = 0x49444154;
    private static final int PNG_IEND = 0x49454e44;

    /** What a decoder's exception message may add to a diagnostic, at most. */
    private static final int MAX_CAUSE_CHARS = 200;

    private ImageCheck() {
    }

    /** Which rules a file is checked by. */
    private enum Kind {
        LOGO("logo", "a logo"),
        SCREENSHOT("screenshot", "a screenshot");

        final String code;
        final String article;

        Kind(String code, String article) {
            this.code = code;
            this.article = article;
        }
    }

    /**
     * Checks the logo.
     *
     * @param name    the manifest's {@code logo}, the file's name in the tarball
     * @param bytes   the file's bytes, or its first {@link ImageLimits#maxReadBytes()} bytes when it is longer;
     *                null when the tarball has no such file
     * @param limits  the limits to apply
     * @param pointer the pointer every diagnostic carries, usually {@code /logo}
     * @return the problems found, in the order of the rules; empty when the logo passes
     * @throws IllegalStateException when ImageIO has no reader for the image's type: a WebP without
     *                               TwelveMonkeys' plugin, which this module requires, on the module or class path
     */
    public static List<Diagnostic> logo(String name, byte @Nullable [] bytes, ImageLimits limits, String pointer) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pointer, "pointer");
        List<Diagnostic> out = new ArrayList<>();
        if (bytes == null) {
            out.add(Diagnostic.error("bundle.logo.missing", pointer, name + " is not in the tarball"));
        } else {
            check(Kind.LOGO, name, bytes, limits, pointer, out);
        }
        return out;
    }

    /**
     * Checks the screenshots.
     *
     * @param names       the manifest's {@code screenshots}, file names in the tarball, in order; a null holds the
     *                    place of an entry the caller checks otherwise (not a file name, or reported already):
     *                    it counts, and keeps the later entries' pointers at their index, but is not looked at
     * @param bytesByName the bytes of those files the tarball holds (a file longer than
     *                    {@link ImageLimits#maxReadBytes()} may be given by its first that many bytes); a name
     *                    with no entry is missing from the tarball
     * @param limits      the limits to apply
     * @param pointerBase the pointer of the list, usually {@code /screenshots}: the count is reported there, a
     *                    file's problems at {@code pointerBase + "/" + index}
     * @return the problems found, the count first, then file by file in list order; empty when all pass
     * @throws IllegalStateException as {@link #logo} does
     */
    public static List<Diagnostic> screenshots(List<? extends @Nullable String> names,
                                               Map<String, byte[]> bytesByName, ImageLimits limits,
                                               String pointerBase) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(bytesByName, "bytesByName");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pointerBase, "pointerBase");
        List<Diagnostic> out = new ArrayList<>();
        int count = names.size();
        if (count < limits.screenshotMinCount()) {
            out.add(Diagnostic.error("bundle.screenshot.count", pointerBase, "the manifest lists " + count
                    + " screenshots; at least " + limits.screenshotMinCount() + " are required"));
        } else if (count > limits.screenshotMaxCount()) {
            out.add(Diagnostic.error("bundle.screenshot.count", pointerBase, "the manifest lists " + count
                    + " screenshots; at most " + limits.screenshotMaxCount() + " are allowed"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = names.get(i);
            if (name == null) {
                continue;
            }
            String pointer = pointerBase + "/" + i;
            Integer first = firstIndex.putIfAbsent(name, i);
            if (first != null) {
                out.add(Diagnostic.error("bundle.screenshot.duplicate", pointer,
                        name + " is listed already, at " + pointerBase + "/" + first));
                continue;
            }
            byte[] bytes = bytesByName.get(name);
            if (bytes == null) {
                out.add(Diagnostic.error("bundle.screenshot.missing", pointer, name + " is not in the tarball"));
            } else {
                check(Kind.SCREENSHOT, name, bytes, limits, pointer, out);
            }
        }
        return out;
    }

    private static void check(Kind kind, String name, byte[] bytes, ImageLimits limits, String pointer,
                              List<Diagnostic> out) {
        long maxBytes = kind == Kind.LOGO ? limits.logoMaxBytes() : limits.screenshotMaxBytes();
        if (bytes.length >= limits.maxReadBytes()) {
            // Possibly cut off by the caller: only its size is known, and that it is too large.
            out.add(Diagnostic.error("bundle." + kind.code + ".tooLarge", pointer, name + " has at least "
                    + bytes.length + " bytes; " + kind.article + " may have at most " + maxBytes));
            return;
        }
        boolean tooLarge = bytes.length > maxBytes;
        if (tooLarge) {
            out.add(Diagnostic.error("bundle." + kind.code + ".tooLarge", pointer, name + " has " + bytes.length
                    + " bytes; " + kind.article + " may have at most " + maxBytes));
        }
        ImageType type = ImageType.sniff(bytes);
        if (type == null) {
            out.add(Diagnostic.error("bundle." + kind.code + ".type", pointer,
                    name + " is not a PNG, JPEG, WebP or SVG image"));
            return;
        }
        if (ImageType.ofExtension(name) != type) {
            out.add(Diagnostic.error("bundle." + kind.code + ".type", pointer, name + " holds a "
                    + type.displayName() + " image; its name must end in " + extensionsOf(type)));
            return;
        }
        if (type == ImageType.SVG) {
            return;
        }
        inspect(kind, name, type, bytes, limits, pointer, !tooLarge, out);
    }

    /** Reads the dimensions from the header, checks them, and decodes the pixels when asked and bounded. */
    private static void inspect(Kind kind, String name, ImageType type, byte[] bytes, ImageLimits limits,
                                String pointer, boolean decode, List<Diagnostic> out) {
        ImageReader reader = readerFor(type);
        byte[] input = type == ImageType.PNG ? withoutAncillaryChunks(bytes) : bytes;
        try (BoundedImageInputStream in = new BoundedImageInputStream(input, limits.decodeTimeout(),
                type == ImageType.WEBP)) {
            reader.setInput(in, false, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                out.add(failure(name, type, in, e, limits, pointer));
                return;
            }
            if (width <= 0 || height <= 0) {
                out.add(Diagnostic.error("bundle.image.corrupt", pointer, name + " is " + width + "x" + height
                        + " pixels by its header"));
                return;
            }
            checkDimensions(kind, name, width, height, limits, pointer, out);
            long pixels = (long) width * height;
            if (pixels > limits.maxPixels()) {
                out.add(Diagnostic.error("bundle.image.tooManyPixels", pointer, name + " is " + width + "x"
                        + height + " pixels (" + pixels + "); at most " + limits.maxPixels() + " are decoded"));
                return;
            }
            if (!decode) {
                return;
            }
            ImageReadParam param = reader.getDefaultReadParam();
            AbortWhenExpired abort = new AbortWhenExpired(in);
            reader.addIIOReadProgressListener(abort);
            try {
                if (reader.canReadRaster()) {
                    reader.readRaster(0, param);
                } else {
                    reader.read(0, param);
                }
            } catch (IOException | RuntimeException e) {
                out.add(failure(name, type, in, e, limits, pointer));
                return;
            }
            if (abort.aborted) {
                out.add(tooSlow(name, limits, pointer));
            }
        } catch (IOException e) {
            // Closing a stream over bytes in memory does not fail.
            throw new IllegalStateException(e);
        } finally {
            reader.dispose();
        }
    }

    private static void checkDimensions(Kind kind, String name, int width, int height, ImageLimits limits,
                                        String pointer, List<Diagnostic> out) {
        double ratio = (double) width / height;
        String measured = name + " is " + width + "x" + height + " pixels";
        if (kind == Kind.LOGO) {
            int min = limits.logoMinSide();
            if (width < min || height < min) {
                out.add(Diagnostic.error("bundle.logo.size", pointer,
                        measured + "; a logo must be at least " + min + "x" + min));
            }
            if (Math.abs(ratio - 1) > limits.logoSquareTolerance()) {
                out.add(Diagnostic.error("bundle.logo.notSquare", pointer, measured + ", width/height "
                        + format(ratio) + "; a logo must be square within " + limits.logoSquareTolerance()));
            }
        } else {
            int minWidth = limits.screenshotMinWidth();
            int minHeight = limits.screenshotMinHeight();
            if (width < minWidth || height < minHeight) {
                out.add(Diagnostic.error("bundle.screenshot.size", pointer,
                        measured + "; a screenshot must be at least " + minWidth + "x" + minHeight));
            }
            if (Math.abs(ratio - ImageLimits.SCREENSHOT_RATIO) > limits.screenshotRatioTolerance()) {
                out.add(Diagnostic.error("bundle.screenshot.ratio", pointer, measured + ", width/height "
                        + format(ratio) + "; a screenshot must be 16:9 (" + format(ImageLimits.SCREENSHOT_RATIO)
                        + ") within " + limits.screenshotRatioTolerance()));
            }
        }
    }

    private static Diagnostic failure(String name, ImageType type, BoundedImageInputStream in, Exception e,
                                      ImageLimits limits, String pointer) {
        return in.expired()
                ? tooSlow(name, limits, pointer)
                : Diagnostic.error("bundle.image.corrupt", pointer,
                        name + " is not a readable " + type.displayName() + " image: " + describe(e));
    }

    private static Diagnostic tooSlow(String name, ImageLimits limits, String pointer) {
        return Diagnostic.error("bundle.image.tooSlow", pointer, name + " was not decoded within "
                + limits.decodeTimeout().toMillis() + " ms");
    }

    private static ImageReader readerFor(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(
                Objects.requireNonNull(type.imageIoFormat(), "format"));
        if (!readers.hasNext()) {
            // The module requires the WebP plugin and the JDK has PNG and JPEG: a broken installation.
            throw new IllegalStateException("no ImageIO reader for " + type.displayName());
        }
        return readers.next();
    }

    /**
     * The PNG with only the chunks decoding needs (IHDR, PLTE, tRNS, IDAT, IEND), each copied whole with its
     * CRC. A reader that reads metadata inflates compressed text ({@code zTXt}, {@code iTXt}) into memory with
     * no bound — the JDK's does, a few hundred kilobytes becoming gigabytes. Told to ignore metadata, as here,
     * the JDK 17 reader skips them; without the chunks, no PNG reader an application registers can do
     * otherwise. Stops after IEND, or before a chunk that runs past the end (the decoder then finds the image
     * cut off).
     */
    static byte[] withoutAncillaryChunks(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, Math.min(8, png.length));
        int at = 8;
        while (at + 12 <= png.length) {
            long length = Integer.toUnsignedLong(readInt(png, at));
            if (length > png.length - at - 12) {
                break;
            }
            int type = readInt(png, at + 4);
            int chunk = 12 + (int) length;
            if (type == PNG_IHDR || type == PNG_PLTE || type == PNG_TRNS || type == PNG_IDAT || type == PNG_IEND) {
                out.write(png, at, chunk);
            }
            at += chunk;
            if (type == PNG_IEND) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static String extensionsOf(ImageType type) {
        return switch (type) {
            case PNG -> ".png";
            case JPEG -> ".jpg or .jpeg";
            case WEBP -> ".webp";
            case SVG -> ".svg";
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
        return text.length() <= MAX_CAUSE_CHARS ? text : text.substring(0, MAX_CAUSE_CHARS) + "...";
    }

    /** Stops a decoder that reports progress but reads no more input once the time is up. */
    private static final class AbortWhenExpired implements IIOReadProgressListener {
        private final BoundedImageInputStream in;
        boolean aborted;

        AbortWhenExpired(BoundedImageInputStream in) {
            this.in = in;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (in.expired()) {
                aborted = true;
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }
}
