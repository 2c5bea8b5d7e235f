package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code semver.validRange}, {@code semver.satisfies} and {@code max/minSatisfying} against semver 6.3.2. */
class SemverRangeConformanceTest {
    private static final SemverOptions LOOSE = SemverOptions.DEFAULT.withLoose(true);
    private static final SemverOptions INCLUDE_PRERELEASE = SemverOptions.DEFAULT.withIncludePrerelease(true);

    static Stream<Arguments> validRangeVectors() {
        return ReferenceVectors.read("valid-range.jsonl").stream()
                .map(row -> Arguments.of(Named.of(ReferenceVectors.label(ReferenceVectors.text(row, "input")), row)));
    }

    @ParameterizedTest
    @MethodSource("validRangeVectors")
    void validRangeAgreesWithSemver6(JsonNode row) {
        String input = ReferenceVectors.text(row, "input");
        String expected = ReferenceVectors.text(row, "range");
        assertThat(SemverRange.validRange(input)).isEqualTo(Optional.ofNullable(expected));
        assertThat(SemverRange.parse(input).map(r -> r.toString().isEmpty() ? "*" : r.toString()))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @MethodSource("validRangeVectors")
    void looseValidRangeAgreesWithSemver6(JsonNode row) {
        assertThat(SemverRange.validRange(ReferenceVectors.text(row, "input"), LOOSE))
                .isEqualTo(Optional.ofNullable(ReferenceVectors.text(row, "looseRange")));
    }

    @ParameterizedTest
    @MethodSource("validRangeVectors")
    void includePrereleaseValidRangeAgreesWithSemver6(JsonNode row) {
        assertThat(SemverRange.validRange(ReferenceVectors.text(row, "input"), INCLUDE_PRERELEASE))
                .isEqualTo(Optional.ofNullable(ReferenceVectors.text(row, "includePrereleaseRange")));
    }

    static Stream<Arguments> satisfiesVectors() {
        return ReferenceVectors.read("satisfies.jsonl").stream()
                .map(row -> Arguments.of(Named.of(ReferenceVectors.label(ReferenceVectors.text(row, "version"))
                        + " in " + ReferenceVectors.label(ReferenceVectors.text(row, "range")), row)));
    }

    @ParameterizedTest
    @MethodSource("satisfiesVectors")
    void satisfiesAgreesWithSemver6(JsonNode row) {
        String version = ReferenceVectors.text(row, "version");
        String range = ReferenceVectors.text(row, "range");
        boolean expected = row.get("satisfies").asBoolean();
        assertThat(SemverRange.satisfies(version, range)).isEqualTo(expected);
        SemverRange.parse(range).ifPresent(r -> SemVer.parse(version)
                .ifPresent(v -> assertThat(r.test(v)).isEqualTo(expected)));
        assertThat(SemverRange.satisfies(version, range, LOOSE)).isEqualTo(row.get("looseSatisfies").asBoolean());
        assertThat(SemverRange.satisfies(version, range, INCLUDE_PRERELEASE))
                .isEqualTo(row.get("includePrereleaseSatisfies").asBoolean());
    }

    static Stream<Arguments> extremeVectors() {
        return ReferenceVectors.read("extremes.jsonl").stream()
                .map(row -> Arguments.of(Named.of(row.get("versions") + " in "
                        + ReferenceVectors.label(ReferenceVectors.text(row, "range")), row)));
    }

    @ParameterizedTest
    @MethodSource("extremeVectors")
    void maxAndMinSatisfyingAgreeWithSemver6(JsonNode row) {
        List<String> versions = ReferenceVectors.strings(row.get("versions"));
        String range = ReferenceVectors.text(row, "range");
        assertThat(SemverRange.maxSatisfying(versions, range).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(ReferenceVectors.text(row, "max")));
        assertThat(SemverRange.minSatisfying(versions, range).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(ReferenceVectors.text(row, "min")));
        assertThat(SemverRange.maxSatisfying(versions, range, INCLUDE_PRERELEASE).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(ReferenceVectors.text(row, "includePrereleaseMax")));
        assertThat(SemverRange.minSatisfying(versions, range, INCLUDE_PRERELEASE).map(SemVer::raw))
                .isEqualTo(Optional.ofNullable(ReferenceVectors.text(row, "includePrereleaseMin")));
    }
}
