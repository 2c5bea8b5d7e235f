package org.blocklet4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code blocklet schema} and {@code blocklet validate --schema-only}. */
class SchemaCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HELLO = Path.of("..", "examples", "hello-blocklet").toString();
    private static final String BROKEN = Path.of("..", "examples", "broken-blocklet").toString();

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BlockletCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsTheStandardSchema() {
        Run r = run("schema");
        assertThat(r.status()).isZero();
        JsonNode schema = JSON.readTree(r.out());
        assertThat(schema.get("$schema").stringValue()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.get("$id").stringValue()).endsWith("/blocklet.schema.json");
        assertThat(schema.at("/properties/additionalProperties").isMissingNode()).isTrue();
    }

    @Test
    void printsTheStrictSchema() {
        Run r = run("schema", "--strict");
        assertThat(r.status()).isZero();
        JsonNode schema = JSON.readTree(r.out());
        assertThat(schema.get("$id").stringValue()).endsWith("/blocklet.strict.schema.json");
        assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
    }

    @Test
    void schemaOnlyAcceptsAValidManifest() {
        Run r = run("validate", "--schema-only", HELLO);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("1 valid, 0 invalid");
    }

    @Test
    void schemaOnlyReportsWhatTheSchemaSeesWithPositions() {
        Run r = run("validate", "--schema-only", BROKEN);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains(Path.of(BROKEN, "blocklet.yml") + ":")
                .contains("[schema.")
                .contains("0 valid, 1 invalid")
                // The DID's checksum is the library's to check, not the schema's.
                .doesNotContain("[did.invalid]");
    }

    @Test
    void schemaOnlyReadsBlockletYamlAndReportsAMissingManifest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blocklet.yaml"), "did: z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf\nversion: one\n");
        Run r = run("validate", "--schema-only", "--format", "jsonl", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode line = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(line.at("/problems/0/pointer").stringValue()).isEqualTo("/version");
        assertThat(line.at("/problems/0/line").intValue()).isEqualTo(2);

        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run none = run("validate", "--schema-only", empty.toString());
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.out()).contains("manifest.not-found");
    }
}
