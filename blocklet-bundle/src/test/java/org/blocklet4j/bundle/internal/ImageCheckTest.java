package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.blocklet4j.bundle.ImageLimits;
import org.blocklet4j.bundle.TestImages;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.Severity;
import org.junit.jupiter.api.Test;

class ImageCheckTest {
    private static final ImageLimits DEFAULTS = ImageLimits.DEFAULTS;
    private static final String SVG = "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- Generator: hand -->\n"
            + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\"\n"
            + "  \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"3\">\n"
            + "  <rect width=\"10\" height=\"3\"/>\n"
            + "</svg>\n";

    private static List<Diagnostic> logo(String name, byte[] bytes) {
        return ImageCheck.logo(name, bytes, DEFAULTS, "/logo");
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImageCheckTest.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void acceptsSquarePngLogo() {
        assertThat(logo("logo.png", TestImages.png(256, 256))).isEmpty();
    }

    @Test
    void acceptsJpegLogoNamedJpgOrJpegInAnyCase() {
        byte[] jpeg = TestImages.jpeg(300, 300);
        assertThat(logo("logo.jpg", jpeg)).isEmpty();
        assertThat(logo("logo.jpeg", jpeg)).isEmpty();
        assertThat(logo("LOGO.JPG", jpeg)).isEmpty();
    }

    @Test
    void acceptsLosslessWebpLogo() {
        // Proves the WebP reader is found through ImageIO's service lookup, on the module path as in the build;
        // and, at 256 KiB of pixels from 50-odd bytes, that the reader's own expansion-ratio guard is out of
        // the way of a flat logo.
        assertThat(logo("logo.webp", TestImages.webpLossless(256, 256))).isEmpty();
    }

    @Test
    void acceptsLossyWebpLogoWithAlpha() {
        assertThat(logo("logo.webp", resource("lossy-alpha-256x256.webp"))).isEmpty();
    }

    @Test
    void acceptsSvgLogoWithoutLookingAtItsSize() {
        assertThat(logo("logo.svg", SVG.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void appliesTheByteLimitToSvgToo() {
        ImageLimits limits = ImageLimits.builder().logoMaxBytes(100).build();
        assertThat(codes(ImageCheck.logo("logo.svg", SVG.getBytes(StandardCharsets.UTF_8), limits, "/logo")))
                .containsExactly("bundle.logo.tooLarge");
    }

    @Test
    void reportsMissingLogo() {
        List<Diagnostic> result = ImageCheck.logo("logo.png", null, DEFAULTS, "/logo");
        assertThat(result).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle.logo.missing");
            assertThat(d.pointer()).isEqualTo("/logo");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("logo.png");
        });
    }

    @Test
    void rejectsJpegBytesNamedPng() {
        List<Diagnostic> result = logo("logo.png", TestImages.jpeg(256, 256));
        assertThat(codes(result)).containsExactly("bundle.logo.type");
        assertThat(result.get(0).message()).contains("JPEG").contains(".png");
    }

    @Test
    void rejectsPngBytesUnderAnExtensionNotAccepted() {
        assertThat(codes(logo("logo.gif", TestImages.png(256, 256)))).containsExactly("bundle.logo.type");
        assertThat(codes(logo("logo", TestImages.png(256, 256)))).containsExactly("bundle.logo.type");
    }

    @Test
    void rejectsBytesOfNoAcceptedType() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        List<Diagnostic> result = logo("logo.gif", gif);
        assertThat(codes(result)).containsExactly("bundle.logo.type");
        assertThat(result.get(0).message()).contains("not a PNG, JPEG, WebP or SVG image");
        assertThat(codes(logo("logo.png", new byte[0]))).containsExactly("bundle.logo.type");
    }

    @Test
    void rejectsSmallLogoWithItsSize() {
        List<Diagnostic> result = logo("logo.png", TestImages.png(128, 128));
        assertThat(codes(result)).containsExactly("bundle.logo.size");
        assertThat(result.get(0).message()).contains("128x128").contains("256x256");
    }

    @Test
    void acceptsLogoWithinTheSquareTolerance() {
        assertThat(logo("logo.png", TestImages.png(258, 256))).isEmpty();
    }

    @Test
    void rejectsLogoThatIsNotSquare() {
        List<Diagnostic> result = logo("logo.png", TestImages.png(300, 256));
        assertThat(codes(result)).containsExactly("bundle.logo.notSquare");
        assertThat(result.get(0).message()).contains("300x256").contains("1.1719");
    }

    @Test
    void rejectsLogoOverTheByteLimitWithItsSize() {
        byte[] png = TestImages.png(256, 256);
        ImageLimits exact = ImageLimits.builder().logoMaxBytes(png.length).build();
        assertThat(ImageCheck.logo("logo.png", png, exact, "/logo")).isEmpty();
        ImageLimits under = ImageLimits.builder().logoMaxBytes(png.length - 1).build();
        List<Diagnostic> result = ImageCheck.logo("logo.png", png, under, "/logo");
        assertThat(codes(result)).containsExactly("bundle.logo.tooLarge");
        assertThat(result.get(0).message()).contains(png.length + " bytes").contains("at most " + (png.length - 1));
    }

    @Test
    void defaultByteLimitsAreTheStoresIntendedOnes() {
        assertThat(DEFAULTS.logoMaxBytes()).isEqualTo(500 * 1024);
        assertThat(DEFAULTS.screenshotMaxBytes()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void reportsOnlyTheSizeOfAnImageCutOffAtTheReadLimit() {
        ImageLimits limits = ImageLimits.builder().logoMaxBytes(10).screenshotMaxBytes(10).maxReadBytes(64).build();
        byte[] prefix = Arrays.copyOf(TestImages.png(256, 256), 64);
        List<Diagnostic> result = ImageCheck.logo("logo.png", prefix, limits, "/logo");
        assertThat(codes(result)).containsExactly("bundle.logo.tooLarge");
        assertThat(result.get(0).message()).contains("at least 64 bytes");
    }

    @Test
    void rejectsHugePngFromItsHeaderWithoutDecodingIt() {
        // 30,000 x 30,000 RGBA would take 3.6 GB decoded; the IDAT is a few bytes that could never fill it, so a
        // decode would end in bundle.image.corrupt: only tooManyPixels proves none was attempted.
        byte[] bomb = TestImages.pngWithData(30_000, 30_000, deflate(new byte[1024]));
        assertThat(bomb.length).isLessThan(200);
        List<Diagnostic> result = logo("logo.png", bomb);
        assertThat(codes(result)).containsExactly("bundle.image.tooManyPixels");
        assertThat(result.get(0).message()).contains("30000x30000").contains("900000000").contains("16777216");
    }

    @Test
    void rejectsHugeWebpFromItsHeaderWithoutDecodingIt() {
        byte[] bomb = TestImages.webpLossless(16_384, 16_384);
        assertThat(codes(logo("logo.webp", bomb))).containsExactly("bundle.image.tooManyPixels");
    }

    @Test
    void rejectsPngWhoseDataIsGarbage() {
        byte[] png = TestImages.pngWithData(256, 256, "not zlib at all".getBytes(StandardCharsets.US_ASCII));
        List<Diagnostic> result = logo("logo.png", png);
        assertThat(codes(result)).containsExactly("bundle.image.corrupt");
        assertThat(result.get(0).message()).contains("logo.png").contains("PNG");
    }

    @Test
    void rejectsOnePixelPngWhoseDataIsGarbageAsSmallAndCorrupt() {
        byte[] png = TestImages.pngWithData(1, 1, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(codes(logo("logo.png", png))).containsExactly("bundle.logo.size", "bundle.image.corrupt");
    }

    @Test
    void rejectsPngWithTooLittleData() {
        byte[] png = TestImages.pngWithData(256, 256, deflate(new byte[100]));
        assertThat(codes(logo("logo.png", png))).containsExactly("bundle.image.corrupt");
    }

    @Test
    void rejectsPngCutOffInItsHeader() {
        byte[] png = Arrays.copyOf(TestImages.png(256, 256), 20);
        assertThat(codes(logo("logo.png", png))).containsExactly("bundle.image.corrupt");
    }

    @Test
    void rejectsJpegWhoseHeaderIsGarbage() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x01, 0x02, 0x03, 0x04, 0x05};
        assertThat(codes(logo("logo.jpg", jpeg))).containsExactly("bundle.image.corrupt");
    }

    @Test
    void acceptsJpegCutOffInItsPixelDataAsBrowsersDo() {
        // The JDK's decoder warns ("Premature end of JPEG file") and fills the rest; warnings are not diagnostics.
        byte[] jpeg = TestImages.jpeg(256, 256);
        assertThat(logo("logo.jpg", Arrays.copyOf(jpeg, jpeg.length * 3 / 4))).isEmpty();
    }

    @Test
    void acceptsFourComponentJpeg() {
        assertThat(logo("logo.jpg", TestImages.fourComponentJpeg(256, 256))).isEmpty();
    }

    @Test
    void rejectsWebpCutOffAfterItsHeader() {
        byte[] whole = TestImages.webpLossless(256, 256);
        byte[] payload = Arrays.copyOfRange(whole, 20, 25); // signature and the 14+14+1+3 header bits only
        assertThat(codes(logo("logo.webp", TestImages.riff("VP8L", payload))))
                .containsExactly("bundle.image.corrupt");
    }

    @Test
    void acceptsPalettePngWithCompressedText() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("Comment".getBytes(StandardCharsets.US_ASCII));
        text.write(0);
        text.write(0);
        text.writeBytes(deflate(new byte[1 << 20]));
        byte[] png = TestImages.insertAfterIhdr(TestImages.palettePng(256, 256),
                TestImages.chunk("zTXt", text.toByteArray()));
        assertThat(logo("logo.png", png)).isEmpty();
    }

    @Test
    void keepsOnlyTheChunksDecodingNeeds() {
        byte[] png = TestImages.insertAfterIhdr(TestImages.png(8, 8),
                TestImages.chunk("tEXt", "Title\0x".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] stripped = ImageCheck.withoutAncillaryChunks(png);
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("tEXt").contains("IHDR")
                .contains("IDAT").endsWith("IEND\u00aeB`\u0082");
        byte[] withTrailer = Arrays.copyOf(png, png.length + 5);
        assertThat(ImageCheck.withoutAncillaryChunks(withTrailer)).isEqualTo(stripped);
    }

    @Test
    void givesUpWhenTheTimeIsUp() {
        ImageLimits limits = ImageLimits.builder().decodeTimeout(Duration.ZERO).build();
        List<Diagnostic> result = ImageCheck.logo("logo.png", TestImages.png(256, 256), limits, "/logo");
        assertThat(codes(result)).containsExactly("bundle.image.tooSlow");
    }

    @Test
    void stopsDecoderThatRunsOutOfTime() {
        // 34 bytes, 16.7 million pixels, within the pixel limit: TwelveMonkeys' reader spends minutes on it (an
        // exception for every pixel), and no reader could decode it in a millisecond.
        ImageLimits limits = ImageLimits.builder().decodeTimeout(Duration.ofMillis(1)).build();
        byte[] slow = TestImages.webpLosslessAtTheEnd(4096, 4096);
        List<Diagnostic> result = ImageCheck.logo("logo.webp", slow, limits, "/logo");
        assertThat(codes(result)).containsExactly("bundle.image.tooSlow");
        assertThat(result.get(0).message()).contains("1 ms");
    }

    @Test
    void acceptsScreenshotsOfEveryType() {
        Map<String, byte[]> files = Map.of(
                "a.png", TestImages.png(640, 360),
                "b.jpg", TestImages.jpeg(1280, 720),
                "c.webp", TestImages.webpLossless(600, 338),
                "d.webp", resource("lossy-640x360.webp"),
                "e.svg", SVG.getBytes(StandardCharsets.UTF_8));
        List<String> names = List.of("a.png", "b.jpg", "c.webp", "d.webp", "e.svg");
        assertThat(ImageCheck.screenshots(names, files, DEFAULTS, "/screenshots")).isEmpty();
    }

    @Test
    void rejectsScreenshotThatIsNotSixteenByNine() {
        List<Diagnostic> result = ImageCheck.screenshots(List.of("a.png"), Map.of("a.png", TestImages.png(800, 600)),
                DEFAULTS, "/screenshots");
        assertThat(result).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle.screenshot.ratio");
            assertThat(d.pointer()).isEqualTo("/screenshots/0");
            assertThat(d.message()).contains("800x600").contains("1.3333");
        });
    }

    @Test
    void rejectsSmallScreenshot() {
        List<Diagnostic> result = ImageCheck.screenshots(List.of("a.jpg"), Map.of("a.jpg", TestImages.jpeg(320, 180)),
                DEFAULTS, "/screenshots");
        assertThat(codes(result)).containsExactly("bundle.screenshot.size");
        assertThat(result.get(0).message()).contains("320x180").contains("600x338");
    }

    @Test
    void reportsScreenshotProblemsWithTheirOwnCodes() {
        ImageLimits limits = ImageLimits.builder().screenshotMaxBytes(10).build();
        Map<String, byte[]> files = Map.of("a.png", TestImages.jpeg(640, 360), "b.png", TestImages.png(640, 360));
        List<Diagnostic> result = ImageCheck.screenshots(List.of("a.png", "b.png"), files, limits, "/screenshots");
        assertThat(result).extracting(Diagnostic::code, Diagnostic::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bundle.screenshot.tooLarge", "/screenshots/0"),
                org.assertj.core.groups.Tuple.tuple("bundle.screenshot.type", "/screenshots/0"),
                org.assertj.core.groups.Tuple.tuple("bundle.screenshot.tooLarge", "/screenshots/1"));
    }

    @Test
    void reportsMissingAndDuplicateScreenshots() {
        Map<String, byte[]> files = Map.of("a.png", TestImages.png(640, 360));
        List<Diagnostic> result = ImageCheck.screenshots(List.of("a.png", "gone.png", "a.png"), files, DEFAULTS,
                "/screenshots");
        assertThat(result).extracting(Diagnostic::code, Diagnostic::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bundle.screenshot.missing", "/screenshots/1"),
                org.assertj.core.groups.Tuple.tuple("bundle.screenshot.duplicate", "/screenshots/2"));
        assertThat(result.get(1).message()).contains("/screenshots/0");
    }

    @Test
    void countsScreenshotsOnlyWhenLimitsAreSet() {
        Map<String, byte[]> files = Map.of("a.png", TestImages.png(640, 360), "b.png", TestImages.png(640, 360),
                "c.png", TestImages.png(640, 360));
        assertThat(ImageCheck.screenshots(List.of(), files, DEFAULTS, "/screenshots")).isEmpty();
        ImageLimits limits = ImageLimits.builder().screenshotCount(1, 2).build();
        List<Diagnostic> none = ImageCheck.screenshots(List.of(), files, limits, "/screenshots");
        assertThat(none).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bundle.screenshot.count");
            assertThat(d.pointer()).isEqualTo("/screenshots");
            assertThat(d.message()).contains("0 screenshots").contains("at least 1");
        });
        List<Diagnostic> three = ImageCheck.screenshots(List.of("a.png", "b.png", "c.png"), files, limits,
                "/screenshots");
        assertThat(codes(three)).containsExactly("bundle.screenshot.count");
        assertThat(three.get(0).message()).contains("3 screenshots").contains("at most 2");
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
