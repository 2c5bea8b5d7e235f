package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants over seeded random inputs. */
class FormatPropertiesTest {
    private static final String ALPHABET = "aZ09-._/:@?#[]%! \t\u00e9\u00fc\u4f8b\ud83d\ude00\u200c\u0301\u3002.";

    static Stream<String> randomStrings() {
        Random random = new Random(20240611L);
        return IntStream.range(0, 500).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return s.toString();
        });
    }

    static Stream<String> randomIpv4() {
        Random random = new Random(7L);
        return IntStream.range(0, 200).mapToObj(i -> random.nextInt(256) + "." + random.nextInt(256) + "."
                + random.nextInt(256) + "." + random.nextInt(256)
                + (random.nextBoolean() ? "/" + random.nextInt(33) : ""));
    }

    static Stream<String> randomDates() {
        Random random = new Random(42L);
        return IntStream.range(0, 300).mapToObj(i -> String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                random.nextInt(10000), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                random.nextInt(60), random.nextInt(60), random.nextInt(1000)));
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    @Timeout(10)
    void makesEveryStringAValidUrlPathOnce(String s) {
        String friendly = UrlPaths.urlPathFriendly(s);
        assertThat(UrlPaths.isValidUrlPath(friendly)).isTrue();
        assertThat(UrlPaths.urlPathFriendly(friendly)).isEqualTo(friendly);
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    @Timeout(10)
    void answersEveryRuleWithoutThrowing(String s) {
        JoiEmail.isValid(s);
        JoiEmail.isValid(s + "@" + s + ".com");
        JoiUri.isValid(s, UriOptions.ANY);
        JoiUri.isValid("http://" + s, UriOptions.HTTP_OR_RELATIVE);
        JoiIp.isValid(s);
        JoiIsoDate.convert(s, ZoneId.of("UTC"));
        IsGlob.test(s);
        UrlPaths.checkLink(s);
    }

    @ParameterizedTest
    @MethodSource("randomIpv4")
    void acceptsEveryIpv4AddressWithAPrefixLength(String address) {
        assertThat(JoiIp.isValid(address)).isTrue();
        assertThat(JoiUri.isValid("http://" + address.replaceFirst("/.*", "") + "/x", UriOptions.HTTP)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("randomDates")
    void keepsUtcIsoStringsAsTheyAre(String date) {
        assertThat(JoiIsoDate.convert(date, ZoneId.of("Asia/Shanghai"))).isEqualTo(date);
    }
}
