package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemverRangeTest {

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
        "^1.2.3 => >=1.2.3 <2.0.0",
        "^0.2.3 => >=0.2.3 <0.3.0",
        "^0.0.3 => >=0.0.3 <0.0.4",
        "^1.2.3-beta.2 => >=1.2.3-beta.2 <2.0.0",
        "^0.x => >=0.0.0 <1.0.0",
        "~1.2.3 => >=1.2.3 <1.3.0",
        "~>1.2 => >=1.2.0 <1.3.0",
        "'~ 1' => >=1.0.0 <2.0.0",
        "1.2.x => >=1.2.0 <1.3.0",
        "1.x => >=1.0.0 <2.0.0",
        ">1.2 => >=1.3.0",
        "<=1.2 => <1.3.0",
        ">* => <0.0.0-0",
        "'1.2 - 2' => >=1.2.0 <3.0.0",
        "'1.2.3 - 2.3.4-beta' => >=1.2.3 <=2.3.4-beta",
        "'>= 1.0.0' => >=1.0.0",
        "'<=  1.2.3' => <=1.2.3",
        "=1.2.3 => 1.2.3",
        "v1.2.3 => 1.2.3",
        "^v1.2.3 => >=1.2.3 <2.0.0",
        "'^1.2.3 ^2' => >=1.2.3 <2.0.0 >=2.0.0 <3.0.0",
        "'* >=1' => >=1.0.0",
        "x => *",
        "*.*.* => *",
        "'|| ^1' => ||>=1.0.0 <2.0.0",
        "'^1.0.0 ||' => >=1.0.0 <2.0.0||",
        "'1 || 2' => >=1.0.0 <2.0.0||>=2.0.0 <3.0.0",
    })
    void formatsRangeAsSemver6(String range, String formatted) {
        assertThat(SemverRange.validRange(range)).contains(formatted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(quoteCharacter = '\'', value = {
        "latest", "abc", ">>1", ">=1.2.3<2", "01.2.3", "'latest || ^1'", "'1.0.0 - '", "^", "~", ">=", "'| |'",
        "^9007199254740991.0.0",
    })
    void rejectsWhatSemver6Rejects(String range) {
        assertThat(SemverRange.validRange(range)).isEmpty();
        assertThat(SemverRange.parse(range)).isEmpty();
        assertThat(SemverRange.satisfies("1.0.0", range)).isFalse();
    }

    @Test
    void blankRangeMeansAnyVersion() {
        assertThat(SemverRange.validRange("")).contains("*");
        assertThat(SemverRange.validRange(" ")).contains("*");
        assertThat(SemverRange.parse(" ").orElseThrow()).hasToString("");
        assertThat(SemverRange.satisfies("3.1.4", " ")).isTrue();
    }

    @Test
    void emptyAlternativeMatchesEverything() {
        assertThat(SemverRange.satisfies("9.0.0", "^1.0.0 ||")).isTrue();
        assertThat(SemverRange.satisfies("9.0.0", "^1.0.0")).isFalse();
    }

    @Test
    void treatsNoBreakSpaceAsWhitespaceInRange() {
        assertThat(SemverRange.validRange("\u00a0^1.0.0")).contains(">=1.0.0 <2.0.0");
        assertThat(SemverRange.validRange("\ufeff>=\u30001.0.0")).contains(">=1.0.0");
        assertThat(SemverRange.parse("  >=1.0.0\t\t<2 ").orElseThrow().raw()).isEqualTo(">=1.0.0 <2");
    }

    @Test
    void excludesPrereleasesUnlessAComparatorNamesTheSameTuple() {
        assertThat(SemverRange.satisfies("1.2.3-gamma", "^1.2.3-beta")).isTrue();
        assertThat(SemverRange.satisfies("1.2.4-alpha", "^1.2.3-beta")).isFalse();
        assertThat(SemverRange.satisfies("1.5.0-rc.1", ">=1.0.0")).isFalse();
        SemverOptions include = SemverOptions.DEFAULT.withIncludePrerelease(true);
        assertThat(SemverRange.satisfies("1.2.4-alpha", "^1.2.3-beta", include)).isTrue();
        assertThat(SemverRange.satisfies("1.5.0-rc.1", ">=1.0.0", include)).isTrue();
        assertThat(SemverRange.validRange("1.x", include)).contains(">=1.0.0-0 <2.0.0-0");
    }

    @Test
    void testsParsedVersionsAndVersionTexts() {
        SemverRange range = SemverRange.parse(">=1.2.3 <2").orElseThrow();
        assertThat(range.test(SemVer.parse("1.9.0").orElseThrow())).isTrue();
        assertThat(range.test(SemVer.parse("2.0.0").orElseThrow())).isFalse();
        assertThat(range.test(" 1.2.3 ")).isTrue();
        assertThat(range.test("")).isFalse();
        assertThat(range.test((String) null)).isFalse();
        assertThat(range.test("1.2")).isFalse();
    }

    @Test
    void nullRangeIsNotARange() {
        assertThat(SemverRange.parse(null)).isEmpty();
        assertThat(SemverRange.validRange(null)).isEmpty();
        assertThat(SemverRange.satisfies("1.0.0", null)).isFalse();
        assertThat(SemverRange.satisfies(null, "*")).isFalse();
        assertThat(SemverRange.maxSatisfying(List.of("1.0.0"), null)).isEmpty();
    }

    @Test
    void maxSatisfyingKeepsTheTextAndTheFirstAmongEquals() {
        List<String> versions = List.of("1.0.0+b", "v1.2.0", "1.0.0+a", "latest", "1.2.0", "2.0.0", "1.3.0-beta");
        assertThat(SemverRange.maxSatisfying(versions, "^1").map(SemVer::raw)).contains("v1.2.0");
        assertThat(SemverRange.minSatisfying(versions, "^1").map(SemVer::raw)).contains("1.0.0+b");
        assertThat(SemverRange.maxSatisfying(versions, "^1", SemverOptions.DEFAULT.withIncludePrerelease(true))
                .map(SemVer::raw)).contains("1.3.0-beta");
        assertThat(SemverRange.maxSatisfying(versions, "^3")).isEmpty();
        assertThat(SemverRange.maxSatisfying(versions, "latest")).isEmpty();
    }

    @Test
    void looseModeDropsComparatorsThatStillDoNotParse() {
        SemverOptions loose = SemverOptions.DEFAULT.withLoose(true);
        assertThat(SemverRange.validRange("1.0.0 - ", loose)).contains("1.0.0");
        assertThat(SemverRange.validRange("1.0.0-01", loose)).contains("1.0.0-1");
        assertThat(SemverRange.validRange("1.0.0 - ")).isEmpty();
    }

    @Test
    void rangesAreValuesOfTheirFormAndOptions() {
        assertThat(SemverRange.parse("^1.2.3").orElseThrow()).isEqualTo(SemverRange.parse(">=1.2.3 <2").orElseThrow())
                .hasSameHashCodeAs(SemverRange.parse(">=1.2.3  <2.0.0").orElseThrow());
        assertThat(SemverRange.parse("^1.2.3").orElseThrow())
                .isNotEqualTo(SemverRange.parse("^1.2.3", SemverOptions.DEFAULT.withLoose(true)).orElseThrow());
    }
}
