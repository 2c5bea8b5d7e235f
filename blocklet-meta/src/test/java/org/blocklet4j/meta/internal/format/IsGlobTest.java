package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsGlobTest {
    @VectorTest("glob")
    void agreesWithTheReference(Vectors.Line line) {
        assertThat(IsGlob.test(line.input())).isEqualTo(line.expected().get("isGlob").booleanValue());
    }

    @Test
    void treatsExtglobOnOneLineOnly() {
        assertThat(IsGlob.test("+(a)")).isTrue();
        assertThat(IsGlob.test("+(a\n)")).isFalse();
    }

    @Test
    void skipsEscapedBrackets() {
        assertThat(IsGlob.test("\\[a]")).isFalse();
        assertThat(IsGlob.test("[a]")).isTrue();
    }
}
