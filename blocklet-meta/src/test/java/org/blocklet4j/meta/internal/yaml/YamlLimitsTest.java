package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blocklet4j.meta.internal.yaml.YamlAssert.assertFails;
import static org.blocklet4j.meta.internal.yaml.YamlAssert.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Each bound of {@link YamlLimits}, and the hostile inputs they exist for. */
class YamlLimitsTest {

    /** Runs {@code load} on a thread with a small stack: loading must not recurse with the input's nesting. */
    private static YamlLoad onSmallStack(Supplier<YamlLoad> load) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(load.get());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(YamlLoad.class);
        return (YamlLoad) result.get();
    }

    @Test
    void defaultsMirrorJsYamlAndSnakeyamlEngine() {
        assertThat(YamlLimits.DEFAULTS.maxDepth()).isEqualTo(100);
        assertThat(YamlLimits.DEFAULTS.maxCodePoints()).isEqualTo(1024 * 1024);
        assertThat(YamlLimits.DEFAULTS.maxMergeSources()).isEqualTo(100);
        assertThat(YamlLimits.DEFAULTS.maxMergeKeys()).isEqualTo(10_000);
        assertThat(YamlLimits.DEFAULTS.maxAliasExpansion()).isEqualTo(1_000_000L);
        assertThat(YamlLimits.DEFAULTS.maxNodes()).isEqualTo(50_000);
    }

    @Test
    void rejectsNegativeLimits() {
        assertThatThrownBy(() -> new YamlLimits(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new YamlLimits(1, -1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsOneHundredThousandNestedFlowSequencesWithoutDeepRecursion() throws InterruptedException {
        YamlLoad load = onSmallStack(() -> JsYaml.load("[".repeat(100_000)));
        assertThat(load.problems()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("yaml.depth"));
        YamlLoad closed = onSmallStack(() -> JsYaml.load("a: " + "[".repeat(100_000) + "]".repeat(100_000)));
        assertThat(closed.problems()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("yaml.depth"));
    }

    @Test
    void rejectsDeeplyNestedJsonWithoutDeepRecursion() throws InterruptedException {
        YamlLoad load = onSmallStack(() -> JsJson.load("[".repeat(100_000) + "]".repeat(100_000)));
        assertThat(load.problems()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("json.depth"));
    }

    @Test
    void rejectsOneHundredAndOneNestedBlockMappings() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            s.append("  ".repeat(i)).append("k:\n");
        }
        assertFails(s.append("  ".repeat(101)).append("x\n").toString(), "yaml.depth");
    }

    @Test
    void honoursAConfiguredDepth() {
        YamlLimits shallow = new YamlLimits(3, 1_000, 1_000, 100, 10_000);
        assertThat(JsYaml.load("a: {b: c}", shallow).isLoaded()).isTrue();
        assertThat(JsYaml.load("a: {b: [c]}", shallow).problems()).extracting(d -> d.code()).containsExactly("yaml.depth");
    }

    @Test
    void boundsDepthThroughAliases() {
        String deep = "a: &a " + "[".repeat(90) + "]".repeat(90) + "\n";
        assertThat(JsYaml.load(deep + "b: [[[*a]]]").isLoaded()).isTrue();
        assertFails(deep + "b: " + "[".repeat(12) + "*a" + "]".repeat(12), "yaml.depth");
        StringBuilder chain = new StringBuilder("a0: &a0 " + "[".repeat(50) + "]".repeat(50) + "\n");
        for (int i = 1; i < 10; i++) {
            chain.append('a').append(i).append(": &a").append(i).append(' ').append("[".repeat(50)).append("*a")
                    .append(i - 1).append("]".repeat(50)).append('\n');
        }
        assertFails(chain.toString(), "yaml.depth");
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            b.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8))
                    .append('*').append(previous).append("]\n");
            previous = c;
        }
        return b.toString();
    }

    @Test
    void rejectsBillionLaughsByItsExpandedSize() {
        assertThat(assertFails(billionLaughs(), "yaml.aliases").position()).isNotNull();
    }

    @Test
    void loadsSixtyCollectionAliases() {
        StringBuilder s = new StringBuilder("base: &base {a: 1, b: [1, 2, 3], c: {d: e}}\n");
        for (int i = 0; i < 60; i++) {
            s.append('k').append(i).append(": *base\n");
        }
        JsonNode v = load(s.toString());
        assertThat(v.size()).isEqualTo(61);
        assertThat(v.get("k59")).isSameAs(v.get("base"));
    }

    @Test
    void loadsAThousandScalarAliases() {
        StringBuilder s = new StringBuilder("s: &s x\nl:\n");
        for (int i = 0; i < 1000; i++) {
            s.append("  - *s\n");
        }
        assertThat(load(s.toString()).get("l").size()).isEqualTo(1000);
    }

    @Test
    void countsWhatAliasesRepeat() {
        // base has 5 nodes; each alias adds 4 when expanded.
        YamlLimits limits = new YamlLimits(100, 8, 1_000, 100, 10_000);
        assertThat(JsYaml.load("base: &b [1, 2, 3, 4]\nx: *b\ny: *b", limits).isLoaded()).isTrue();
        assertThat(JsYaml.load("base: &b [1, 2, 3, 4]\nx: *b\ny: *b\nz: *b", limits).problems())
                .extracting(d -> d.code()).containsExactly("yaml.aliases");
    }

    @Test
    void rejectsMoreNodesThanTheLimit() {
        YamlLimits five = new YamlLimits(100, 1_000, 1_000, 100, 10_000, 5);
        // The mapping and its four scalars, keys included.
        assertThat(JsYaml.load("a: 1\nb: 2", five).isLoaded()).isTrue();
        assertThat(JsYaml.load("a: 1\nb: 2\nc: 3", five).problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml.nodes");
            assertThat(d.position()).isEqualTo(new org.blocklet4j.meta.SourcePosition(3, 1));
        });
        // In JSON only values count.
        assertThat(JsJson.load("{\"a\": [1, 2, 3]}", five).isLoaded()).isTrue();
        assertThat(JsJson.load("[1, 2, 3, 4, 5]", five).problems()).extracting(d -> d.code())
                .containsExactly("json.nodes");
    }

    @Test
    void countsAnAliasOnceAgainstTheNodeLimit() {
        YamlLimits limits = new YamlLimits(100, 1_000, 1_000, 100, 10_000, 13);
        // The root, then 6 + 2 + 2 + 2: what the aliases repeat is bounded by maxAliasExpansion instead.
        assertThat(JsYaml.load("a: &a [1, 2, 3, 4]\nb: *a\nc: *a\nd: *a", limits).isLoaded()).isTrue();
        assertThat(JsYaml.load("a: &a [1, 2, 3, 4]\nb: *a\nc: *a\nd: *a\ne: *a", limits).problems())
                .extracting(d -> d.code()).containsExactly("yaml.nodes");
    }

    /**
     * Found by the small-heap test: a manifest of 100,000 keys loaded, and the pipeline's copies and warnings then
     * needed more than 64 MiB. The node limit stops it while loading.
     */
    @Test
    void hundredThousandKeysStopAtTheNodeLimit() {
        StringBuilder yaml = new StringBuilder();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            // Short keys, so that 100,000 of them fit the input bound.
            yaml.append('k').append(Integer.toHexString(i)).append(": 1\n");
            json.append(i == 0 ? "" : ",").append('"').append(Integer.toHexString(i)).append("\":1");
        }
        assertThat(JsYaml.load(yaml.toString()).problems()).extracting(d -> d.code()).containsExactly("yaml.nodes");
        assertThat(JsJson.load(json.append('}').toString()).problems()).extracting(d -> d.code())
                .containsExactly("json.nodes");
        // Half of that is within the default limit.
        assertThat(JsYaml.load(yaml.substring(0, yaml.indexOf("k" + Integer.toHexString(24_000) + ":"))).isLoaded()).isTrue();
    }

    @Test
    void readsAFiveThousandDigitIntegerAsAString() {
        String digits = "9".repeat(5000);
        assertThat(YamlAssert.scalar(digits).stringValue()).isEqualTo(digits);
        assertThat(YamlAssert.scalar("1".repeat(5000)).isString()).isTrue();
        // JSON.parse reads any length, giving Infinity; the number limit stops it first, unless raised.
        assertThat(JsJson.load(digits).problems()).extracting(d -> d.code()).containsExactly("json.number-too-long");
        YamlLimits longNumbers = new YamlLimits(100, 1_000_000L, 1024 * 1024, 100, 10_000, 50_000, 65_536, 5_000);
        assertThat(JsJson.load(digits, longNumbers).value().doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void rejectsTextLongerThanTheCodePointLimit() {
        YamlLimits small = new YamlLimits(100, 1_000, 10, 100, 10_000);
        assertThat(JsYaml.load("a: 1234567", small).isLoaded()).isTrue();
        assertThat(JsYaml.load("a: 12345678", small).problems()).extracting(d -> d.code()).containsExactly("yaml.too-large");
        assertThat(JsYaml.load("a: 😀😀😀😀😀😀😀", small).isLoaded()).isTrue();
        assertThat(JsYaml.load(new byte[64], small).problems()).extracting(d -> d.code()).containsExactly("yaml.too-large");
        assertThat(JsJson.load("[1,2,3,4,5,6]", small).problems()).extracting(d -> d.code()).containsExactly("json.too-large");
    }

    @Test
    void acceptsTextUpToOneMebibyte() {
        YamlLimits longStrings = new YamlLimits(100, 1_000_000L, 1024 * 1024, 100, 10_000, 50_000, 1024 * 1024,
                1_000);
        String almost = "a: " + "x".repeat(1024 * 1024 - 3);
        assertThat(JsYaml.load(almost, longStrings).isLoaded()).isTrue();
        assertThat(JsYaml.load(almost + "x", longStrings).problems()).extracting(d -> d.code())
                .containsExactly("yaml.too-large");
    }

    @Test
    void loadsLongSingleLineScalarsWhenTheLimitsAllowThem() {
        YamlLimits big = new YamlLimits(100, 1_000_000L, 3 * 1024 * 1024, 100, 10_000, 50_000, 3 * 1024 * 1024,
                1_000);
        String two = "x".repeat(2 * 1024 * 1024);
        assertThat(JsYaml.load("a: " + two, big).value().get("a").stringValue()).hasSize(two.length());
        assertThat(JsYaml.load("a: \"" + two + "\"", big).value().get("a").stringValue()).hasSize(two.length());
    }

    @Test
    void rejectsStringsAndKeysLongerThanTheStringLimit() {
        String max = "x".repeat(65_536);
        assertThat(JsYaml.load("a: " + max).isLoaded()).isTrue();
        for (String text : List.of("a: " + max + "x", "a: '" + max + "x'", max + "x: 1", "a: !!str " + max + "x",
                "a: |\n  " + max + "x\n")) {
            assertThat(JsYaml.load(text).problems()).extracting(d -> d.code()).containsExactly("yaml.string-too-long");
        }
        assertThat(JsJson.load("{\"a\": \"" + max + "x\"}").problems()).extracting(d -> d.code())
                .containsExactly("json.string-too-long");
        assertThat(JsJson.load("{\"" + max + "x\": 1}").problems()).extracting(d -> d.code())
                .containsExactly("json.string-too-long");
    }

    @Test
    void rejectsNumbersLongerThanTheNumberLimit() {
        String digits = "1".repeat(998);
        // A long run of digits is a string to js-yaml; a float is a number, bounded.
        assertThat(JsYaml.load("a: 0." + digits).value().get("a").isNumber()).isTrue();
        assertThat(JsYaml.load("a: 0." + digits + "1").problems()).extracting(d -> d.code())
                .containsExactly("yaml.number-too-long");
        assertThat(JsYaml.load("a: !!float 0." + digits + "1").problems()).extracting(d -> d.code())
                .containsExactly("yaml.number-too-long");
        assertThat(JsYaml.load("a: '0." + digits + "1'").isLoaded()).isTrue();
        assertThat(JsJson.load("[1" + digits + "1]").isLoaded()).isTrue();
        assertThat(JsJson.load("[1" + digits + "11]").problems()).extracting(d -> d.code())
                .containsExactly("json.number-too-long");
        assertThat(JsJson.load("[1e" + digits + "11]").problems()).extracting(d -> d.code())
                .containsExactly("json.number-too-long");
    }

    @Test
    void rejectsMoreMergeWorkThanJsYamlAllows() {
        StringBuilder s = new StringBuilder("b: &b {");
        for (int i = 0; i < 200; i++) {
            s.append('k').append(i).append(": 1, ");
        }
        s.append("z: 1}\n");
        for (int i = 0; i < 60; i++) {
            s.append('m').append(i).append(": {<<: *b}\n");
        }
        assertFails(s.toString(), "yaml.merge");
    }

    @Test
    void honoursConfiguredMergeLimits() {
        YamlLimits limits = new YamlLimits(100, 1_000, 1_000, 2, 5);
        assertThat(JsYaml.load("<<: [{a: 1}, {b: 2}]", limits).isLoaded()).isTrue();
        assertThat(JsYaml.load("<<: [{a: 1}, {b: 2}, {c: 3}]", limits).problems()).extracting(d -> d.message())
                .containsExactly("abnormal merge sequence size");
        assertThat(JsYaml.load("<<: [{a: 1, b: 2}, {c: 3, d: 4}]", limits).problems()).extracting(d -> d.message())
                .containsExactly("merge keys exceeded maxTotalMergeKeys (5)");
    }
}
