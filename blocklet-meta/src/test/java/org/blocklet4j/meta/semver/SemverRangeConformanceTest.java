package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code semver.validRange}, {@code semver.satisfies} and {@code max/minSatisfying} against semver 6.3.2. */
class SemverRangeConformanceTest {
    private static final SemverOptions LOOSE = SemverOptions.DEFAULT.withLoose(true);
    private static final SemverOptions INCLUDE_PRERELEASE = SemverOptions.DEFAULT.withIncludePrerelease(true);

    static Stream<Arguments> validRangeVectors() {
        return JsonLines.named(SemverRangeConformanceTest.class, "valid-range.jsonl", "input");
    }

    @ParameterizedTest
    @MethodSource("validRangeVectors")
    void validRangeAgreesWithSemver6(JsonNode row) {
        String input = JsonLines.text(row, "input");
        String expected = JsonLines.text(row, "range");
        assertThat(SemverRange.validRange(input)).isEqualTo(Optional.ofNullable(expected));
        assertThat(SemverRange.parse(input).map(r -> r.toString().isEmpty() ? "*" : r.toString()))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @MethodSource("validRangeVectors")
    void looseValidRangeAgreesWithSemver6(JsonNode row) {
        assertThat(SemverRange.validRange(JsonLines.text(row, "input"), LOOSE))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "looseRange")));
    }

    @ParameterizedTest
    @MethodSource("validRangeVectors")
    void includePrereleaseValidRangeAgreesWithSemver6(JsonNode row) {
        assertThat(SemverRange.validRange(JsonLines.text(row, "input"), INCLUDE_PRERELEASE))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "includePrereleaseRange")));
    }

    static Stream<Arguments> satisfiesVectors() {
        return JsonLines.named(SemverRangeConformanceTest.class, "satisfies.jsonl",
                row -> JsonLines.label(JsonLines.text(row, "version")) + " in "
                        + JsonLines.label(JsonLines.text(row, "range")));
    }

    @ParameterizedTest
    @MethodSource("satisfiesVectors")
    void satisfiesAgreesWithSemver6(JsonNode row) {
        String version = JsonLines.text(row, "version");
        String range = JsonLines.text(row, "range");
        boolean expected = row.get("satisfies").asBoolean();
        assertThat(SemverRange.satisfies(version, range)).isEqualTo(expected);
        SemverRange.parse(range).ifPresent(r -> SemVer.parse(version)
                .ifPresent(v -> assertThat(r.test(v)).isEqualTo(expected)));
        assertThat(SemverRange.satisfies(version, range, LOOSE)).isEqualTo(row.get("looseSatisfies").asBoolean());
        assertThat(SemverRange.satisfies(version, range, INCLUDE_PRERELEASE))
                .isEqualTo(row.get("includePrereleaseSatisfies").asBoolean());
    }

    static Stream<Arguments> extremeVectors() {
        return JsonLines.named(SemverRangeConformanceTest.class, "extremes.jsonl",
                row -> row.get("versions") + " in " + JsonLines.label(JsonLines.text(row, "range")));
    }

    @ParameterizedTest
    @MethodSource("extremeVectors")
    void maxAndMinSatisfyingAgreeWithSemver6(JsonNode row) {
        List<String> versions = JsonLines.strings(row.get("versions"));
        String range = JsonLines.text(row, "range");
        assertThat(SemverRange.maxSatisfying(versions, range).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "max")));
        assertThat(SemverRange.minSatisfying(versions, range).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "min")));
        assertThat(SemverRange.maxSatisfying(versions, range, INCLUDE_PRERELEASE).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "includePrereleaseMax")));
        assertThat(SemverRange.minSatisfying(versions, range, INCLUDE_PRERELEASE).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "includePrereleaseMin")));
    }
}
