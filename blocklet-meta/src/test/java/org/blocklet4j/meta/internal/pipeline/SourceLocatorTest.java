package org.blocklet4j.meta.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.Severity;
import org.blocklet4j.meta.SourcePosition;
import org.blocklet4j.meta.internal.schema.Issue;
import org.blocklet4j.meta.internal.schema.Path;
import org.blocklet4j.meta.internal.yaml.JsYaml;
import org.blocklet4j.meta.internal.yaml.SourceMap;
import org.junit.jupiter.api.Test;

/** {@link SourceLocator}: from a pointer in the normalised manifest back to the text as written. */
class SourceLocatorTest {
    private static final String TEXT = """
            Spec-Version: 1.0.0
            children:
              - source:
                  url: x
            navigation:
              - child: blog
            weird/key~x: 1
            """;
    private static final SourceMap POSITIONS = JsYaml.load(TEXT).sourceMap();

    private static SourceLocator locator(Map<String, String> renames, Map<String, String> topLevel) {
        return new SourceLocator(POSITIONS, renames, topLevel);
    }

    private static Path path(Object... segments) {
        Path p = Path.ROOT;
        for (Object s : segments) {
            p = s instanceof Integer i ? p.index(i) : p.key((String) s);
        }
        return p;
    }

    private static Issue error(Path at) {
        return new Issue("string.base", "string.base", at, "m", false);
    }

    @Test
    void undoesTopLevelCamelCase() {
        SourceLocator l = locator(Map.of(), Map.of("specVersion", "Spec-Version"));
        assertThat(l.sourcePointer("/specVersion")).isEqualTo("/Spec-Version");
        assertThat(l.diagnostic(error(path("specVersion"))).position()).isEqualTo(new SourcePosition(1, 15));
    }

    @Test
    void undoesSchemaRenameBelowTheRenamedKey() {
        SourceLocator l = locator(Map.of("/components", "/children"), Map.of());
        assertThat(l.sourcePointer("/components/0/source/url")).isEqualTo("/children/0/source/url");
        assertThat(l.diagnostic(error(path("components", 0, "source", "url"))).position())
                .isEqualTo(new SourcePosition(4, 12));
    }

    @Test
    void leavesKeysThatOnlyShareThePrefix() {
        SourceLocator l = locator(Map.of("/components", "/children"), Map.of());
        assertThat(l.sourcePointer("/componentsX/0")).isEqualTo("/componentsX/0");
    }

    @Test
    void undoesCamelCaseAfterSchemaRenames() {
        Map<String, String> renames = new LinkedHashMap<>();
        renames.put("/components", "/children");
        SourceLocator l = locator(renames, Map.of("children", "Children"));
        assertThat(l.sourcePointer("/components/0")).isEqualTo("/Children/0");
    }

    @Test
    void undoesNestedRenamesDeepestFirst() {
        Map<String, String> renames = new LinkedHashMap<>();
        renames.put("/navigation/0/component", "/navigation/0/child");
        SourceLocator l = locator(renames, Map.of());
        Diagnostic d = l.diagnostic(error(path("navigation", 0, "component")));
        assertThat(d.pointer()).isEqualTo("/navigation/0/component");
        assertThat(d.position()).isEqualTo(new SourcePosition(6, 12));
    }

    @Test
    void placesWarningsAtTheKey() {
        Issue warning = new Issue("object.unknown", "key.unknown", path("navigation", 0, "child"), "m", true);
        Diagnostic d = locator(Map.of(), Map.of()).diagnostic(warning);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.position()).isEqualTo(new SourcePosition(6, 5));
    }

    @Test
    void placesRenameConflictsAtTheKey() {
        Issue conflict = new Issue("object.rename.override", "key.rename.conflict", path("children"), "m", false);
        assertThat(locator(Map.of(), Map.of()).diagnostic(conflict).position()).isEqualTo(new SourcePosition(2, 1));
    }

    @Test
    void fallsBackToNearestAncestorForAbsentValue() {
        Diagnostic d = locator(Map.of(), Map.of()).diagnostic(error(path("navigation", 0, "title")));
        assertThat(d.pointer()).isEqualTo("/navigation/0/title");
        assertThat(d.position()).isEqualTo(new SourcePosition(6, 5));
    }

    @Test
    void fallsBackToRootForAbsentTopLevelKey() {
        assertThat(locator(Map.of(), Map.of()).diagnostic(error(path("did"))).position())
                .isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void findsKeysWithEscapedCharacters() {
        Diagnostic d = locator(Map.of(), Map.of()).diagnostic(error(path("weird/key~x")));
        assertThat(d.pointer()).isEqualTo("/weird~1key~0x");
        assertThat(d.position()).isEqualTo(new SourcePosition(7, 14));
    }

    @Test
    void keepsCodeMessageAndNormalisedPointer() {
        Issue issue = new Issue("custom", "env.name.reserved", path("components", 0), "Env", false);
        Diagnostic d = locator(Map.of("/components", "/children"), Map.of()).diagnostic(issue);
        assertThat(d.code()).isEqualTo("env.name.reserved");
        assertThat(d.message()).isEqualTo("Env");
        assertThat(d.pointer()).isEqualTo("/components/0");
        assertThat(d.position()).isEqualTo(new SourcePosition(3, 5));
    }
}
