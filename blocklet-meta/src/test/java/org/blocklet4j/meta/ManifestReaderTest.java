package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class ManifestReaderTest {
    private static final String DID = "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf"; // toBlockletDid("example")
    private static final ManifestReader READER = ManifestReader.withDefaults();

    private static ManifestResult yaml(String text) {
        return READER.readYaml(text, Path.of("dir"));
    }

    private static String base(String more) {
        return "name: example\ndid: " + DID + "\n" + more;
    }

    @Test
    void readsTheExampleShippedWithTheProject() {
        ManifestResult r = READER.read(Path.of("..", "examples", "hello-blocklet"));
        assertThat(r.diagnostics()).isEmpty();
        JsonNode meta = r.json().orElseThrow();
        assertThat(meta.get("scripts").get("preStart").stringValue()).isEqualTo("node scripts/check.js");
        assertThat(meta.get("keywords").toString()).isEqualTo("[\"hello\",\"static\",\"example\"]");
        assertThat(meta.get("repository").get("url").stringValue())
                .isEqualTo("git+https://github.com/example/hello-blocklet.git");
    }

    @Test
    void reportsEveryProblemOfTheBrokenExample() {
        ManifestResult r = READER.read(Path.of("..", "examples", "broken-blocklet"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).extracting(Diagnostic::code)
                .contains("did.invalid", "string.base", "interface.web.multiple", "env.name.reserved", "env.secure.default");
        assertThat(r.warnings()).extracting(Diagnostic::pointer).contains("/enviroments");
        assertThat(r.errors()).allSatisfy(d -> assertThat(d.sourcePosition()).isPresent());
    }

    @Test
    void appliesTheReferenceDefaults() {
        ManifestResult r = yaml(base(""));
        assertThat(r.isValid()).isTrue();
        JsonNode meta = r.json().orElseThrow();
        assertThat(meta.get("description").stringValue()).isEqualTo("Blocklet from dir");
        assertThat(meta.get("version").stringValue()).isEqualTo("1.0.0");
        assertThat(meta.get("timeout").toString()).isEqualTo("{\"start\":60}");
        assertThat(meta.get("egress").booleanValue()).isTrue();
    }

    @Test
    void leavesOutJoiDefaultsWithNoDefaultsButKeepsTheFixes() {
        ManifestReader reader = ManifestReader.create(ManifestOptions.builder().noDefaults(true).build());
        ManifestResult r = reader.readYaml(base("interfaces:\n  - type: WEB\n    name: publicUrl\n"
                + "environments:\n  - name: KEY\n    description: a key\n    secure: true\n"), Path.of("dir"));
        assertThat(r.diagnostics()).isEmpty();
        JsonNode meta = r.json().orElseThrow();
        // The fix steps fill description and version; no schema default is applied at any depth.
        assertThat(JsonText.write(meta)).isEqualTo("{\"name\":\"example\",\"did\":\"" + DID + "\","
                + "\"interfaces\":[{\"type\":\"web\",\"name\":\"publicUrl\"}],"
                + "\"environments\":[{\"name\":\"KEY\",\"description\":\"a key\",\"secure\":true}],"
                + "\"description\":\"Blocklet from dir\",\"version\":\"1.0.0\"}");
    }

    @Test
    void noDefaultsIsOffByDefaultAndKeptByToBuilder() {
        assertThat(ManifestOptions.DEFAULTS.noDefaults()).isFalse();
        ManifestOptions on = ManifestOptions.builder().noDefaults(true).build();
        assertThat(on.noDefaults()).isTrue();
        assertThat(on.toBuilder().build().noDefaults()).isTrue();
        assertThat(on.toBuilder().noDefaults(false).build().noDefaults()).isFalse();
    }

    @Test
    void pointsAtTheKeyAsWrittenForRenamedKeys() {
        ManifestResult r = yaml(base("children:\n  - source:\n      name: other\n"));
        Diagnostic d = r.errors().get(0);
        assertThat(d.pointer()).isEqualTo("/components/0");
        assertThat(d.sourcePosition()).contains(new SourcePosition(4, 5));
    }

    @Test
    void warnsAboutStrippedUnknownKeysAtTheKey() {
        ManifestResult r = yaml(base("colour: red\n"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("key.unknown");
            assertThat(d.pointer()).isEqualTo("/colour");
            assertThat(d.sourcePosition()).contains(new SourcePosition(3, 1));
        });
        assertThat(r.json().orElseThrow().has("colour")).isFalse();
    }

    @Test
    void stopsAtAnUnknownServiceAsTheFixStepDoes() {
        ManifestResult r = yaml(base("interfaces:\n  - type: web\n    name: publicUrl\n    services:\n      - name: nope\n"));
        assertThat(r.errors()).extracting(Diagnostic::code).containsExactly("service.unknown");
    }

    @Test
    void fillsInTheDefaultStore() {
        ManifestReader reader = ManifestReader.create(ManifestOptions.builder()
                .defaultStoreUrl("https://store.example.com").build());
        ManifestResult r = reader.readYaml(base("components:\n  - source:\n      name: other\n"), null);
        assertThat(r.isValid()).isTrue();
        assertThat(r.json().orElseThrow().at("/components/0/source/store").stringValue())
                .isEqualTo("https://store.example.com");
    }

    @Test
    void fallsBackToBlockletYaml(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blocklet.yaml"), base(""));
        assertThat(READER.read(dir).source()).contains(dir.resolve("blocklet.yaml"));
        assertThat(READER.read(dir).isValid()).isTrue();
    }

    @Test
    void reportsAMissingManifest(@TempDir Path dir) {
        ManifestResult r = READER.read(dir);
        assertThat(r.errors()).extracting(Diagnostic::code).containsExactly("manifest.not-found");
    }

    @Test
    void reportsYamlErrorsWithPosition() {
        ManifestResult r = yaml("name: [unclosed\n");
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors().get(0).code()).startsWith("yaml.");
        assertThat(r.errors().get(0).sourcePosition()).isPresent();
    }

    @Test
    void rejectsAnEmptyFileAsTheReferenceDoes() {
        assertThat(yaml("").isValid()).isFalse();
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        String text = base("environments:\n  - name: A\n    description: a\n");
        ManifestResult one = yaml(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 16; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    ManifestResult r = yaml(text);
                    seen.add(JsonText.write(r.json().orElseThrow()));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(800).containsOnly(JsonText.write(one.json().orElseThrow()));
    }

    /** Found by fuzzing: a deeply nested tree overflowed the stack before anything bounded its depth. */
    @Test
    void rejectsATreeNestedTenThousandLevelsWithADiagnostic() throws InterruptedException {
        tools.jackson.databind.node.JsonNodeFactory f = tools.jackson.databind.node.JsonNodeFactory.instance;
        JsonNode nested = f.stringNode("x");
        for (int i = 0; i < 10_000; i++) {
            nested = f.arrayNode().add(nested);
        }
        tools.jackson.databind.node.ObjectNode tree = f.objectNode().put("name", "deep");
        tree.set("keywords", nested);
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(MetaValidator.create(ManifestOptions.DEFAULTS).validate(tree));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "deep-tree", 1 << 20);
        t.start();
        t.join();
        assertThat(outcome.get()).isInstanceOf(ManifestResult.class);
        assertThat(((ManifestResult) outcome.get()).errors()).extracting(Diagnostic::code).containsExactly("tree.depth");
    }

    /** Found by the concurrency property test: a big integer beyond the double range made JSON writing throw. */
    @Test
    void writesABigIntegerBeyondTheDoubleRangeAsNull() {
        JsonNode big = tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(
                java.math.BigInteger.TEN.pow(400));
        assertThat(JsonText.write(big)).isEqualTo("null");
    }
}
