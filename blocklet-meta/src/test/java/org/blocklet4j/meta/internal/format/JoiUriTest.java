package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoiUriTest {
    @VectorTest("uri")
    void agreesWithTheReference(Vectors.Line line) {
        String s = line.input();
        var e = line.expected();
        assertThat(JoiUri.isValid(s, UriOptions.ANY)).as("uri()").isEqualTo(e.get("any").booleanValue());
        assertThat(JoiUri.isValid(s, UriOptions.HTTP)).as("http").isEqualTo(e.get("http").booleanValue());
        assertThat(JoiUri.isValid(s, UriOptions.HTTP_OR_RELATIVE)).as("httpOrRelative")
                .isEqualTo(e.get("httpOrRelative").booleanValue());
        assertThat(JoiUri.isValid(s, UriOptions.HTTP_OR_FILE)).as("httpOrFile")
                .isEqualTo(e.get("httpOrFile").booleanValue());
    }

    @Test
    void rejectsHttpWithoutHost() {
        assertThat(JoiUri.isValid("http:/", UriOptions.ANY)).isFalse();
        assertThat(JoiUri.isValid("http:///a", UriOptions.ANY)).isFalse();
        assertThat(JoiUri.isValid("file:///a", UriOptions.HTTP_OR_FILE)).isTrue();
    }

    @Test
    void acceptsCommaInSchemeAsTheReferenceRangeDoes() {
        assertThat(JoiUri.isValid("a,b:x", UriOptions.ANY)).isTrue();
    }
}
