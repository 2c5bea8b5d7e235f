package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoiEmailTest {
    @VectorTest("email")
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
