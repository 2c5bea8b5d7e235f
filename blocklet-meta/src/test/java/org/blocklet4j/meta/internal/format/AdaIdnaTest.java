package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.blocklet4j.meta.internal.idna.AdaIdna;
import org.junit.jupiter.api.Test;

/**
 * {@link AdaIdna}, the e-mail rule's domain-to-ASCII step, against {@code idna.jsonl}, which
 * {@code formats.js} records with the other format vectors.
 */
class AdaIdnaTest {
    /** The host {@code new URL('http://' + domain)} gives: IDNA, then the forbidden domain code points. */
    @VectorTest("idna")
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
