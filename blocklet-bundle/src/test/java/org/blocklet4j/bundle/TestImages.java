package org.blocklet4j.bundle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made in code for the image tests: PNG and JPEG through ImageIO, WebP and hostile PNGs by hand. */
public final class TestImages {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private TestImages() {
    }

    /** A PNG of the given size with a little drawing on it, so that it does not compress to nothing. */
    public static byte[] png(int width, int height) {
        return write(drawing(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A baseline JPEG of the given size. */
    public static byte[] jpeg(int width, int height) {
        return write(drawing(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A JPEG of four components (CMYK, as print workflows make them), written from a raster. */
    public static byte[] fourComponentJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x & 0xff, y & 0xff, 40, 10});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(new IIOImage(raster, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A palette PNG (colour type 3), the kind whose ancillary chunks the JDK's reader parses in full. */
    public static byte[] palettePng(int width, int height) {
        return write(drawing(width, height, BufferedImage.TYPE_BYTE_INDEXED), "png");
    }

    private static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG built chunk by chunk: the signature, an IHDR for 8-bit RGBA at the given size, then {@code idat} as
     * one IDAT chunk, then IEND, each with a correct CRC.
     */
    public static byte[] pngWithData(int width, int height, byte[] idat) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PNG_SIGNATURE);
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IDAT", idat));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** One PNG chunk: length, type, data, CRC of type and data. */
    public static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** {@code png} with {@code chunk} inserted right after its IHDR. */
    public static byte[] insertAfterIhdr(byte[] png, byte[] chunk) {
        int at = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, at);
        out.writeBytes(chunk);
        out.write(png, at, png.length - at);
        return out.toByteArray();
    }

    /**
     * A lossless WebP (VP8L) of one colour, written by hand from the WebP lossless bitstream specification
     * (RFC 9649): the {@code 0x2f} signature, 14-bit width - 1 and height - 1, alpha hint 0, version 0; no
     * transform, no colour cache, no meta prefix codes; then the five prefix codes (green, red, blue, alpha,
     * distance), each a "simple" code of a single 8-bit symbol. A prefix code with one symbol spends zero bits
     * on it, so every pixel takes zero bits: any size up to 16384 x 16384 is a file of 50-odd bytes, every pixel
     * opaque {@code #4080c0}. Sixteen zero bytes follow the bitstream in its chunk, as an encoder's padding
     * might.
     */
    public static byte[] webpLossless(int width, int height) {
        byte[] bits = vp8lBitstream(width, height);
        return riff("VP8L", Arrays.copyOf(bits, bits.length + 16));
    }

    /**
     * {@link #webpLossless} without the padding, so that the bitstream ends with the file: TwelveMonkeys' bit
     * reader, which reads eight bytes ahead, then meets the end of its input at every pixel.
     */
    public static byte[] webpLosslessAtTheEnd(int width, int height) {
        return riff("VP8L", vp8lBitstream(width, height));
    }

    private static byte[] vp8lBitstream(int width, int height) {
        if (width < 1 || width > 16384 || height < 1 || height > 16384) {
            throw new IllegalArgumentException(width + "x" + height);
        }
        BitWriter bits = new BitWriter();
        bits.write(0x2f, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // alpha_is_used
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        for (int symbol : new int[] {0x80, 0x40, 0xc0, 0xff, 0}) { // green, red, blue, alpha, distance
            bits.write(1, 1); // simple code
            bits.write(0, 1); // one symbol
            bits.write(1, 1); // of 8 bits
            bits.write(symbol, 8);
        }
        return bits.toByteArray();
    }

    /** A RIFF WebP file holding one chunk. */
    public static byte[] riff(String fourcc, byte[] payload) {
        int padded = payload.length + (payload.length & 1);
        ByteBuffer b = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return b.array();
    }

    /** Bits packed least significant first, as VP8L reads them. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long buffer;
        private int count;

        void write(int value, int n) {
            buffer |= (long) (value & ((1 << n) - 1)) << count;
            count += n;
            while (count >= 8) {
                out.write((int) (buffer & 0xff));
                buffer >>>= 8;
                count -= 8;
            }
        }

        byte[] toByteArray() {
            if (count > 0) {
                out.write((int) (buffer & 0xff));
                buffer = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
