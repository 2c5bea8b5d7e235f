package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.blocklet4j.bundle.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTypeTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sniffsEachTypeFromItsSignature() {
        assertThat(ImageType.sniff(TestImages.png(1, 1))).isEqualTo(ImageType.PNG);
        assertThat(ImageType.sniff(TestImages.jpeg(1, 1))).isEqualTo(ImageType.JPEG);
        assertThat(ImageType.sniff(TestImages.webpLossless(1, 1))).isEqualTo(ImageType.WEBP);
        assertThat(ImageType.sniff(utf8("<svg/>"))).isEqualTo(ImageType.SVG);
    }

    @Test
    void sniffsNothingFromShortOrForeignBytes() {
        assertThat(ImageType.sniff(new byte[0])).isNull();
        assertThat(ImageType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isNull();
        assertThat(ImageType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8})).isNull();
        assertThat(ImageType.sniff(utf8("RIFF\0\0\0\0WAVE"))).isNull();
        assertThat(ImageType.sniff(utf8("GIF89a"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        "<svg>",
        "<svg\n  width=\"1\"/>",
        "\ufeff<svg/>",
        " \r\n\t<svg/>",
        "<?xml version=\"1.0\"?><svg/>",
        "<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!-- twice -->\n<svg/>",
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>",
        "<!DOCTYPE svg [ <!ENTITY a \"x]>y\"> <!ENTITY b 'z'> ]>\n<svg/>",
        "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.css\"?><svg/>",
    })
    void recognisesSvg(String text) {
        assertThat(ImageType.isSvg(utf8(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<svg",
        "<svgx/>",
        "<SVG/>",
        "<html><svg/></html>",
        "text <svg/>",
        "<?xml version=\"1.0\"?>",
        "<!-- unterminated <svg/>",
        "<?xml <svg/>",
        "<!DOCTYPE svg [ <svg/>",
        "\ufeff\ufeff<svg/>",
    })
    void rejectsWhatIsNotAnSvgRoot(String text) {
        assertThat(ImageType.isSvg(utf8(text))).isFalse();
    }

    @Test
    void looksForTheSvgRootOnlyInABoundedPrefix() {
        String comment = "<!--" + "x".repeat(ImageType.SVG_PREFIX) + "-->";
        assertThat(ImageType.isSvg(utf8(comment + "<svg/>"))).isFalse();
        String shorter = "<!--" + "x".repeat(ImageType.SVG_PREFIX - 20) + "-->";
        assertThat(ImageType.isSvg(utf8(shorter + "<svg/>"))).isTrue();
    }

    @Test
    void scansLongUnterminatedConstructsOnce() {
        // Each would be quadratic if the scan restarted at every '<': answers must come at once for 64 KiB.
        assertThat(ImageType.isSvg(utf8("<?" + "<?".repeat(100_000)))).isFalse();
        assertThat(ImageType.isSvg(utf8("<!--" + "-".repeat(100_000)))).isFalse();
        assertThat(ImageType.isSvg(utf8("<!DOCTYPE" + "[".repeat(100_000)))).isFalse();
        assertThat(ImageType.isSvg(utf8("<!-- -->".repeat(20_000) + "<svg/>"))).isFalse();
    }

    @Test
    void takesTheTypeFromTheLastExtensionInAnyCase() {
        assertThat(ImageType.ofExtension("logo.png")).isEqualTo(ImageType.PNG);
        assertThat(ImageType.ofExtension("logo.PNG")).isEqualTo(ImageType.PNG);
        assertThat(ImageType.ofExtension("a.b.jpg")).isEqualTo(ImageType.JPEG);
        assertThat(ImageType.ofExtension("a.jpeg")).isEqualTo(ImageType.JPEG);
        assertThat(ImageType.ofExtension("a.webp")).isEqualTo(ImageType.WEBP);
        assertThat(ImageType.ofExtension("a.svg")).isEqualTo(ImageType.SVG);
        assertThat(ImageType.ofExtension("a.gif")).isNull();
        assertThat(ImageType.ofExtension("png")).isNull();
        assertThat(ImageType.ofExtension("a.")).isNull();
        assertThat(ImageType.ofExtension("a.png.txt")).isNull();
    }
}
