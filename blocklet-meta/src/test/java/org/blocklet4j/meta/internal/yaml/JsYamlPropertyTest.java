package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.blocklet4j.meta.internal.js.JsTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Random small YAML documents from a grammar (block and flow collections, plain, quoted and block scalars of every
 * implicit type, tricky keys, anchors, aliases, merge keys, comments) load, give the same result twice, have a
 * source position for every part, and survive a JSON round trip; mutated documents never throw.
 */
class JsYamlPropertyTest {
    private static final String[] PLAIN = {"abc", "a b c", "12", "-3", "012", "08", "0x1F", "0o17", "0b11", "1.5",
        "1e3", ".5", ".inf", "-.Inf", ".nan", "true", "False", "yes", "null", "~", "2022-01-01",
        "2022-01-01T10:00:00Z", "1e400", "1_000", "https://example.com/x?y=1", "<<", "x-y_z"};
    private static final String[] QUOTED = {"''", "'it''s'", "'a: b'", "\"\"", "\"tab\\there\"", "\"\\u00e9\"",
        "\"😀\"", "\"line\\nbreak\"", "'012'", "\"true\"", "\"[not, a, list]\"", "' lead'", "'@scope/pkg'", "'-'", "\"\\x41\\\\\""};
    private static final String[] KEYS = {"a", "b", "name", "version", "1", "0", "01", "-1", "4294967295",
        "4294967294", "1.5", "__proto__", "'quoted key'", "\"k/e~y\"", "~", "true", "2022-01-01", "0x10",
        "\"\"", "'<<'", "[1, 2]", "x y"};
    private static final String[] MUTATIONS = {":", "- ", "[", "]", "{", "}", "&x ", "*x", "!!str ", "!foo ", "|",
        ">", "\t", "\n", " ", "\"", "'", "#", "\u0001", "\u0085", "\uD800", "😀", "<<: ", "---\n", "...\n", "%",
        "? ", ",", "\r", "\\", "\u00a0", "\uFEFF", "\u007f", "!!binary ", "!!set ", "&a [*a]"};

    static Stream<Arguments> seeds() {
        Random seeds = new Random(0x5EED_2026L);
        return LongStream.range(0, 300).mapToObj(i -> Arguments.of(seeds.nextLong()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void loadsGeneratedDocumentsTheSameWayTwice(long seed) {
        String yaml = new DocumentGenerator(new Random(seed)).document();
        YamlLoad first = JsYaml.load(yaml);
        YamlLoad second = JsYaml.load(yaml);
        assertThat(first.problems()).as("loading\n%s", yaml).isEmpty();
        assertThat(Canonical.of(second.value())).isEqualTo(Canonical.of(first.value()));

        // Every part of the value has a position, itself or (beneath an alias) an ancestor's.
        assertThat(first.sourceMap().value("")).isNotNull();
        forEachPointer(first.value(), "", pointer ->
                assertThat(first.sourceMap().nearest(pointer)).as("position of %s in\n%s", pointer, yaml).isNotNull());

        // JSON is YAML: the value written as JSON loads back to the same JSON value, by either loader.
        JsonNode json = JsTree.toJson(first.value());
        String text = json.toString();
        assertThat(Canonical.of(JsJson.load(text).value())).isEqualTo(Canonical.of(json));
        assertThat(Canonical.of(JsYaml.load(text).value())).isEqualTo(Canonical.of(json));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsOnMutatedDocuments(long seed) {
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder(new DocumentGenerator(random).document());
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && yaml.length() > 0; i++) {
            int at = random.nextInt(yaml.length());
            switch (random.nextInt(3)) {
                case 0 -> yaml.insert(at, MUTATIONS[random.nextInt(MUTATIONS.length)]);
                case 1 -> yaml.delete(at, Math.min(yaml.length(), at + 1 + random.nextInt(4)));
                default -> yaml.insert(at, yaml.substring(at, Math.min(yaml.length(), at + random.nextInt(20))));
            }
        }
        String text = yaml.toString();
        YamlLoad first = JsYaml.load(text);
        YamlLoad second = JsYaml.load(text);
        assertThat(first.isLoaded()).isEqualTo(second.isLoaded());
        if (first.isLoaded()) {
            assertThat(Canonical.of(second.value())).isEqualTo(Canonical.of(first.value()));
        } else {
            assertThat(second.problems()).isEqualTo(first.problems());
            assertThat(first.problems().get(0).code()).startsWith("yaml.");
        }
        YamlLoad json = JsJson.load(text);
        assertThat(json.isLoaded() || json.problems().get(0).code().startsWith("json.")).isTrue();
    }

    private interface PointerCheck {
        void check(String pointer);
    }

    private static void forEachPointer(JsonNode node, String pointer, PointerCheck check) {
        check.check(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String segment = e.getKey().replace("~", "~0").replace("/", "~1");
                forEachPointer(e.getValue(), pointer + "/" + segment, check);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachPointer(node.get(i), pointer + "/" + i, check);
            }
        }
    }

    /** Writes one random, valid document. */
    static final class DocumentGenerator {
        private final Random random;
        private final List<String> anchors = new ArrayList<>();
        private final List<String> mappingAnchors = new ArrayList<>();
        private int nextAnchor;

        DocumentGenerator(Random random) {
            this.random = random;
        }

        String document() {
            StringBuilder out = new StringBuilder();
            if (random.nextInt(8) == 0) {
                out.append("# generated\n");
            }
            if (random.nextInt(8) == 0) {
                out.append("---\n");
            }
            switch (random.nextInt(4)) {
                case 0 -> blockSequence(out, 0, 0);
                case 1 -> out.append(flow(0)).append('\n');
                default -> blockMapping(out, 0, 0);
            }
            return out.toString();
        }

        private String anchor() {
            if (random.nextInt(6) != 0) {
                return "";
            }
            return "&a" + nextAnchor++ + " ";
        }

        private void register(String anchorText, boolean mapping) {
            if (!anchorText.isEmpty()) {
                String name = anchorText.substring(1, anchorText.length() - 1);
                anchors.add(name);
                if (mapping) {
                    mappingAnchors.add(name);
                }
            }
        }

        private String scalar(boolean inFlow) {
            int pick = random.nextInt(10);
            if (pick < 5) {
                String plain = PLAIN[random.nextInt(PLAIN.length)];
                if (inFlow && plain.contains("?")) {
                    return "'" + plain + "'";
                }
                return plain;
            }
            if (pick < 9) {
                return QUOTED[random.nextInt(QUOTED.length)];
            }
            return "\"" + randomText() + "\"";
        }

        private String randomText() {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                int c = switch (random.nextInt(5)) {
                    case 0 -> 'a' + random.nextInt(26);
                    case 1 -> ' ';
                    case 2 -> 0xA0 + random.nextInt(0x2000);
                    case 3 -> 0x1F600 + random.nextInt(50);
                    default -> "/~:#,[]{}".charAt(random.nextInt(9));
                };
                s.appendCodePoint(c);
            }
            return s.toString();
        }

        private String key(boolean inFlow) {
            String key = KEYS[random.nextInt(KEYS.length)];
            return inFlow && key.startsWith("[") ? "\"" + key + "\"" : key;
        }

        private String alias() {
            return anchors.isEmpty() || random.nextInt(8) != 0 ? null : "*" + anchors.get(random.nextInt(anchors.size()));
        }

        /** An inline node: a scalar, an alias or a flow collection. */
        private String inline(int depth) {
            String alias = alias();
            if (alias != null) {
                return alias;
            }
            if (depth < 4 && random.nextInt(4) == 0) {
                return flow(depth);
            }
            String a = anchor();
            register(a, false);
            return a + scalar(false);
        }

        private String flow(int depth) {
            String a = anchor();
            boolean mapping = random.nextBoolean();
            StringBuilder out = new StringBuilder(a).append(mapping ? '{' : '[');
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(random.nextBoolean() ? ", " : ",\n  ");
                }
                if (mapping) {
                    out.append(key(true)).append(": ");
                }
                String alias = alias();
                if (alias != null) {
                    out.append(alias);
                } else if (depth < 4 && random.nextInt(4) == 0) {
                    out.append(flow(depth + 1));
                } else {
                    String sa = anchor();
                    register(sa, false);
                    out.append(sa).append(scalar(true));
                }
            }
            register(a, mapping);
            return out.append(mapping ? '}' : ']').toString();
        }

        private void blockMapping(StringBuilder out, int indent, int depth) {
            int n = 1 + random.nextInt(4);
            String pad = " ".repeat(indent);
            if (!mappingAnchors.isEmpty() && random.nextInt(5) == 0) {
                out.append(pad).append("<<: *").append(mappingAnchors.get(random.nextInt(mappingAnchors.size())))
                        .append('\n');
            }
            for (int i = 0; i < n; i++) {
                out.append(pad).append(key(false)).append(':');
                value(out, indent, depth);
            }
        }

        private void blockSequence(StringBuilder out, int indent, int depth) {
            int n = 1 + random.nextInt(4);
            String pad = " ".repeat(indent);
            for (int i = 0; i < n; i++) {
                out.append(pad).append('-');
                value(out, indent, depth);
            }
        }

        /** After {@code key:} or {@code -}: an inline node, a block scalar or a nested block collection. */
        private void value(StringBuilder out, int indent, int depth) {
            int pick = random.nextInt(10);
            if (depth < 4 && pick < 3) {
                String a = anchor();
                boolean mapping = random.nextBoolean();
                out.append(a.isEmpty() ? "" : " " + a.strip()).append('\n');
                if (mapping) {
                    blockMapping(out, indent + 2, depth + 1);
                } else {
                    blockSequence(out, indent + 2, depth + 1);
                }
                register(a, mapping);
            } else if (pick == 3) {
                out.append(random.nextBoolean() ? " |" : " >").append(random.nextBoolean() ? "-" : "").append('\n');
                int lines = 1 + random.nextInt(3);
                for (int l = 0; l < lines; l++) {
                    String line = randomText().strip();
                    out.append(" ".repeat(indent + 2)).append(line.isEmpty() ? "x" : line).append('\n');
                }
            } else {
                out.append(' ').append(inline(depth));
                if (random.nextInt(6) == 0) {
                    out.append(" # note");
                }
                out.append('\n');
            }
        }
    }
}
