package org.blocklet4j.meta.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.testing.TaggedJson;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ManifestFixerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ObjectNode tree(String json) {
        return (ObjectNode) TaggedJson.decode(JSON.readTree(json.replace('\'', '"')));
    }

    @Test
    void fillsFalsyDescriptionAndVersionInPlace() {
        ObjectNode data = tree("{'version': 0, 'name': 'x', 'description': ''}");
        ManifestFixer.fixRequired(data, "/b");
        assertThat(JsJson.canon(data)).isEqualTo(
                "{\"version\":\"1.0.0\",\"name\":\"x\",\"description\":\"Blocklet from /b\"}");
    }

    @Test
    void turnsRepositoryShortcutIntoHttpsUrl() {
        ObjectNode data = tree("{'repository': 'user/repo'}");
        assertThat(ManifestFixer.fixRepository(data)).isEmpty();
        assertThat(JsJson.canon(data.get("repository")))
                .isEqualTo("{\"type\":\"git\",\"url\":\"git+https://github.com/user/repo.git\"}");
    }

    @Test
    void reportsRepositoryWhoseUserInfoIsMalformedAndKeepsTheObjectForm() {
        ObjectNode data = tree("{'repository': 'https://%E0@github.com/u/r'}");
        assertThat(ManifestFixer.fixRepository(data)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fix.repository");
            assertThat(d.pointer()).isEqualTo("/repository/url");
            assertThat(d.message()).contains("URIError: URI malformed");
        });
        assertThat(data.get("repository").get("url").stringValue()).isEqualTo("https://%E0@github.com/u/r");
    }

    @Test
    void ignoresRepositoryThatIsNeitherStringNorObjectWithUrl() {
        ObjectNode data = tree("{'repository': 5}");
        assertThat(ManifestFixer.fixRepository(data)).isEmpty();
        assertThat(data.get("repository").doubleValue()).isEqualTo(5);
    }

    @Test
    void splitsKeywordsAtCommaFollowedByJsWhiteSpace() {
        ObjectNode data = tree("{'keywords': 'a, b,c,\u00a0d,\u200be'}");
        ManifestFixer.fixKeywords(data);
        assertThat(JsJson.canon(data.get("keywords"))).isEqualTo("[\"a\",\"b,c\",\"d,\\u200be\"]");
    }

    @Test
    void deletesTruthyNonListTagsAndFiltersLists() {
        ObjectNode data = tree("{'tags': {'a': 1}, 'files': ['a', '', 5, null, 'b']}");
        ManifestFixer.fixTags(data);
        ManifestFixer.fixFiles(data);
        assertThat(JsJson.canon(data)).isEqualTo("{\"files\":[\"a\",\"b\"]}");
    }

    @Test
    void takesTheNameFromABlockletDid() {
        ObjectNode data = tree("{'name': 'old', 'did': 'z2qa'}");
        ManifestFixer.fixName(data, did -> did != null && did.isString());
        assertThat(data.get("name").stringValue()).isEqualTo("z2qa");
    }

    @Test
    void formatsThenParsesPeople() {
        ObjectNode data = tree("{'author': {'name': 'A', 'web': 'w', 'mail': 'm'}, 'maintainers': ['B (u)', 0]}");
        assertThat(ManifestFixer.fixPerson(data)).isEmpty();
        assertThat(JsJson.canon(data)).isEqualTo("{\"author\":{\"name\":\"A\",\"email\":\"m\",\"url\":\"w\"},"
                + "\"maintainers\":[{\"name\":\"B\",\"url\":\"u\"},{}]}");
    }

    @Test
    void reportsPersonFieldThatCannotBecomeAString() {
        ObjectNode data = tree("{'author': 'A', 'contributors': [{'name': 'x', 'url': {'toString': 1}}]}");
        assertThat(ManifestFixer.fixPerson(data)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fix.person");
            assertThat(d.pointer()).isEqualTo("/contributors/0/url");
            assertThat(d.message()).contains("TypeError: Cannot convert object to primitive value");
        });
        // The author was formatted before the throw; nothing was parsed.
        assertThat(data.get("author").stringValue()).isEqualTo("A");
    }

    @Test
    void stopsAtTheFirstStepThatThrows() {
        ObjectNode data = tree("{'repository': '//user@github.com/u/r', 'keywords': 'a, b'}");
        FixResult result = ManifestFixer.applyAll(data, "/b", did -> false);
        assertThat(result.failedStep()).isEqualTo("fixRepository");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("fix.repository");
        assertThat(data.get("keywords").stringValue()).isEqualTo("a, b");
    }

    @Test
    void camelCaseLetsTheLaterKeyWinInTheEarlierKeysPlace() {
        ObjectNode data = tree("{'public_url': 1, 'name': 2, 'publicUrl': 3, '1': 4}");
        CamelCasedManifest result = ManifestFixer.camelCaseTopLevel(data);
        assertThat(JsJson.canon(result.manifest())).isEqualTo("{\"1\":4,\"publicUrl\":3,\"name\":2}");
        assertThat(result.sourceKeyOf("publicUrl")).contains("publicUrl");
        assertThat(result.overwrittenKeys()).containsExactly("public_url");
    }

    @Test
    void rejectsAnEmptyDocumentAsTheReferenceDoes() {
        FixResult result = ManifestFixer.prepareRoot(null, JsTree.NODES.objectNode(), false);
        assertThat(result.manifest()).isNull();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fix.root");
            assertThat(d.message()).contains("TypeError: Cannot convert undefined or null to object");
        });
    }

    @Test
    void turnsAListRootIntoAnObjectOfIndices() {
        JsonNode list = TaggedJson.decode(JSON.readTree("[\"a\", {\"b\": 1}]"));
        ObjectNode extra = tree("{'title': 't'}");
        FixResult result = ManifestFixer.prepareRoot(list, extra, false);
        assertThat(JsJson.canon(result.manifest())).isEqualTo("{\"0\":\"a\",\"1\":{\"b\":1},\"title\":\"t\"}");
    }

    @Test
    void rejectsAStringRootWithoutExtraAttributesAsFixRequiredDoes() {
        FixResult result = ManifestFixer.prepareRoot(JsTree.NODES.stringNode("abc"), null, false);
        assertThat(result.failedStep()).isEqualTo("fixRequired");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("TypeError: Cannot create property 'description' on string 'abc'"));
    }
}
