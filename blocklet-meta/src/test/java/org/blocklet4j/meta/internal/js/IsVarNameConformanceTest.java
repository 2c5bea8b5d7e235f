package org.blocklet4j.meta.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares {@link IsVarName} with is-var-name 2.0.0 run in Node 20 on the inputs of
 * {@code conformance/reference/vectors/is-var-name.js}: hand-written cases (identifier characters at every range
 * boundary, escapes, reserved words, comments, initialisers of every expression kind, destructuring, templates,
 * regular expressions, ASI, line terminators, trims, injection attempts, statements inside functions and
 * classes) and seeded random inputs from a small JavaScript grammar with token-level mutations.
 */
class IsVarNameConformanceTest {
    private static final String RESOURCE = "is-var-name.jsonl";

    /**
     * Every input where the port knowingly disagrees with the reference, with the reason. Only nesting deeper
     * than {@link JsParser#MAX_DEPTH} levels: V8 gives up later (between about 1,000 and 12,000 levels, when
     * its stack runs out) than the port, which must stay inside a Java thread stack.
     */
    static final Map<String, String> KNOWN_DIFFERENCES = knownDifferences();

    private static Map<String, String> knownDifferences() {
        String reason = "nested deeper than JsParser.MAX_DEPTH; V8's stack allows 500 levels of it";
        int n = 500;
        List<String> deep = List.of(
                "a=" + "(".repeat(n) + "b" + ")".repeat(n),
                "a=" + "[".repeat(n) + "]".repeat(n),
                "a=" + "{b:".repeat(n) + "1" + "}".repeat(n),
                "[".repeat(n) + "a" + "]".repeat(n) + "=[]",
                "a=" + "!".repeat(n) + "b",
                "a=" + "b=".repeat(n) + "1",
                "a=" + "b?c:".repeat(n) + "1",
                "a=" + "b**".repeat(n) + "1",
                "a=" + "f(".repeat(n) + ")".repeat(n),
                "a=()=>{" + "{".repeat(n) + "}".repeat(n) + "}",
                "a=" + "()=>".repeat(n / 2) + "1",
                "a=" + "`${".repeat(n / 2) + "1" + "}`".repeat(n / 2));
        Map<String, String> map = new LinkedHashMap<>();
        for (String input : deep) {
            map.put(input, reason);
        }
        return map;
    }

    static List<Arguments> vectors() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Arguments> result = new ArrayList<>();
        InputStream in = IsVarNameConformanceTest.class.getResourceAsStream(RESOURCE);
        assertThat(in).as(RESOURCE).isNotNull();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                String input = node.get("input").stringValue();
                boolean expected = node.get("expected").booleanValue();
                result.add(Arguments.of(display(input), input, expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** A short printable, quoted rendering for the test name. */
    private static String display(String input) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < input.length() && sb.length() < 60; i++) {
            char c = input.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append('"');
        if (sb.length() >= 60) {
            sb.append(" (").append(input.length()).append(" chars)");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void agreesWithIsVarNameInNode(String display, String input, boolean expected) {
        String knownDifference = KNOWN_DIFFERENCES.get(input);
        if (knownDifference != null) {
            assertThat(IsVarName.test(input)).as(knownDifference).isEqualTo(!expected);
            return;
        }
        assertThat(IsVarName.test(input)).as(display).isEqualTo(expected);
    }

    @Test
    void vectorsAreManyAndMixed() {
        List<Arguments> vectors = vectors();
        long accepted = vectors.stream().filter(a -> (Boolean) a.get()[2]).count();
        assertThat(vectors).hasSizeGreaterThan(2000);
        assertThat(accepted).isGreaterThan(vectors.size() / 4).isLessThan(vectors.size() * 3L / 4);
    }

    @Test
    void everyKnownDifferenceIsAVector() {
        List<String> inputs = vectors().stream().map(a -> (String) a.get()[1]).toList();
        assertThat(inputs).containsAll(KNOWN_DIFFERENCES.keySet());
    }
}
