package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over generated versions and ranges (seeded, so every run sees the same cases). The expected values
 * themselves come from the reference vectors; these check that the pieces fit together.
 */
class SemverPropertyTest {
    private static final String[] IDENTIFIERS = {"alpha", "beta", "rc", "0", "1", "2", "10", "11", "-", "a-b", "1a",
        "x", "Beta", "9007199254740990"};
    private static final String[] PARTIAL_NUMBERS = {"0", "1", "2", "3", "10", "x", "*"};
    private static final String[] OPERATORS = {"", "", "<", ">", "<=", ">=", "=", "~", "~>", "^", "> ", "^ "};

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5eedL * 31 + i);
    }

    private static String version(Random random) {
        StringBuilder v = new StringBuilder()
                .append(random.nextInt(3)).append('.').append(random.nextInt(3)).append('.').append(random.nextInt(3));
        if (random.nextInt(10) < 6) {
            v.append('-').append(IDENTIFIERS[random.nextInt(IDENTIFIERS.length)]);
            while (random.nextBoolean()) {
                v.append('.').append(IDENTIFIERS[random.nextInt(IDENTIFIERS.length)]);
            }
        }
        if (random.nextInt(10) < 2) {
            v.append("+b").append(random.nextInt(3));
        }
        return v.toString();
    }

    private static String range(Random random) {
        List<String> alternatives = new ArrayList<>();
        do {
            if (random.nextInt(5) == 0) {
                alternatives.add(partial(random) + " - " + partial(random));
            } else {
                List<String> comparators = new ArrayList<>();
                do {
                    comparators.add(OPERATORS[random.nextInt(OPERATORS.length)] + partial(random));
                } while (random.nextInt(3) == 0);
                alternatives.add(String.join(" ", comparators));
            }
        } while (random.nextInt(4) == 0);
        return String.join(random.nextBoolean() ? "||" : " || ", alternatives);
    }

    private static String partial(Random random) {
        int parts = 1 + random.nextInt(3);
        StringBuilder p = new StringBuilder(PARTIAL_NUMBERS[random.nextInt(PARTIAL_NUMBERS.length)]);
        for (int i = 1; i < parts; i++) {
            p.append('.').append(PARTIAL_NUMBERS[random.nextInt(PARTIAL_NUMBERS.length)]);
        }
        if (parts == 3 && random.nextInt(4) == 0) {
            p.append('-').append(IDENTIFIERS[random.nextInt(IDENTIFIERS.length)]);
        }
        return p.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void orderingIsAntisymmetricAndTransitive(long seed) {
        Random random = new Random(seed);
        SemVer a = SemVer.parse(version(random)).orElseThrow();
        SemVer b = SemVer.parse(version(random)).orElseThrow();
        SemVer c = SemVer.parse(version(random)).orElseThrow();
        assertThat(a.compareTo(b)).isEqualTo(-b.compareTo(a));
        assertThat(a.compareTo(a)).isZero();
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void normalisedVersionReadsBackAsTheSameVersion(long seed) {
        SemVer v = SemVer.parse(version(new Random(seed))).orElseThrow();
        SemVer again = SemVer.parse(v.version()).orElseThrow();
        assertThat(again.version()).isEqualTo(v.version());
        assertThat(again.compareTo(v)).isZero();
        assertThat(again.build()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void formattedRangeIsAValidRangeWithTheSameMeaning(long seed) {
        Random random = new Random(seed);
        String text = range(random);
        SemverRange.parse(text).ifPresent(range -> {
            String formatted = SemverRange.validRange(text).orElseThrow();
            assertThat(SemverRange.validRange(formatted)).contains(formatted);
            for (int i = 0; i < 20; i++) {
                String v = version(random);
                assertThat(SemverRange.satisfies(v, formatted)).as("%s in %s", v, text).isEqualTo(range.test(v));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maxSatisfyingIsASatisfyingVersionNotBelowAnyOther(long seed) {
        Random random = new Random(seed);
        String range = range(random);
        List<String> versions = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            versions.add(version(random));
        }
        List<SemVer> satisfying = versions.stream().filter(v -> SemverRange.satisfies(v, range))
                .map(v -> SemVer.parse(v).orElseThrow()).toList();
        SemverRange.maxSatisfying(versions, range).ifPresentOrElse(max -> {
            assertThat(SemverRange.satisfies(max.raw(), range)).isTrue();
            assertThat(satisfying).allSatisfy(v -> assertThat(v.compareTo(max)).isLessThanOrEqualTo(0));
        }, () -> assertThat(satisfying).isEmpty());
        SemverRange.minSatisfying(versions, range).ifPresentOrElse(min ->
                assertThat(satisfying).allSatisfy(v -> assertThat(v.compareTo(min)).isGreaterThanOrEqualTo(0)),
                () -> assertThat(satisfying).isEmpty());
    }
}
