package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JoiEmailTest {
    static Stream<Arguments> vectors() {
        return Vectors.arguments("email");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    @Timeout(10)
    void agreesWithTheReference(Vectors.Line line) {
        assertThat(JoiEmail.isValid(line.input())).isEqualTo(line.expected().get("valid").booleanValue());
    }

    @Test
    void rejectsQuotedLocalParts() {
        assertThat(JoiEmail.isValid("\"a b\"@example.com")).isFalse();
    }

    @Test
    void acceptsInternationalisedDomains() {
        assertThat(JoiEmail.isValid("user@bücher.de")).isTrue();
        assertThat(JoiEmail.isValid("user@例え.テスト")).isTrue();
    }
}
