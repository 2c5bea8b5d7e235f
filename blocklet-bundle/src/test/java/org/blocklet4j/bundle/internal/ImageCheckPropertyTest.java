package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.blocklet4j.bundle.ImageLimits;
import org.blocklet4j.bundle.TestImages;
import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Any bytes under any name give diagnostics, never an exception: damaged images of every type, seeded. */
class ImageCheckPropertyTest {
    private static final Set<String> CODES = Set.of("bundle.logo.type", "bundle.logo.size", "bundle.logo.notSquare",
            "bundle.logo.tooLarge", "bundle.image.tooManyPixels", "bundle.image.corrupt", "bundle.image.tooSlow");
    private static final ImageLimits LIMITS = ImageLimits.builder().maxPixels(1 << 20)
            .decodeTimeout(Duration.ofSeconds(1)).build();

    private static final List<Object[]> SEEDS = List.of(
            new Object[] {"logo.png", TestImages.png(64, 64)},
            new Object[] {"logo.png", TestImages.palettePng(48, 48)},
            new Object[] {"logo.jpg", TestImages.jpeg(64, 64)},
            new Object[] {"logo.webp", TestImages.webpLossless(64, 64)},
            new Object[] {"logo.webp", resource("lossy-alpha-256x256.webp")},
            new Object[] {"logo.svg", "<?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.UTF_8)});

    static Stream<Arguments> damagedImages() {
        Random random = new Random(0x1a2e_0c4eL);
        return IntStream.range(0, 120).mapToObj(i -> {
            Object[] seed = SEEDS.get(i % SEEDS.size());
            return Arguments.of(i, seed[0], damage((byte[]) seed[1], random));
        });
    }

    /** One of: flip a few bytes, cut the tail, overwrite a run with random bytes, or all three. */
    private static byte[] damage(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        int kind = random.nextInt(4);
        if (kind == 0 || kind == 3) {
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            }
        }
        if (kind == 2 || kind == 3) {
            int at = random.nextInt(b.length);
            int len = Math.min(b.length - at, 1 + random.nextInt(16));
            for (int k = 0; k < len; k++) {
                b[at + k] = (byte) random.nextInt(256);
            }
        }
        if (kind == 1 || kind == 3) {
            b = Arrays.copyOf(b, random.nextInt(b.length));
        }
        return b;
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("damagedImages")
    void givesDiagnosticsForAnyBytes(int index, String name, byte[] bytes) {
        List<Diagnostic> result = ImageCheck.logo(name, bytes, LIMITS, "/logo");
        assertThat(result).allSatisfy(d -> {
            assertThat(CODES).contains(d.code());
            assertThat(d.isError()).isTrue();
            assertThat(d.pointer()).isEqualTo("/logo");
            assertThat(d.message()).isNotBlank();
        });
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImageCheckPropertyTest.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
