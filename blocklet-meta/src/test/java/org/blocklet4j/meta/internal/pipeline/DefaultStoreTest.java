package org.blocklet4j.meta.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsTree;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@link DefaultStore}: the {@code defaultStoreUrl} step of {@code parse()}. */
class DefaultStoreTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Function<JsonNode, String> STORE = c -> "https://store.example.com";

    private static ObjectNode meta(String components) {
        return (ObjectNode) JsTree.fromJson(JSON.readTree("{\"components\":" + components + "}"));
    }

    @Test
    void fillsInStoreForNameOrDidSource() {
        ObjectNode m = meta("[{\"source\":{\"name\":\"a\"}},{\"source\":{\"did\":\"z1\"}},{\"source\":{\"url\":\"u\"}}]");
        assertThat(DefaultStore.apply(m, STORE)).isEmpty();
        assertThat(m.get("components").toString()).isEqualTo("[{\"source\":{\"name\":\"a\",\"store\":\"https://store.example.com\"}},"
                + "{\"source\":{\"did\":\"z1\",\"store\":\"https://store.example.com\"}},{\"source\":{\"url\":\"u\"}}]");
    }

    @Test
    void replacesEmptyStoreButKeepsGivenOne() {
        ObjectNode m = meta("[{\"source\":{\"name\":\"a\",\"store\":\"\"}},{\"source\":{\"name\":\"b\",\"store\":\"https://mine\"}}]");
        DefaultStore.apply(m, STORE);
        assertThat(m.at("/components/0/source/store").stringValue()).isEqualTo("https://store.example.com");
        assertThat(m.at("/components/1/source/store").stringValue()).isEqualTo("https://mine");
    }

    @Test
    void passesCopyOfComponentToStoreFunction() {
        List<JsonNode> seen = new ArrayList<>();
        ObjectNode m = meta("[{\"name\":\"x\",\"source\":{\"name\":\"a\"}}]");
        DefaultStore.apply(m, c -> {
            seen.add(c);
            ((ObjectNode) c).put("changed", true);
            return "https://store-for-" + c.get("name").stringValue();
        });
        assertThat(seen).singleElement().satisfies(c -> assertThat(c.at("/source/store").isMissingNode()).isTrue());
        assertThat(m.at("/components/0").toString()).isEqualTo(
                "{\"name\":\"x\",\"source\":{\"name\":\"a\",\"store\":\"https://store-for-x\"}}");
    }

    @Test
    void leavesAbsentOrEmptyComponentsAlone() {
        ObjectNode none = (ObjectNode) JsTree.fromJson(JSON.readTree("{\"name\":\"x\"}"));
        assertThat(DefaultStore.apply(none, STORE)).isEmpty();
        assertThat(DefaultStore.apply(meta("[]"), STORE)).isEmpty();
    }

    @Test
    void stopsAtNullComponent() {
        List<Diagnostic> problems = DefaultStore.apply(meta("[null]"), STORE);
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fix.default-store");
            assertThat(d.pointer()).isEqualTo("/components/0");
            assertThat(d.message()).isEqualTo("Cannot read properties of null (reading 'source')");
        });
    }

    @Test
    void stopsAtStringOrMissingSourceAsTheInOperatorThrows() {
        assertThat(DefaultStore.apply(meta("[{\"source\":\"abc\"}]"), STORE)).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/components/0/source");
            assertThat(d.message()).isEqualTo("Cannot use 'in' operator to search for 'name' in abc");
        });
        assertThat(DefaultStore.apply(meta("[{\"name\":\"x\"}]"), STORE)).singleElement().satisfies(d ->
                assertThat(d.message()).isEqualTo("Cannot use 'in' operator to search for 'name' in undefined"));
    }

    @Test
    void stopsBeforeLaterComponentsAreFilledIn() {
        ObjectNode m = meta("[{\"source\":null},{\"source\":{\"name\":\"a\"}}]");
        assertThat(DefaultStore.apply(m, STORE)).singleElement().satisfies(d ->
                assertThat(d.message()).isEqualTo("Cannot use 'in' operator to search for 'name' in null"));
        assertThat(m.at("/components/1/source").has("store")).isFalse();
    }

    @Test
    void stopsAtComponentsGivenAsAString() {
        List<Diagnostic> problems = DefaultStore.apply(meta("\"abc\""), STORE);
        assertThat(problems).extracting(Diagnostic::message).containsExactly("result[prop].forEach is not a function");
    }

    @Test
    void printsANumericSourceAsJavaScriptDoes() {
        assertThat(DefaultStore.apply(meta("[{\"source\":5}]"), STORE)).extracting(Diagnostic::message)
                .containsExactly("Cannot use 'in' operator to search for 'name' in 5");
    }

    @Test
    void leavesAnArraySourceToTheSchema() {
        ObjectNode m = meta("[{\"source\":[\"name\"]}]");
        assertThat(DefaultStore.apply(m, STORE)).isEmpty();
        assertThat(m.at("/components/0/source").toString()).isEqualTo("[\"name\"]");
    }
}
