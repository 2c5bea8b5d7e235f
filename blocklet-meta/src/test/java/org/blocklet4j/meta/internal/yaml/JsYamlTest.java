package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blocklet4j.meta.internal.yaml.YamlAssert.assertFails;
import static org.blocklet4j.meta.internal.yaml.YamlAssert.assertLoadsAs;
import static org.blocklet4j.meta.internal.yaml.YamlAssert.load;
import static org.blocklet4j.meta.internal.yaml.YamlAssert.scalar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.blocklet4j.meta.internal.js.JsTree;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.DoubleNode;

/** What js-yaml 4.3.2 does with {@code json: true}, case by case (reference facts §2.1). */
class JsYamlTest {

    @Nested
    class ImplicitResolution {
        @Test
        void resolvesPlainScalarsOnly() {
            assertLoadsAs("a: '123'\nb: \"true\"\nc: 123\nd: true\ne: |\n  1\n", "{\"a\":\"123\",\"b\":\"true\",\"c\":123,\"d\":true,\"e\":\"1\\n\"}");
        }

        @Test
        void leavesNonSpecificTaggedScalarsAsStrings() {
            assertLoadsAs("a: ! 12\nb: ! true\nc: !\n", "{\"a\":\"12\",\"b\":\"true\",\"c\":null}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
        void readsNullForms(String s) {
            assertThat(scalar(s).isNull()).isTrue();
        }

        @Test
        void readsEmptyNodesAsNull() {
            assertLoadsAs("a:\nb:\n", "{\"a\":null,\"b\":null}");
            assertLoadsAs("- \n-\n", "[null,null]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"true", "True", "TRUE"})
        void readsTrueForms(String s) {
            assertThat(scalar(s).booleanValue()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "False", "FALSE"})
        void readsFalseForms(String s) {
            assertThat(scalar(s).isBoolean()).isTrue();
            assertThat(scalar(s).booleanValue()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "tRUE", "nULL"})
        void keepsYaml11WordsAsStrings(String s) {
            assertThat(scalar(s).stringValue()).isEqualTo(s);
        }

        @Test
        void readsLeadingZeroAsDecimal() {
            assertThat(scalar("012").doubleValue()).isEqualTo(12.0);
            assertThat(scalar("08").doubleValue()).isEqualTo(8.0);
            assertThat(scalar("00").doubleValue()).isEqualTo(0.0);
        }

        @Test
        void readsPrefixedIntegers() {
            assertThat(scalar("0x1F").doubleValue()).isEqualTo(31.0);
            assertThat(scalar("-0x1F").doubleValue()).isEqualTo(-31.0);
            assertThat(scalar("0o12").doubleValue()).isEqualTo(10.0);
            assertThat(scalar("-0o12").doubleValue()).isEqualTo(-10.0);
            assertThat(scalar("0b101").doubleValue()).isEqualTo(5.0);
            assertThat(scalar("+12").doubleValue()).isEqualTo(12.0);
        }

        @Test
        void readsMinusZeroIntegerAsPositiveZero() {
            JsonNode zero = scalar("-0");
            assertThat(Double.doubleToRawLongBits(zero.doubleValue())).isEqualTo(0L);
            // "-00" goes through parseInt and keeps its sign, as in js-yaml.
            assertThat(Double.doubleToRawLongBits(scalar("-00").doubleValue()))
                    .isEqualTo(Double.doubleToRawLongBits(-0.0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1_000", "0X1F", "0B1", "0x", "0b", "0o", "0x1g", "+", "1,000", "12abc"})
        void keepsNonIntegersAsStrings(String s) {
            assertThat(scalar(s).stringValue()).isEqualTo(s);
        }

        @Test
        void readsFloats() {
            assertThat(scalar("1e3").doubleValue()).isEqualTo(1000.0);
            assertThat(scalar("1.0").doubleValue()).isEqualTo(1.0);
            assertThat(scalar("0.1").doubleValue()).isEqualTo(0.1);
            assertThat(scalar(".5").doubleValue()).isEqualTo(0.5);
            assertThat(scalar("1.").doubleValue()).isEqualTo(1.0);
            assertThat(scalar(".inf").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(scalar("-.Inf").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(scalar("+.INF").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(scalar(".nan").doubleValue()).isNaN();
            assertThat(scalar(".NaN").doubleValue()).isNaN();
            assertThat(Double.doubleToRawLongBits(scalar("-0.0").doubleValue()))
                    .isEqualTo(Double.doubleToRawLongBits(-0.0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-.5", "+.5", "-.nan", "inf", "nan", "1e400", "-1e400", "1e", "e1"})
        void keepsNonFloatsAsStrings(String s) {
            assertThat(scalar(s).stringValue()).isEqualTo(s);
        }

        @Test
        void keepsIntegersTooLargeForADoubleAsStrings() {
            String digits = "9".repeat(400);
            assertThat(scalar(digits).stringValue()).isEqualTo(digits);
            assertThat(scalar("0x" + "f".repeat(300)).isString()).isTrue();
        }

        @Test
        void readsEveryNumberAsADouble() {
            assertThat(scalar("9007199254740993")).isInstanceOf(DoubleNode.class);
            assertThat(scalar("9007199254740993").doubleValue()).isEqualTo(9007199254740992.0);
            assertThat(scalar("1180591620717411303424").doubleValue()).isEqualTo(1.1805916207174113e21);
            assertThat(scalar("0x20000000000001").doubleValue()).isEqualTo(9007199254740992.0);
            assertThat(scalar("1").isDouble()).isTrue();
        }

        @Test
        void readsDatesAndTimestamps() {
            assertThat(JsTree.instant(scalar("2022-01-01"))).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
            assertThat(JsTree.instant(scalar("2022-01-01T10:00:00Z"))).isEqualTo(Instant.parse("2022-01-01T10:00:00Z"));
            assertThat(JsTree.instant(scalar("2022-1-1 1:00:00"))).isEqualTo(Instant.parse("2022-01-01T01:00:00Z"));
            assertThat(JsTree.instant(scalar("2022-01-01t10:00:00.5Z"))).isEqualTo(Instant.parse("2022-01-01T10:00:00.500Z"));
            assertThat(JsTree.instant(scalar("2022-01-01 \t10:00:00 \t-5"))).isEqualTo(Instant.parse("2022-01-01T15:00:00Z"));
            assertThat(JsTree.instant(scalar("2022-01-01T10:00:00+05:30"))).isEqualTo(Instant.parse("2022-01-01T04:30:00Z"));
        }

        @Test
        void rollsTimestampsOverAsDateUtcDoes() {
            assertThat(JsTree.instant(scalar("2022-13-45"))).isEqualTo(Instant.parse("2023-02-14T00:00:00Z"));
            assertThat(JsTree.instant(scalar("2022-00-00"))).isEqualTo(Instant.parse("2021-11-30T00:00:00Z"));
            assertThat(JsTree.toIsoString(JsTree.instant(scalar("9999-99-99 99:99:99.123456 +99:99"))))
                    .isEqualTo("+010007-06-07T00:01:39.123Z");
        }

        @Test
        void mapsTwoDigitYearsToThe1900s() {
            assertThat(JsTree.instant(scalar("0099-01-01"))).isEqualTo(Instant.parse("1999-01-01T00:00:00Z"));
            assertThat(JsTree.instant(scalar("0100-01-01"))).isEqualTo(Instant.parse("0100-01-01T00:00:00Z"));
        }

        @Test
        void keepsOnlyThreeFractionDigits() {
            assertThat(JsTree.instant(scalar("2022-01-01 10:00:00.123456"))).isEqualTo(Instant.parse("2022-01-01T10:00:00.123Z"));
            assertThat(JsTree.instant(scalar("2022-01-01 10:00:00."))).isEqualTo(Instant.parse("2022-01-01T10:00:00Z"));
        }

        @Test
        void keepsShortDatesAsStrings() {
            assertThat(scalar("2022-1-1").stringValue()).isEqualTo("2022-1-1");
        }

        @Test
        void keepsPlainMergeMarkerAsAStringValue() {
            assertLoadsAs("a: <<", "{\"a\":\"<<\"}");
        }
    }

    @Nested
    class ExplicitTags {
        @Test
        void acceptsTheDefaultSchemaTags() {
            assertLoadsAs("""
                    s: !!str 012
                    i: !!int 0x1F
                    f: !!float 1
                    b: !!bool True
                    n: !!null
                    t: !!timestamp 2022-01-01
                    seq: !!seq [1]
                    map: !!map {a: 1}
                    set: !!set {a, b}
                    omap: !!omap [a: 1, b: 2]
                    pairs: !!pairs [a: 1, a: 2]
                    e1: !!str
                    e2: !!map
                    e3: !!seq
                    """, """
                    {"s":"012","i":31,"f":1,"b":true,"n":null,"t":"2022-01-01T00:00:00.000Z","seq":[1],"map":{"a":1},
                     "set":{"a":null,"b":null},"omap":[{"a":1},{"b":2}],"pairs":[["a",1],["a",2]],"e1":"","e2":{},"e3":[]}
                    """);
        }

        @Test
        void readsBinaryAsBytes() {
            JsonNode bin = scalar("!!binary |\n  AQID\n  BA==");
            assertThat(bin).isInstanceOf(BinaryNode.class);
            assertThat(bin.binaryValue()).containsExactly(1, 2, 3, 4);
            assertThat(scalar("!!binary A===").binaryValue()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"!!bool yes", "!!null ''", "!!int 1.0", "!!int", "!!float 1e400", "!!timestamp x",
            "!!binary \"AQID AQ\"", "!!binary AB==CD", "!!binary", "!!set {a: 1}", "!!omap [a: 1, a: 2]",
            "!!omap [{a: 1, b: 2}]", "!!omap [1]", "!!pairs [1]", "!!merge a"})
        void rejectsValuesTheirTagCannotResolve(String s) {
            assertFails("v: " + s, "yaml.tag.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"!!str [1]", "!!map ''", "!!map [1]", "!!seq {a: 1}", "!!set [a]", "!!int {}"})
        void rejectsTagsOnTheWrongKindOfNode(String s) {
            assertFails("v: " + s, "yaml.tag.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"!foo bar", "!foo [1]", "!<tag:example.com,2000:x> 1", "!!python/object x"})
        void rejectsUnknownTags(String s) {
            assertFails("v: " + s, "yaml.tag.unknown");
        }

        @Test
        void resolvesTagDirectives() {
            assertLoadsAs("%TAG !e! tag:yaml.org,2002:\n---\n!e!int 12", "12");
            assertLoadsAs("!<tag:yaml.org,2002:str> 12", "\"12\"");
        }
    }

    @Nested
    class Keys {
        @Test
        void makesKeysStringsAsJavaScriptDoes() {
            assertLoadsAs("1.50: a\n0x10: b\n~: c\n-0.0: d\ntrue: e\n1e21: f\n.inf: g\n",
                    "{\"1.5\":\"a\",\"16\":\"b\",\"null\":\"c\",\"0\":\"d\",\"true\":\"e\",\"1e+21\":\"f\",\"Infinity\":\"g\"}");
            assertLoadsAs("123456789012345678901: v", "{\"123456789012345680000\":\"v\"}");
        }

        @Test
        void namesDateKeysAsDateToStringDoesInUtc() {
            assertLoadsAs("2022-01-01: v", "{\"Sat Jan 01 2022 00:00:00 GMT+0000 (Coordinated Universal Time)\":\"v\"}");
        }

        @Test
        void joinsSequenceKeysWithCommas() {
            assertLoadsAs("? [1, 2]\n: a\n? [~, x, {a: 1}, !!binary AQID]\n: b\n? []\n: c",
                    "{\"1,2\":\"a\",\",x,[object Object],1,2,3\":\"b\",\"\":\"c\"}");
        }

        @Test
        void namesMappingAndBinaryKeysAsJavaScriptDoes() {
            assertLoadsAs("? {a: 1}\n: m\n? !!binary AQID\n: b", "{\"[object Object]\":\"m\",\"1,2,3\":\"b\"}");
        }

        @Test
        void rejectsNestedSequencesInKeys() {
            assertFails("? [1, [2]]\n: a", "yaml.key");
            assertFails("? !!pairs [a: 1]\n: v", "yaml.key");
        }

        @Test
        void letsNormalisedKeysCollide() {
            assertLoadsAs("1: a\n01: b", "{\"1\":\"b\"}");
            assertLoadsAs("~: a\nnull: b", "{\"null\":\"b\"}");
        }

        @Test
        void keepsTheLastDuplicateInTheFirstPlace() {
            assertLoadsAs("a: 1\nb: 2\na: 3", "{\"a\":3,\"b\":2}");
        }

        @Test
        void ordersKeysAsJavaScriptOwnProperties() {
            assertLoadsAs("b: 1\n1: a\n0: x\n-1: y\n01: z\n4294967295: big\n4294967294: max\n1.5: f\n2: two\na: 1\nb: 2",
                    "{\"0\":\"x\",\"1\":\"z\",\"2\":\"two\",\"4294967294\":\"max\",\"b\":2,\"-1\":\"y\","
                            + "\"4294967295\":\"big\",\"1.5\":\"f\",\"a\":1}");
        }

        @Test
        void keepsProtoAsAnOrdinaryKey() {
            JsonNode v = load("__proto__: {polluted: true}\nconstructor: 1");
            assertThat(v.propertyNames()).containsExactly("__proto__", "constructor");
        }
    }

    @Nested
    class MergeKeys {
        @Test
        void mergesAbsentKeysOnly() {
            assertLoadsAs("base: &b {x: 1, y: 2}\nd:\n  y: 0\n  <<: *b", "{\"base\":{\"x\":1,\"y\":2},\"d\":{\"y\":0,\"x\":1}}");
        }

        @Test
        void letsLaterExplicitKeysOverride() {
            assertLoadsAs("base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3", "{\"base\":{\"x\":1,\"y\":2},\"d\":{\"x\":1,\"y\":3}}");
        }

        @Test
        void letsEarlierSourcesWin() {
            assertLoadsAs("p: &p {a: 1}\nq: &q {a: 2, b: 2}\nd:\n  <<: [*p, *q]",
                    "{\"p\":{\"a\":1},\"q\":{\"a\":2,\"b\":2},\"d\":{\"a\":1,\"b\":2}}");
        }

        @Test
        void ordersMergedKeysAsJavaScriptDoes() {
            assertLoadsAs("x: &a {1: a, b: b}\ny:\n  <<: *a\n  0: c",
                    "{\"x\":{\"1\":\"a\",\"b\":\"b\"},\"y\":{\"0\":\"c\",\"1\":\"a\",\"b\":\"b\"}}");
        }

        @Test
        void treatsQuotedMergeMarkerAsAnOrdinaryKey() {
            assertLoadsAs("'<<': {x: 1}", "{\"<<\":{\"x\":1}}");
            assertLoadsAs("!!str <<: {x: 1}", "{\"<<\":{\"x\":1}}");
        }

        @Test
        void treatsExplicitBlockMergeMarkerAsAnOrdinaryKey() {
            assertLoadsAs("? <<\n: {a: 1}", "{\"<<\":{\"a\":1}}");
            assertLoadsAs("{? <<: {a: 1}}", "{\"a\":1}");
        }

        @Test
        void mergesSequencesAndBinaryByIndex() {
            assertLoadsAs("<<: [[1, 2]]", "{\"0\":1,\"1\":2}");
            assertLoadsAs("<<: !!binary AQID", "{\"0\":1,\"1\":2,\"2\":3}");
            assertLoadsAs("<<: 2022-01-01", "{}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"<<: foo", "<<: ~", "<<: [~]", "<<: \"str\"", "<<: 1", "<<: [{a: 1}, true]"})
        void rejectsSourcesThatAreNotObjects(String s) {
            assertFails(s, "yaml.merge");
        }

        @Test
        void mergesAtMostOneHundredSources() {
            assertLoadsAs("<<: [" + "{}, ".repeat(99) + "{}]", "{}");
            assertFails("<<: [" + "{}, ".repeat(100) + "{}]", "yaml.merge");
        }
    }

    @Nested
    class Anchors {
        @Test
        void sharesOneValueBetweenAnchorAndAliases() {
            JsonNode v = load("a: &x {p: [1]}\nb: *x\nc: *x");
            assertThat(v.get("b")).isSameAs(v.get("a"));
            assertThat(v.get("c")).isSameAs(v.get("a"));
        }

        @Test
        void storesAnAnchorAgainWhenItsNodeCompletes() {
            assertLoadsAs("- &a [&a 1, *a]\n- *a", "[[1,1],[1,1]]");
            assertLoadsAs("[&a [&a 1], *a]", "[[1],[1]]");
        }

        @Test
        void rejectsRecursiveAliases() {
            assertFails("&a [*a]", "yaml.alias.recursive");
            assertFails("a: &x {b: [*x]}", "yaml.alias.recursive");
        }

        @Test
        void rejectsUnknownAliases() {
            assertFails("a: *nowhere", "yaml.alias.unknown");
        }

        @Test
        void acceptsAliasesAsKeys() {
            assertLoadsAs("&x a: b\n*x : c", "{\"a\":\"c\"}");
        }
    }

    @Nested
    class Streams {
        @ParameterizedTest
        @ValueSource(strings = {"", "\n", " ", "  \n", "\uFEFF", "\uFEFF\n", "   "})
        void givesUndefinedForTextWithoutDocument(String s) {
            YamlLoad load = JsYaml.load(s);
            assertThat(load.isLoaded()).isTrue();
            assertThat(load.isUndefined()).isTrue();
            assertThat(load.value()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\n\n", "# c", "\t", "\r\n", "---", "...", "---\n...\n", "%YAML 1.2\n---\n", " #c"})
        void givesNullForAnEmptyDocument(String s) {
            YamlLoad load = JsYaml.load(s);
            assertThat(load.problems()).isEmpty();
            assertThat(load.isUndefined()).isFalse();
            assertThat(load.value().isNull()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"a: 1\n---\nb: 2", "a: 1\n---\n", "--- a\n--- b", "...\n...\n", "a: 1\n...\n---\n"})
        void rejectsMoreThanOneDocument(String s) {
            assertFails(s, "yaml.multiple-documents");
        }

        @Test
        void endsTheDocumentAtTheEndMarker() {
            assertLoadsAs("a: 1\n...\n# c\n", "{\"a\":1}");
        }

        @Test
        void stripsALeadingByteOrderMark() {
            assertLoadsAs("\uFEFFa: 1", "{\"a\":1}");
            byte[] bytes = "\uFEFFa: 1\r\nb: 2\r\n".getBytes(StandardCharsets.UTF_8);
            assertThat(Canonical.of(JsYaml.load(bytes).value())).isEqualTo("{\"a\":N(1),\"b\":N(2)}");
        }

        @Test
        void decodesMalformedUtf8AsNodeDoes() {
            byte[] bytes = {'a', ':', ' ', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
            assertThat(JsYaml.load(bytes).value().get("a").stringValue()).isEqualTo("\uFFFD\uFFFD\uFFFD");
        }
    }

    @Nested
    class Characters {
        @Test
        void rejectsNulAnywhere() {
            assertFails("a: 1 # \0", "yaml.character");
            assertThat(assertFails("a: b\nc: \0", "yaml.character").position()).hasToString("2:4");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a: \u0001", "a: \u007F", "a: \u0080", "a: \uFFFE", "a: \uD800", "a: |\n  \u0008\n",
            "a: \"\u0001\"", "a: '\u001F'", "\u0001: a"})
        void rejectsNonPrintableCharactersInScalars(String s) {
            assertFails(s, "yaml.character");
        }

        @Test
        void acceptsNonPrintableCharactersWhereJsYamlDoes() {
            assertLoadsAs("# \u0001 \u007F\na: 1", "{\"a\":1}");
            assertThat(scalar("\"\u007F\u0080\u0085\uFFFE\"").stringValue()).isEqualTo("\u007F\u0080\u0085\uFFFE");
            assertThat(scalar("'\uD800'").stringValue()).isEqualTo("\uD800");
        }

        @Test
        void rejectsTabsInIndentation() {
            assertFails("a:\n\tb: 1", "yaml.syntax");
            assertFails("a: b\n\tc: d", "yaml.syntax");
        }

        @Test
        void acceptsTabsAsSeparators() {
            assertLoadsAs("a:\t1\nb: [1,\t2]", "{\"a\":1,\"b\":[1,2]}");
        }

        @Test
        void readsSupplementaryCharacters() {
            assertLoadsAs("😀: \"\\U0001F600 😀\"", "{\"😀\":\"😀 😀\"}");
        }
    }

    @Nested
    class Depth {
        /** {@code n} nested block mappings, the innermost {@code k: x}. */
        private String blockMaps(int n, boolean leafOnItsOwnLine) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n - 1; i++) {
                s.append("  ".repeat(i)).append("k:\n");
            }
            s.append("  ".repeat(n - 1)).append("k:");
            return s.append(leafOnItsOwnLine ? "\n" + "  ".repeat(n) : " ").append("x\n").toString();
        }

        @Test
        void acceptsNinetyNineNestedBlockMapsWithALeaf() {
            assertThat(JsYaml.load(blockMaps(99, false)).isLoaded()).isTrue();
            assertFails(blockMaps(100, false), "yaml.depth");
        }

        @Test
        void countsALeafOnItsOwnLineOneLevelDeeper() {
            assertThat(JsYaml.load(blockMaps(98, true)).isLoaded()).isTrue();
            assertFails(blockMaps(99, true), "yaml.depth");
        }

        @Test
        void acceptsNinetyNineNestedEmptyFlowSequencesAtTheRoot() {
            assertThat(JsYaml.load("[".repeat(99) + "]".repeat(99)).isLoaded()).isTrue();
            assertFails("[".repeat(100) + "]".repeat(100), "yaml.depth");
        }

        @Test
        void acceptsNinetyEightNestedFlowSequencesAroundAScalar() {
            assertThat(JsYaml.load("[".repeat(98) + "1" + "]".repeat(98)).isLoaded()).isTrue();
            assertFails("[".repeat(99) + "1" + "]".repeat(99), "yaml.depth");
        }

        @Test
        void acceptsNinetyNineFlowLevelsAsAMappingValue() {
            assertThat(JsYaml.load("v: " + "[".repeat(99) + "]".repeat(99)).isLoaded()).isTrue();
            assertFails("v: " + "[".repeat(100) + "]".repeat(100), "yaml.depth");
        }
    }

    @Nested
    class Syntax {
        @ParameterizedTest
        @ValueSource(strings = {"a: 1\n b: 2", "a: [1, 2", "a: {b", "- a\nb: c", "key: value: x", "@a", "`a",
            "'a", "\"a", "a: \"\\q\"", "%YAML 2.0\n--- a", ": a"})
        void reportsSyntaxErrorsWithAPosition(String s) {
            YamlLoad load = JsYaml.load(s);
            assertThat(load.problems()).singleElement().satisfies(d -> {
                assertThat(d.code()).isIn("yaml.syntax", "yaml.character");
                assertThat(d.message()).isNotBlank().doesNotContain("\n").doesNotContainIgnoringCase("exception");
            });
        }

        @Test
        void pointsAtTheOffendingToken() {
            assertThat(assertFails("a: 1\nb: [1, 2\n", "yaml.syntax").position()).isNotNull();
            assertThat(assertFails("a:\n\tb: 1", "yaml.syntax").position()).hasToString("2:1");
        }
    }

    @Test
    void refusesNullArguments() {
        assertThatThrownBy(() -> JsYaml.load((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsYaml.load("a", null)).isInstanceOf(NullPointerException.class);
    }
}
