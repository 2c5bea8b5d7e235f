package org.blocklet4j.meta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.blocklet4j.meta.semver.SemVer;
import org.blocklet4j.meta.semver.SemverOptions;
import org.blocklet4j.meta.semver.SemverRange;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for versions and ranges: the input is a version and a range, separated by a byte {@code FF}
 * ({@link FuzzText}); under each combination of semver's options, parsing never throws and is stable, a parsed
 * version reads back from its own text, {@code validRange} answers exactly when the range parses, and
 * {@code satisfies} is the parsed range's test.
 *
 * <p>Each part is cut to {@link #MAX_LENGTH} characters: a range of a thousand comparators takes tens of
 * milliseconds (linearly; {@code SemverAdversarialInputTest} covers lengths up to 100,000), which would slow the
 * fuzzer down a hundredfold without reaching new code.
 */
class SemverFuzzTest {
    private static final List<SemverOptions> OPTIONS = List.of(SemverOptions.DEFAULT,
            SemverOptions.DEFAULT.withLoose(true), SemverOptions.DEFAULT.withIncludePrerelease(true),
            new SemverOptions(true, true));
    static final int MAX_LENGTH = 256;
    /** semver's {@code MAX_LENGTH}: it reads no longer version. */
    private static final int MAX_VERSION_LENGTH = 256;

    @FuzzTest
    void parsesAnyVersionAndRange(byte[] data) {
        List<String> parts = FuzzText.parts(data, 2);
        String version = cut(parts.get(0));
        String range = cut(parts.get(1));
        for (SemverOptions options : OPTIONS) {
            checkVersion(version, options);
            checkVersion(range, options);
            checkRange(range, version, options);
            checkRange(version, range, options);
        }
    }

    private static String cut(String s) {
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    private static void checkVersion(String text, SemverOptions options) {
        Optional<SemVer> parsed = SemVer.parse(text, options);
        assertThat(SemVer.parse(text, options)).isEqualTo(parsed);
        parsed.ifPresent(v -> {
            assertThat(v.compareTo(v)).isZero();
            if (v.version().length() > MAX_VERSION_LENGTH) {
                // Loose mode can read 256 characters into a longer version ("1.2.3abc" gives "1.2.3-abc"), which
                // semver, as the reference, then refuses to read back.
                return;
            }
            Optional<SemVer> again = SemVer.parse(v.version(), options);
            assertThat(again).as("%s read back from %s", text, v.version()).isPresent();
            assertThat(again.get().compareTo(v)).isZero();
            assertThat(again.get().version()).isEqualTo(v.version());
        });
    }

    private static void checkRange(String text, String version, SemverOptions options) {
        Optional<SemverRange> parsed = SemverRange.parse(text, options);
        assertThat(SemverRange.parse(text, options)).isEqualTo(parsed);
        Optional<String> valid = SemverRange.validRange(text, options);
        assertThat(valid.isPresent()).isEqualTo(parsed.isPresent());
        boolean satisfies = SemverRange.satisfies(version, text, options);
        assertThat(satisfies).isEqualTo(parsed.map(r -> r.test(version)).orElse(false));
        assertThat(SemverRange.satisfies(version, text, options)).isEqualTo(satisfies);
    }
}
