package org.blocklet4j.meta.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        return JsonLines.read(IsVarNameConformanceTest.class, RESOURCE).stream().map(node -> {
            String input = node.get("input").stringValue();
            return Arguments.of(JsonLines.label(input), input, node.get("expected").booleanValue());
        }).toList();
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
