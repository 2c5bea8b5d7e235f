package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.blocklet4j.meta.SourcePosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Where values and keys start, by JSON Pointer. */
class SourceMapTest {

    private static SourceMap map(String yaml) {
        YamlLoad load = JsYaml.load(yaml);
        assertThat(load.problems()).isEmpty();
        return load.sourceMap();
    }

    private static @Nullable String at(@Nullable SourcePosition p) {
        return p == null ? null : p.toString();
    }

    @Test
    void locatesBlockValuesAndKeys() {
        SourceMap m = map("""
                name: demo
                interfaces:
                  - type: web
                    port:   8080
                env:
                  a: [1, 2]
                """);
        assertThat(at(m.value(""))).isEqualTo("1:1");
        assertThat(at(m.value("/name"))).isEqualTo("1:7");
        assertThat(at(m.key("/name"))).isEqualTo("1:1");
        assertThat(at(m.value("/interfaces"))).isEqualTo("3:3");
        assertThat(at(m.key("/interfaces"))).isEqualTo("2:1");
        assertThat(at(m.value("/interfaces/0"))).isEqualTo("3:5");
        assertThat(at(m.key("/interfaces/0"))).isNull();
        assertThat(at(m.value("/interfaces/0/type"))).isEqualTo("3:11");
        assertThat(at(m.key("/interfaces/0/port"))).isEqualTo("4:5");
        assertThat(at(m.value("/interfaces/0/port"))).isEqualTo("4:13");
        assertThat(at(m.value("/env/a/1"))).isEqualTo("6:10");
    }

    @Test
    void locatesFlowValuesAndKeys() {
        SourceMap m = map("{a: 1, b: [x, {c: y}],\n  d: }");
        assertThat(at(m.value(""))).isEqualTo("1:1");
        assertThat(at(m.key("/b"))).isEqualTo("1:8");
        assertThat(at(m.value("/b"))).isEqualTo("1:11");
        assertThat(at(m.value("/b/0"))).isEqualTo("1:12");
        assertThat(at(m.value("/b/1"))).isEqualTo("1:15");
        assertThat(at(m.key("/b/1/c"))).isEqualTo("1:16");
        assertThat(at(m.value("/b/1/c"))).isEqualTo("1:19");
        assertThat(at(m.key("/d"))).isEqualTo("2:3");
    }

    @Test
    void countsCrlfAsOneLineBreak() {
        SourceMap m = map("a: 1\r\nb:\r\n  c: 2\r\n");
        assertThat(at(m.value("/b/c"))).isEqualTo("3:6");
        assertThat(at(m.key("/b"))).isEqualTo("2:1");
    }

    @Test
    void countsLoneCarriageReturnAsALineBreak() {
        assertThat(at(map("a: 1\rb: 2").value("/b"))).isEqualTo("2:4");
    }

    @Test
    void countsColumnsAfterAByteOrderMark() {
        assertThat(at(map("\uFEFFa: 1").value("/a"))).isEqualTo("1:4");
        SourceMap fromBytes = JsYaml.load("\uFEFFa: 1\nb: 2".getBytes(StandardCharsets.UTF_8)).sourceMap();
        assertThat(at(fromBytes.key("/b"))).isEqualTo("2:1");
    }

    @Test
    void countsTabSeparatorsAsOneColumn() {
        SourceMap m = map("a:\t1\nb: [1,\t2]");
        assertThat(at(m.value("/a"))).isEqualTo("1:4");
        assertThat(at(m.value("/b/1"))).isEqualTo("2:8");
    }

    @Test
    void countsColumnsInUtf16Units() {
        SourceMap m = map("\"😀\": x\ny: [😀, z]");
        assertThat(at(m.value("/😀"))).isEqualTo("1:7");
        assertThat(at(m.value("/y/1"))).isEqualTo("2:9");
    }

    @Test
    void escapesPointerSegments() {
        SourceMap m = map("a/b: 1\nm~n: 2\n'': 3");
        assertThat(at(m.value("/a~1b"))).isEqualTo("1:6");
        assertThat(at(m.value("/m~0n"))).isEqualTo("2:6");
        assertThat(at(m.value("/"))).isEqualTo("3:5");
    }

    @Test
    void keysEntriesByTheirJavaScriptName() {
        SourceMap m = map("1.50: a\n~: b\n? [1, 2]\n: c\n01: d");
        assertThat(at(m.value("/1.5"))).isEqualTo("1:7");
        assertThat(at(m.value("/null"))).isEqualTo("2:4");
        assertThat(at(m.value("/1,2"))).isEqualTo("4:3");
        assertThat(at(m.key("/1"))).isEqualTo("5:1");
    }

    @Test
    void recordsTheLastOfDuplicateKeys() {
        SourceMap m = map("a: {x: 1}\nb: 2\na: {y: 3}");
        assertThat(at(m.key("/a"))).isEqualTo("3:1");
        assertThat(at(m.value("/a/y"))).isEqualTo("3:8");
        assertThat(m.value("/a/x")).isNull();
    }

    @Test
    void knowsAnAliasOnlyByItsOwnPosition() {
        SourceMap m = map("a: &x {p: [1]}\nb: *x");
        assertThat(at(m.value("/a/p/0"))).isEqualTo("1:12");
        assertThat(at(m.value("/b"))).isEqualTo("2:4");
        assertThat(m.value("/b/p")).isNull();
        assertThat(at(m.nearest("/b/p/0"))).isEqualTo("2:4");
    }

    @Test
    void placesMergedKeysAtTheMergeEntry() {
        SourceMap m = map("base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\ne:\n  <<: {z: 3}");
        assertThat(at(m.key("/d/x"))).isEqualTo("3:3");
        assertThat(at(m.value("/d/x"))).isEqualTo("3:7");
        assertThat(at(m.value("/d/y"))).isEqualTo("4:6");
        assertThat(at(m.key("/e/z"))).isEqualTo("6:3");
        assertThat(at(m.value("/e/z"))).isEqualTo("6:11");
    }

    @Test
    void walksUpToTheNearestKnownNode() {
        SourceMap m = map("a:\n  b: [1, 2]");
        assertThat(at(m.nearest("/a/b/1"))).isEqualTo("2:10");
        assertThat(at(m.nearest("/a/b/7"))).isEqualTo("2:6");
        assertThat(at(m.nearest("/a/c/d"))).isEqualTo("2:3");
        assertThat(at(m.nearest("/zzz"))).isEqualTo("1:1");
        assertThat(m.value("/a/b/01")).isNull();
        assertThat(m.value("/a/b/-")).isNull();
        assertThat(m.value("a")).isNull();
    }

    @Test
    void knowsNothingWhenEmpty() {
        assertThat(SourceMap.EMPTY.value("")).isNull();
        assertThat(SourceMap.EMPTY.nearest("/a")).isNull();
        assertThat(SourceMap.EMPTY.isEmpty()).isTrue();
        assertThat(JsYaml.load("a: [").sourceMap().isEmpty()).isTrue();
        assertThat(JsYaml.load("").sourceMap().isEmpty()).isTrue();
    }

    @Test
    void locatesPairsItems() {
        SourceMap m = map("p: !!pairs\n  - a: 1\n  - b: 2");
        assertThat(at(m.value("/p/1"))).isEqualTo("3:5");
        assertThat(at(m.value("/p/1/0"))).isEqualTo("3:5");
        assertThat(at(m.value("/p/1/1"))).isEqualTo("3:8");
    }

    @Test
    void locatesJsonValuesAndKeys() {
        YamlLoad load = JsJson.load("{\n  \"a\": [1, {\"b\": true}],\r\n  \"c/d\": null\n}");
        SourceMap m = load.sourceMap();
        assertThat(at(m.value(""))).isEqualTo("1:1");
        assertThat(at(m.key("/a"))).isEqualTo("2:3");
        assertThat(at(m.value("/a"))).isEqualTo("2:8");
        assertThat(at(m.value("/a/1/b"))).isEqualTo("2:18");
        assertThat(at(m.value("/c~1d"))).isEqualTo("3:10");
    }

    @Test
    void locatesLoadErrors() {
        assertThat(at(JsYaml.load("a: 1\nb: [1, 2\n").problems().get(0).position())).isNotNull();
        assertThat(at(JsYaml.load("a:\n  b: !!bool yes").problems().get(0).position())).isEqualTo("2:6");
        assertThat(at(JsYaml.load("a: 1\n---\nb: 2").problems().get(0).position())).isEqualTo("2:1");
        assertThat(at(JsYaml.load("a: [" + "[".repeat(200)).problems().get(0).position())).isEqualTo("1:103");
        assertThat(at(JsJson.load("{\"a\": tru}").problems().get(0).position())).startsWith("1:");
    }
}
