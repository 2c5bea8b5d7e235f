package org.blocklet4j.meta.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.JsonText;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.SourcePosition;
import org.blocklet4j.meta.internal.yaml.SourceMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@link Pipeline}: the steps of {@code parse()} and {@code validateMeta()} around the schema. */
class PipelineTest {
    private static final String DID = "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf";
    private static final String BASE = "name: example\ndid: " + DID + "\n";
    private static final ManifestOptions OPTIONS = ManifestOptions.builder().zone(ZoneOffset.UTC).build();
    private static final Pipeline PIPELINE = new Pipeline(OPTIONS);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String codes(ManifestResult r) {
        return String.join(",", r.diagnostics().stream().map(Diagnostic::code).toList());
    }

    private static String meta(String members) {
        return "{\"did\":\"" + DID + "\",\"version\":\"1.0.0\",\"description\":\"hello\"" + members + "}";
    }

    @Test
    void prefersBlockletYmlOverBlockletYaml(@TempDir Path dir) throws IOException {
        write(dir, "blocklet.yml", BASE + "title: From yml\n");
        write(dir, "blocklet.yaml", BASE + "title: From yaml\n");
        ManifestResult r = PIPELINE.readDirectory(dir);
        assertThat(r.source()).contains(dir.resolve("blocklet.yml"));
        assertThat(r.json().orElseThrow().get("title").stringValue()).isEqualTo("From yml");
    }

    @Test
    void describesBlockletFromItsDirectory(@TempDir Path dir) throws IOException {
        write(dir, "blocklet.yml", BASE);
        assertThat(PIPELINE.read(dir).json().orElseThrow().get("description").stringValue())
                .isEqualTo("Blocklet from " + dir);
    }

    @Test
    void readsManifestFileGivenDirectly(@TempDir Path dir) throws IOException {
        Path file = write(dir, "blocklet.yml", BASE);
        ManifestResult r = PIPELINE.read(file);
        assertThat(r.source()).contains(file);
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void reportsMissingManifest(@TempDir Path dir) {
        ManifestResult r = PIPELINE.readDirectory(dir);
        assertThat(codes(r)).isEqualTo("manifest.not-found");
        assertThat(r.json()).isEmpty();
    }

    @Test
    void copiesBlockletYamlRootIntoObjectSoAListBecomesIndexKeys(@TempDir Path dir) throws IOException {
        write(dir, "blocklet.yaml", "- a\n");
        ManifestResult r = PIPELINE.readDirectory(dir);
        assertThat(codes(r)).isEqualTo("any.required,any.required,key.unknown");
        assertThat(r.errors()).extracting(Diagnostic::pointer).containsExactly("/did", "/name");
    }

    @Test
    void acceptsNullRootOnlyInBlockletYaml(@TempDir Path dir) throws IOException {
        write(dir, "blocklet.yaml", "null\n");
        assertThat(codes(PIPELINE.readDirectory(dir))).isEqualTo("any.required,any.required");
        ManifestResult yml = PIPELINE.readYaml("null\n", null);
        assertThat(yml.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fix.root");
            assertThat(d.message()).contains("Cannot convert undefined or null to object");
            assertThat(d.sourcePosition()).contains(new SourcePosition(1, 1));
        });
    }

    @Test
    void stopsAtNullRootWithoutExtraAttributesInTheRequiredFix() {
        ManifestResult r = new Pipeline(OPTIONS.toBuilder().noExtraRawAttrs().build()).readYaml("null\n", null);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("fix.required");
            assertThat(d.message()).contains("Cannot read properties of null (reading 'description')");
        });
    }

    @Test
    void returnsRawValueWithoutFixes() {
        ManifestResult r = new Pipeline(OPTIONS.toBuilder().fix(false).build()).readYaml("name: Other\ncolour: red\n", null);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(JsonText.write(r.json().orElseThrow())).isEqualTo("{\"name\":\"Other\",\"colour\":\"red\"}");
    }

    @Test
    void addsExtraAttributesEvenWithoutFixes() {
        ObjectNode extra = JsonNodeFactory.instance.objectNode().put("title", "T");
        ManifestResult r = new Pipeline(OPTIONS.toBuilder().fix(false).extraRawAttrs(extra).build())
                .readYaml("name: Other\n", null);
        assertThat(JsonText.write(r.json().orElseThrow())).isEqualTo("{\"name\":\"Other\",\"title\":\"T\"}");
    }

    @Test
    void letsExtraAttributesOverrideTheFile() {
        ObjectNode extra = JsonNodeFactory.instance.objectNode().put("name", "example").put("did", DID);
        ManifestResult r = new Pipeline(OPTIONS.toBuilder().extraRawAttrs(extra).build()).readYaml("name: other\n", null);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().orElseThrow().get("name").stringValue()).isEqualTo("example");
    }

    @Test
    void reportsYamlSyntaxErrorWithPositionAndNoManifest() {
        ManifestResult r = PIPELINE.readYaml("name: [unclosed\n", null);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("yaml.syntax");
            assertThat(d.sourcePosition()).contains(new SourcePosition(2, 1));
        });
        assertThat(r.json()).isEmpty();
    }

    @Test
    void camelCasesTopLevelKeysAndPointsAtTheKeysAsWritten() {
        ManifestResult r = PIPELINE.readYaml(BASE + "spec-version: 0.1.0\nLogo: 5\n", null);
        assertThat(r.errors()).extracting(d -> d.code() + " " + d.pointer() + " " + d.position())
                .containsExactly("string.base /logo 4:7", "spec-version.too-low /specVersion 3:15");
    }

    @Test
    void listsErrorsBeforeWarnings() {
        ManifestResult r = PIPELINE.readYaml(BASE + "colour: red\nversion: 1\n", null);
        assertThat(codes(r)).isEqualTo("string.base,key.unknown");
    }

    @Test
    void readsJsonTextWithPositionsInIt() {
        String text = "{\"name\":\"example\",\"did\":\"" + DID + "\",\n \"group\":\"web\"}";
        ManifestResult r = PIPELINE.readJson(text, null);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/group");
            assertThat(d.sourcePosition()).contains(new SourcePosition(2, 10));
        });
    }

    @Test
    void validatesTreeWithoutFixes() {
        JsonNode tree = JSON.readTree("{\"name\":\"example\",\"did\":\"" + DID + "\",\"version\":\"1.0.0\"}");
        ManifestResult r = PIPELINE.validateTree(tree, false, SourceMap.EMPTY);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/description");
            assertThat(d.sourcePosition()).isEmpty();
        });
    }

    @Test
    void leavesValidatedTreeUnchanged() {
        JsonNode tree = JSON.readTree(meta(",\"name\":\"example\",\"colour\":1"));
        String before = tree.toString();
        ManifestResult r = PIPELINE.validateTree(tree, false, SourceMap.EMPTY);
        assertThat(codes(r)).isEqualTo("key.unknown");
        assertThat(tree.toString()).isEqualTo(before);
    }

    @Test
    void doesNotCamelCaseKeysOfTree() {
        ManifestResult r = PIPELINE.validateJson(meta(",\"name\":\"example\",\"spec-version\":\"0.1.0\""), false);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(Diagnostic::pointer).containsExactly("/spec-version");
    }

    @Test
    void ignoresServicesWhenValidatingTree() {
        String services = ",\"name\":\"example\",\"interfaces\":[{\"type\":\"web\",\"name\":\"a\",\"services\":[{\"name\":\"nope\"}]}]";
        assertThat(PIPELINE.validateJson(meta(services), false).isValid()).isTrue();
        assertThat(codes(PIPELINE.validateJson(meta(services), true))).isEqualTo("service.unknown");
    }

    @Test
    void fixesAuthConfigInResolverValidation() {
        ManifestResult r = PIPELINE.validateJson(meta(",\"name\":\"example\",\"interfaces\":[{\"type\":\"web\",\"name\":\"a\","
                + "\"services\":[{\"name\":\"auth\",\"config\":{\"x\":1,\"whoCanAccess\":\"all\"}}]}]"), true);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().orElseThrow().at("/interfaces/0/services/0/config").toString())
                .isEqualTo("{\"whoCanAccess\":\"all\"}");
    }

    @Test
    void letsNameBeAbsentOnlyForBlockletRoleDidInResolverValidation() {
        String blockletRole = "{\"did\":\"z2qZwzdTFvPFN275o7wm4WwXTAVBvdSfHSDqq\",\"version\":\"1.0.0\",\"description\":\"hello\"}";
        assertThat(PIPELINE.validateJson(blockletRole, true).isValid()).isTrue();
        ManifestResult r = PIPELINE.validateJson(meta(""), true);
        assertThat(r.errors()).extracting(Diagnostic::message).containsExactly("Blocklet DID's type must be ROLE_BLOCKLET");
    }

    @Test
    void acceptsRoleAnyDidAsNameInResolverValidation() {
        assertThat(PIPELINE.validateJson(meta(",\"name\":\"" + DID + "\""), true).isValid()).isTrue();
    }

    @Test
    void reportsJsonSyntaxErrorOfValidatedText() {
        ManifestResult r = PIPELINE.validateJson("{\"did\":", false);
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).allSatisfy(d -> assertThat(d.sourcePosition()).isPresent());
    }
}
