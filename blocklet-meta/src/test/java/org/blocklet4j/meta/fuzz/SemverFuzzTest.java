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
 */
class SemverFuzzTest {
    private static final List<SemverOptions> OPTIONS = List.of(SemverOptions.DEFAULT,
            SemverOptions.DEFAULT.withLoose(true), SemverOptions.DEFAULT.withIncludePrerelease(true),
            new SemverOptions(true, true));

    @FuzzTest
    void parsesAnyVersionAndRange(byte[] data) {
        List<String> parts = FuzzText.parts(data, 2);
        String version = parts.get(0);
        String range = parts.get(1);
        for (SemverOptions options : OPTIONS) {
            checkVersion(version, options);
            checkVersion(range, options);
            checkRange(range, version, options);
            checkRange(version, range, options);
        }
    }

    private static void checkVersion(String text, SemverOptions options) {
        Optional<SemVer> parsed = SemVer.parse(text, options);
        assertThat(SemVer.parse(text, options)).isEqualTo(parsed);
        parsed.ifPresent(v -> {
            assertThat(v.compareTo(v)).isZero();
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
