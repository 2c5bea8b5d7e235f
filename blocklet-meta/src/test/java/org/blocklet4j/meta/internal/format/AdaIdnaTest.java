package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.stream.Stream;
import org.blocklet4j.meta.internal.idna.AdaIdna;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdaIdnaTest {
    static Stream<Arguments> vectors() {
        return Vectors.arguments("idna");
    }

    /** The host {@code new URL('http://' + domain)} gives: IDNA, then the forbidden domain code points. */
    @ParameterizedTest
    @MethodSource("vectors")
    @Timeout(10)
    void givesTheHostTheReferenceUrlParserGives(Vectors.Line line) {
        String host = AdaIdna.toAscii(line.input());
        if (host != null && hasForbiddenDomainCodePoint(host)) {
            host = null;
        }
        // IPv4 parsing of hosts that end in a number is not part of this class.
        assumeFalse(host != null && JoiEmail.endsInANumber(host));
        var expected = line.expected().get("host");
        if (expected.isNull()) {
            assertThat(host).isNull();
        } else {
            assertThat(host).isNotNull();
            assertThat(Vectors.matchesString(expected, host)).as("host %s", host).isTrue();
        }
    }

    @Test
    void keepsDeviationCharacters() {
        assertThat(AdaIdna.toAscii("faß.de")).isEqualTo("xn--fa-hia.de");
    }

    @Test
    void rejectsAnRtlLabelWithLatinLetters() {
        assertThat(AdaIdna.toAscii("\u05e9a.com")).isNull();
    }

    private static boolean hasForbiddenDomainCodePoint(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7F || "#/:<>?@[\\]^|%".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
