package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.blocklet4j.meta.testing.JsonLines;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code semver.valid}, {@code semver.parse}, {@code new SemVer} and {@code semver.compare} against semver 6.3.2. */
class SemVerConformanceTest {

    static Stream<Arguments> validVectors() {
        return JsonLines.named(SemVerConformanceTest.class, "valid.jsonl", "input");
    }

    @ParameterizedTest
    @MethodSource("validVectors")
    void validAgreesWithSemver6(JsonNode row) {
        String input = JsonLines.text(row, "input");
        assertThat(SemVer.parse(input).map(SemVer::version))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "valid")));
        assertThat(SemVer.isValid(input)).isEqualTo(JsonLines.text(row, "valid") != null);
        assertParts(SemVer.parse(input), row.get("parsed"), input);
        SemVer.parse(input).ifPresent(v -> assertThat(SemVer.parse(v.version()))
                .hasValueSatisfying(normalised -> assertThat(normalised.compareTo(v)).isZero()));
    }

    @ParameterizedTest
    @MethodSource("validVectors")
    void looseValidAgreesWithSemver6(JsonNode row) {
        String input = JsonLines.text(row, "input");
        SemverOptions loose = SemverOptions.DEFAULT.withLoose(true);
        assertThat(SemVer.parse(input, loose).map(SemVer::version))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "looseValid")));
        assertParts(SemVer.parse(input, loose), row.get("looseParsed"), input);
    }

    @ParameterizedTest
    @MethodSource("validVectors")
    void constructorTrimsLikeNewSemVer(JsonNode row) {
        String input = JsonLines.text(row, "input");
        String expected = JsonLines.text(row, "constructed");
        if (expected == null) {
            assertThatThrownBy(() -> SemVer.compare(input, "0.0.0")).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(SemVer.construct(input, false).version()).isEqualTo(expected);
            assertThat(SemVer.eq(input, expected)).isTrue();
        }
    }

    private static void assertParts(Optional<SemVer> parsed, JsonNode expected, @Nullable String input) {
        if (expected.isNull()) {
            assertThat(parsed).isEmpty();
            return;
        }
        assertThat(parsed).isPresent();
        SemVer v = parsed.get();
        assertThat(v.raw()).isEqualTo(input);
        assertThat(v.major()).isEqualTo(expected.get("major").asLong());
        assertThat(v.minor()).isEqualTo(expected.get("minor").asLong());
        assertThat(v.patch()).isEqualTo(expected.get("patch").asLong());
        assertThat(v.prerelease()).isEqualTo(JsonLines.strings(expected.get("prerelease")));
        assertThat(v.build()).isEqualTo(JsonLines.strings(expected.get("build")));
        assertThat(v.version()).isEqualTo(expected.get("version").stringValue());
    }

    static Stream<Arguments> compareVectors() {
        return JsonLines.named(SemVerConformanceTest.class, "compare.jsonl",
                row -> JsonLines.label(JsonLines.text(row, "a")) + " vs " + JsonLines.label(JsonLines.text(row, "b")));
    }

    @ParameterizedTest
    @MethodSource("compareVectors")
    void compareAgreesWithSemver6(JsonNode row) {
        String a = JsonLines.text(row, "a");
        String b = JsonLines.text(row, "b");
        JsonNode expected = row.get("compare");
        if (expected.isNull()) {
            assertThatThrownBy(() -> SemVer.compare(a, b)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> SemVer.gte(a, b)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        int c = expected.asInt();
        assertThat(SemVer.compare(a, b)).isEqualTo(c);
        assertThat(SemVer.construct(a, false).compareTo(SemVer.construct(b, false))).isEqualTo(c);
        assertThat(SemVer.gt(a, b)).isEqualTo(c > 0);
        assertThat(SemVer.gte(a, b)).isEqualTo(c >= 0);
        assertThat(SemVer.lt(a, b)).isEqualTo(c < 0);
        assertThat(SemVer.lte(a, b)).isEqualTo(c <= 0);
        assertThat(SemVer.eq(a, b)).isEqualTo(c == 0);
        assertThat(SemVer.neq(a, b)).isEqualTo(c != 0);
    }
}
