package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarConstants;
import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** The image step of {@link BundleCheck}: the logo and the screenshots inside the tarball, by the store's rules. */
class BundleImagesTest {
    private static final BundleCheck UNSIGNED = BundleCheck.builder().verifySignatures(false).build();
    private static final byte[] SCREENSHOT = TestImages.png(640, 360);
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"9\">"
            + "<rect width=\"16\" height=\"9\" fill=\"#4080c0\"/></svg>";

    @Test
    void acceptsLogoAndTwoScreenshots() {
        Map<String, byte[]> files = files("logo.png", BundleFixture.logo(),
                "screenshots/a.png", SCREENSHOT, "screenshots/b.jpg", TestImages.jpeg(1280, 720));
        assertThat(check(files, "logo.png", "a.png", "b.jpg").diagnostics()).isEmpty();
    }

    @Test
    void requiresALogo() {
        byte[] tgz = BundleFixture.tarball();
        ObjectNode meta = BundleFixture.meta(tgz);
        meta.remove("logo");
        List<Diagnostic> errors = UNSIGNED.check(meta, tgz).errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("bundle.logo.missing", "/logo"));
    }

    @Test
    void reportsLogoAbsentFromTheTarball() {
        List<Diagnostic> errors = check(files("logo.png", BundleFixture.logo()), "other.png").errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.logo.missing");
        assertThat(errors.get(0).message()).contains("other.png");
    }

    @Test
    void findsTheLogoByItsTrimmedNameAsValidateMetaGivesIt() {
        assertThat(check(files("logo.png", BundleFixture.logo()), " logo.png\t").diagnostics()).isEmpty();
    }

    @Test
    void rejectsJpegNamedPng() {
        List<Diagnostic> errors = check(files("logo.png", TestImages.jpeg(256, 256)), "logo.png").errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.logo.type");
        assertThat(errors.get(0).message()).contains("JPEG", ".jpg or .jpeg");
    }

    @Test
    void rejectsLogoThatIsNotSquare() {
        List<Diagnostic> errors = check(files("logo.png", TestImages.png(300, 256)), "logo.png").errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.logo.notSquare");
        assertThat(errors.get(0).message()).contains("300x256");
    }

    @Test
    void rejectsScreenshotTooSmall() {
        Map<String, byte[]> files = files("logo.png", BundleFixture.logo(), "screenshots/a.png", SCREENSHOT,
                "screenshots/small.png", TestImages.png(320, 180));
        List<Diagnostic> errors = check(files, "logo.png", "a.png", "small.png").errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("bundle.screenshot.size", "/screenshots/1"));
        assertThat(errors.get(0).message()).contains("320x180", "600x338");
    }

    @Test
    void rejectsLogoOfThirtyThousandSquarePixelsFromItsHeader() {
        byte[] huge = TestImages.pngWithData(30_000, 30_000, new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1});
        assertThat(huge.length).isLessThan(100);
        List<Diagnostic> errors = check(files("logo.png", huge), "logo.png").errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("bundle.image.tooManyPixels", "/logo"));
        assertThat(errors.get(0).message()).contains("30000x30000");
    }

    @Test
    void rejectsLogoWhoseHeaderClaimsSixHundredKilobytes() {
        byte[] large = Arrays.copyOf(BundleFixture.logo(), 600 * 1024);
        List<Diagnostic> errors = check(files("logo.png", large), "logo.png").errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("bundle.logo.tooLarge", "/logo"));
        assertThat(errors.get(0).message()).contains("614400", String.valueOf(ImageLimits.DEFAULTS.logoMaxBytes()));
    }

    /**
     * Seven screenshots whose headers claim more than 5 MiB each, then one that passes: were the first seven kept
     * up to their limit, they would fill the 32 MiB the check holds of all images and leave the last unchecked
     * ({@code bundle.images.tooLarge}).
     */
    @Test
    void keepsNoBytesOfImagesTooLargeByTheirHeader() {
        int tooLarge = (int) ImageLimits.DEFAULTS.screenshotMaxBytes() + 1;
        int count = (int) (BundleCheck.IMAGE_CAPTURE_BUDGET / (tooLarge - 1)) + 1;
        byte[] zeros = new byte[tooLarge];
        String[] names = new String[count + 1];
        byte[] tgz = BundleFixture.tgz(tar -> {
            for (int i = 0; i < count; i++) {
                names[i] = "large" + i + ".png";
                Tarballs.file(tar, "package/screenshots/" + names[i], zeros);
            }
            names[count] = "fine.png";
            Tarballs.file(tar, "package/screenshots/fine.png", SCREENSHOT);
        });
        ObjectNode meta = BundleFixture.meta(tgz);
        Arrays.stream(names).forEach(meta.putArray("screenshots")::add);
        List<Diagnostic> errors = UNSIGNED.check(meta, tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsOnly("bundle.screenshot.tooLarge").hasSize(count);
    }

    @Test
    void reportsRepeatedScreenshotsWhereTheyRepeat() {
        byte[] large = Arrays.copyOf(SCREENSHOT, (int) ImageLimits.DEFAULTS.screenshotMaxBytes() + 1);
        Map<String, byte[]> files = files("logo.png", BundleFixture.logo(), "screenshots/a.png", SCREENSHOT,
                "screenshots/b.png", SCREENSHOT, "screenshots/large.png", large);
        List<Diagnostic> errors = check(files, "logo.png", "a.png", "b.png", "a.png", "large.png", "large.png")
                .errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer).containsExactly(
                tuple("bundle.screenshot.duplicate", "/screenshots/2"),
                tuple("bundle.screenshot.tooLarge", "/screenshots/3"),
                tuple("bundle.screenshot.duplicate", "/screenshots/4"));
        assertThat(errors.get(0).message()).contains("a.png", "/screenshots/0");
        assertThat(errors.get(2).message()).contains("large.png", "/screenshots/3");
    }

    @Test
    void pointsAtEachScreenshotsOwnIndex() {
        Map<String, byte[]> files = files("logo.png", BundleFixture.logo(), "screenshots/a.png", SCREENSHOT);
        List<Diagnostic> errors = check(files, "logo.png", "../x.png", "a.png", "gone.png").errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer).containsExactly(
                tuple("bundle.path.unsafe", "/screenshots/0"),
                tuple("bundle.screenshot.missing", "/screenshots/2"));
    }

    @Test
    void skipsTheStepWhenAsked() {
        BundleCheck withoutImages = BundleCheck.builder().verifySignatures(false).checkImages(false).build();
        byte[] tgz = Tarballs.tgz("package/index.js", "1");
        ObjectNode meta = BundleFixture.meta(tgz);
        meta.remove("logo");
        meta.putArray("screenshots").add("gone.png");
        assertThat(withoutImages.check(meta, tgz).diagnostics()).isEmpty();
        assertThat(UNSIGNED.check(meta, tgz).errors()).extracting(Diagnostic::code)
                .containsExactly("bundle.logo.missing", "bundle.screenshot.missing");
    }

    @Test
    void appliesTheImageLimitsGiven() {
        BundleCheck larger = BundleCheck.builder().verifySignatures(false)
                .imageLimits(ImageLimits.builder().logoMinSide(512).build()).build();
        byte[] tgz = BundleFixture.tarball();
        assertThat(larger.check(BundleFixture.meta(tgz), tgz).errors()).extracting(Diagnostic::code)
                .containsExactly("bundle.logo.size");
    }

    @Test
    void acceptsSvgLogoWithoutMeasuringIt() {
        Map<String, byte[]> files = files("logo.svg", SVG.getBytes(StandardCharsets.UTF_8));
        assertThat(check(files, "logo.svg").diagnostics()).isEmpty();
    }

    @Test
    void reportsOnlyThatAnUnsafeLogoNameIsUnsafe() {
        List<Diagnostic> errors = check(files("logo.png", BundleFixture.logo()), "../x.png").errors();
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("bundle.path.unsafe", "/logo"));
    }

    @Test
    void reportsNoImageMissingFromACorruptTarball() {
        // The directory entry's claim of data makes the tar unreadable before the logo's entry.
        byte[] tar = new byte[512 * 6];
        System.arraycopy(Tarballs.header("package/dir/", 1024, TarConstants.LF_DIR), 0, tar, 0, 512);
        byte[] tgz = Tarballs.gzip(tar);
        ObjectNode meta = BundleFixture.meta(tgz);
        meta.putArray("screenshots").add("a.png");
        assertThat(UNSIGNED.check(meta, tgz).errors()).extracting(Diagnostic::code)
                .containsExactly("bundle.tarball.corrupt");
    }

    /** A bundle holding {@code files} under {@code package/}; its meta names the logo and the screenshots. */
    private static BundleReport check(Map<String, byte[]> files, String logo, String... screenshots) {
        byte[] tgz = Tarballs.tgz(tar -> {
            Tarballs.file(tar, "package/blocklet.yml", BundleFixture.manifest().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Tarballs.file(tar, "package/" + file.getKey(), file.getValue());
            }
        });
        ObjectNode meta = BundleFixture.meta(tgz);
        meta.put("logo", logo);
        if (screenshots.length > 0) {
            Arrays.stream(screenshots).forEach(meta.putArray("screenshots")::add);
        }
        return UNSIGNED.check(meta, tgz);
    }

    private static Map<String, byte[]> files(Object... namesAndBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndBytes.length; i += 2) {
            files.put((String) namesAndBytes[i], (byte[]) namesAndBytes[i + 1]);
        }
        return files;
    }
}
