package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IsGlobTest {
    static Stream<Arguments> vectors() {
        return Vectors.arguments("glob");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    @Timeout(10)
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
