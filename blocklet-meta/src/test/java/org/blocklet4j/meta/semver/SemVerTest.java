package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemVerTest {

    @Test
    void keepsRawTextAndNormalisesVersion() {
        SemVer v = SemVer.parse("v1.2.3-beta.1+build.5").orElseThrow();
        assertThat(v.raw()).isEqualTo("v1.2.3-beta.1+build.5");
        assertThat(v.version()).isEqualTo("1.2.3-beta.1");
        assertThat(v).hasToString("1.2.3-beta.1");
        assertThat(v.major()).isEqualTo(1);
        assertThat(v.minor()).isEqualTo(2);
        assertThat(v.patch()).isEqualTo(3);
        assertThat(v.prerelease()).containsExactly("beta", "1");
        assertThat(v.build()).containsExactly("build", "5");
    }

    @Test
    void rejectsSurroundingWhitespaceButComparesTrimmedVersions() {
        // semver.valid does not trim; new SemVer (used by compare and satisfies) does.
        assertThat(SemVer.isValid(" 1.0.0")).isFalse();
        assertThat(SemVer.isValid("1.0.0\n")).isFalse();
        assertThat(SemVer.eq(" 1.0.0 ", "1.0.0")).isTrue();
        assertThat(SemverRange.satisfies("\t1.0.0\n", "^1")).isTrue();
    }

    @Test
    void treatsJavaScriptWhitespaceAsWhitespace() {
        assertThat(SemVer.eq("\u00a01.0.0\ufeff", "1.0.0")).isTrue();
        assertThat(SemVer.eq("\u30001.0.0\u2028", "1.0.0")).isTrue();
        // U+0085 and U+180E are white space to Java's Character.isWhitespace or older Unicode, not to JavaScript.
        assertThatThrownBy(() -> SemVer.compare("\u00851.0.0", "1.0.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SemVer.compare("\u180e1.0.0", "1.0.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsVAndRejectsEqualsPrefixInStrictMode() {
        assertThat(SemVer.isValid("v1.0.0")).isTrue();
        assertThat(SemVer.isValid("=1.0.0")).isFalse();
        assertThat(SemVer.isValid("V1.0.0")).isFalse();
    }

    @Test
    void rejectsLeadingZerosAndIncompleteVersions() {
        assertThat(SemVer.isValid("01.0.0")).isFalse();
        assertThat(SemVer.isValid("1.0.0-01")).isFalse();
        assertThat(SemVer.isValid("1.0")).isFalse();
        assertThat(SemVer.isValid("1.0.0.0")).isFalse();
        assertThat(SemVer.isValid("1.0.0-")).isFalse();
        assertThat(SemVer.isValid("1.0.0-beta..1")).isFalse();
        assertThat(SemVer.isValid("1.0.0-0a")).isTrue();
    }

    @Test
    void rejectsVersionLongerThan256Characters() {
        String v256 = "1.2.3-" + "a".repeat(250);
        assertThat(v256).hasSize(256);
        assertThat(SemVer.isValid(v256)).isTrue();
        assertThat(SemVer.isValid(v256 + "a")).isFalse();
        // The length is checked before trimming.
        assertThatThrownBy(() -> SemVer.compare(" " + v256, "1.0.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than 256");
    }

    @Test
    void rejectsNumbersAboveMaxSafeInteger() {
        assertThat(SemVer.parse("9007199254740991.0.0").map(SemVer::major)).contains(9007199254740991L);
        assertThat(SemVer.isValid("9007199254740992.0.0")).isFalse();
        assertThat(SemVer.isValid("0.0.9007199254740992")).isFalse();
        // A prerelease identifier that large is kept as text and still compares as a number.
        assertThat(SemVer.parse("1.0.0-99999999999999999999").orElseThrow().prerelease())
                .containsExactly("99999999999999999999");
    }

    @Test
    void comparesNumericPrereleaseIdentifiersAsNumbers() {
        List<String> ascending = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            assertThat(SemVer.lt(ascending.get(i), ascending.get(i + 1))).as(ascending.get(i)).isTrue();
        }
        assertThat(SemVer.lt("1.0.0-2", "1.0.0-10")).isTrue();
        assertThat(SemVer.lt("1.0.0-10", "1.0.0-a")).isTrue();
    }

    @Test
    void firstDifferingPrereleaseIdentifierDecidesEvenWhenNumericallyEqual() {
        // Both round to 1e20 as JavaScript numbers; semver stops there and calls the versions equal.
        assertThat(SemVer.compare("1.0.0-99999999999999999999.1", "1.0.0-99999999999999999998.2")).isZero();
    }

    @Test
    void ignoresBuildMetadataInOrderingButNotInEquality() {
        SemVer a = SemVer.parse("1.0.0+a").orElseThrow();
        SemVer b = SemVer.parse("1.0.0+b").orElseThrow();
        assertThat(a.compareTo(b)).isZero();
        assertThat(SemVer.eq("1.0.0+a", "1.0.0+b")).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(SemVer.parse("v1.0.0+a").orElseThrow());
    }

    @Test
    void comparisonHelpersThrowOnInvalidVersion() {
        assertThatThrownBy(() -> SemVer.gte("latest", "1.0.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid Version: latest");
        assertThatThrownBy(() -> SemVer.gt("1.0.0", "1.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsNotAVersion() {
        assertThat(SemVer.parse(null)).isEmpty();
        assertThat(SemVer.isValid(null)).isFalse();
    }

    @Test
    void looseModeAcceptsLeadingZerosPrefixesAndMissingHyphen() {
        SemverOptions loose = SemverOptions.DEFAULT.withLoose(true);
        assertThat(SemVer.parse("=v01.02.03", loose).map(SemVer::version)).contains("1.2.3");
        assertThat(SemVer.parse("1.2.3beta", loose).map(SemVer::version)).contains("1.2.3-beta");
        assertThat(SemVer.parse("1.2.3-01", loose).map(SemVer::version)).contains("1.2.3-1");
        assertThat(SemVer.parse(" 1.2.3", loose)).isPresent();
        assertThat(SemVer.parse("1.2.3 ", loose)).isEmpty();
    }
}
