package org.blocklet4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blocklet4j.meta.did.BlockletDid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code blocklet resolve} over components served from {@code file:} URLs. */
class ResolveCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BlockletCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** Writes the blocklet.json of {@code name} in its own directory, with a tarball beside it; returns its URL. */
    private String component(String name, String extra) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.write(home.resolve(name + ".tgz"), new byte[] {1});
        Files.writeString(home.resolve("blocklet.json"), "{\"name\": \"" + name + "\", \"did\": \""
                + BlockletDid.fromName(name) + "\", \"version\": \"1.0.0\", \"description\": \"The " + name
                + " component\", \"dist\": {\"tarball\": \"" + name + ".tgz\", \"integrity\": \"sha512-AAAA\"}" + extra
                + "}");
        return home.resolve("blocklet.json").toUri().toString();
    }

    private Path root(String components) throws IOException {
        Path home = Files.createDirectories(dir.resolve("root"));
        Files.writeString(home.resolve("blocklet.yml"), "name: root-app\ndid: " + BlockletDid.fromName("root-app")
                + "\nversion: 1.0.0\ndescription: The root blocklet\ncomponents:\n" + components);
        return home;
    }

    private String d;

    @BeforeEach
    void components() throws IOException {
        d = component("comp-d", "");
    }

    @Test
    void printsTheTreeAndTheLayers() throws IOException {
        String a = component("comp-a", ", \"components\": [{\"name\": \"comp-d\", \"required\": true, "
                + "\"source\": {\"url\": \"" + d + "\"}}]");
        String b = component("comp-b", "");
        Path root = root("  - name: comp-a\n    required: true\n    title: Alpha\n    source:\n      url: " + a + "\n"
                + "  - name: comp-b\n    source:\n      url: " + b + "\n");

        Run r = run("resolve", root.toString());

        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "root-app@1.0.0 (" + BlockletDid.fromName("root-app") + ")",
                "├── comp-a@1.0.0 /alpha [required]",
                "│   └── comp-d@1.0.0 /comp-d [required]",
                "└── comp-b@1.0.0 /comp-b [optional]",
                "",
                "install layers (first to last):",
                "  1: comp-d",
                "  2: comp-a");
    }

    @Test
    void writesJson() throws IOException {
        Path root = root("  - name: comp-d\n    required: true\n    source:\n      url: " + d + "\n");

        Run r = run("resolve", "--format", "json", root.toString());

        assertThat(r.status()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.at("/tree/children/0/name").stringValue()).isEqualTo("comp-d");
        assertThat(doc.at("/tree/children/0/duplicate").booleanValue()).isFalse();
        assertThat(doc.at("/components/0/url").stringValue()).isEqualTo(d);
        assertThat(doc.at("/tree/dependencies/0/version").stringValue()).isEqualTo("latest");
        assertThat(doc.get("layers").toString()).isEqualTo("[[\"" + BlockletDid.fromName("comp-d") + "\"]]");
    }

    @Test
    void reportsAComponentThatCannotBeFetched() throws IOException {
        String missing = dir.resolve("nowhere/blocklet.json").toUri().toString();
        Path root = root("  - name: comp-x\n    source:\n      url: " + missing + "\n");

        Run text = run("resolve", root.toString());
        assertThat(text.status()).isEqualTo(1);
        assertThat(text.out()).contains("error: Failed get component meta. Component: " + missing)
                .contains("File does not exist: ").contains("[fetch]");

        Run json = run("resolve", "--format", "json", root.toString());
        JsonNode error = JSON.readTree(json.out()).get("error");
        assertThat(error.get("code").stringValue()).isEqualTo("fetch");
        assertThat(error.at("/failures/0/kind").stringValue()).isEqualTo("not_found");
    }

    @Test
    void resolvesAManifestUrl() {
        Run r = run("resolve", d);
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("comp-d@1.0.0 (").contains("install layers: none");
    }

    @Test
    void exitsTwoOnUsageAndIoErrors() {
        assertThat(run("resolve", dir.resolve("no-such-dir").toString()).status()).isEqualTo(2);
        assertThat(run("resolve", "--store", "ftp://x", d).status()).isEqualTo(2);
        assertThat(run("resolve", "--format", "jsonl", d).status()).isEqualTo(2);
        assertThat(run("resolve").status()).isEqualTo(2);
    }
}
