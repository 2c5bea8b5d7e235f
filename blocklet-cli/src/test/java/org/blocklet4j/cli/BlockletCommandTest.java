package org.blocklet4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BlockletCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HELLO = Path.of("..", "examples", "hello-blocklet").toString();
    private static final String BROKEN = Path.of("..", "examples", "broken-blocklet").toString();

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BlockletCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void exitsZeroWhenEveryManifestIsValid() {
        Run r = run("validate", HELLO);
        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("1 manifest checked: 1 valid, 0 invalid (0 errors, 0 warnings)");
    }

    @Test
    void printsGnuStyleLinesForProblems() {
        Run r = run("validate", BROKEN);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains(Path.of(BROKEN, "blocklet.yml") + ":3:6: error: did ")
                .contains("[did.invalid]")
                .contains(": warning: ")
                .contains("1 manifest checked: 0 valid, 1 invalid");
    }

    @Test
    void writesOneJsonLinePerPathInOrder() throws IOException {
        Run r = run("validate", "--format", "jsonl", HELLO, BROKEN);
        assertThat(r.status()).isEqualTo(1);
        List<String> lines = r.lines();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("path").stringValue()).isEqualTo(HELLO);
        assertThat(first.get("valid").booleanValue()).isTrue();
        assertThat(first.at("/meta/timeout/start").toString()).isEqualTo("60");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("valid").booleanValue()).isFalse();
        assertThat(second.get("meta").isNull()).isTrue();
        JsonNode problem = second.get("problems").get(0);
        assertThat(problem.propertyNames()).containsExactly("severity", "code", "pointer", "message", "line", "column");
        assertThat(problem.get("pointer").stringValue()).isEqualTo("/did");
    }

    @Test
    void writesSarifWithRulesAndRegions() throws IOException {
        Run r = run("validate", "--format", "sarif", BROKEN);
        JsonNode log = JSON.readTree(r.out());
        assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
        JsonNode result = log.at("/runs/0/results/0");
        assertThat(result.get("ruleId").stringValue()).isEqualTo("did.invalid");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(log.at("/runs/0/tool/driver/rules").findValuesAsString("id")).contains("did.invalid");
    }

    @Test
    void passesOptionsThrough(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blocklet.yml"), "name: example\ndid: z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf\n"
                + "components:\n  - source:\n      name: other\n");
        assertThat(run("validate", dir.toString()).status()).isEqualTo(1);
        assertThat(run("validate", "--no-store-check", dir.toString()).status()).isZero();
        Run store = run("validate", "--format", "jsonl", "--default-store", "https://store.example.com", dir.toString());
        assertThat(JSON.readTree(store.out()).at("/meta/components/0/source/store").stringValue())
                .isEqualTo("https://store.example.com");
        assertThat(run("validate", "--ensure-dist", dir.toString()).status()).isEqualTo(1);
    }

    @Test
    void exitsTwoForAMissingPath() {
        Run r = run("validate", "--format", "jsonl", "no/such/dir");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.lines()).hasSize(1);
    }

    @Test
    void exitsTwoOnUsageErrors() {
        assertThat(run("validate").status()).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", HELLO).status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void derivesDidsAsJsonLines() throws IOException {
        Run r = run("did", "--format", "jsonl", "--", "example", "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf", "-dash");
        assertThat(r.status()).isZero();
        List<String> lines = r.lines();
        assertThat(JSON.readTree(lines.get(0)).get("did").stringValue()).isEqualTo("z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf");
        assertThat(JSON.readTree(lines.get(0)).get("valid").booleanValue()).isFalse();
        assertThat(JSON.readTree(lines.get(1)).get("valid").booleanValue()).isTrue();
        assertThat(JSON.readTree(lines.get(2)).get("input").stringValue()).isEqualTo("-dash");
    }

    @Test
    void printsLayersAndCyclesAsJsonLines(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "{\"targetDid\": \"t\", \"children\": [{\"meta\": {\"did\": \"t\"}, \"dependencies\": "
                + "[{\"did\": \"a\", \"required\": true}]}, {\"meta\": {\"did\": \"a\"}, \"dependencies\": []}]}");
        Path cycle = dir.resolve("cycle.json");
        Files.writeString(cycle, "{\"targetDid\": \"t\", \"children\": [{\"meta\": {\"did\": \"t\"}, \"dependencies\": "
                + "[{\"did\": \"t\", \"required\": true}]}]}");
        Run r = run("layers", "--format", "jsonl", ok.toString(), cycle.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(JSON.readTree(r.lines().get(0)).get("layers").toString()).isEqualTo("[[\"a\"]]");
        JsonNode error = JSON.readTree(r.lines().get(1)).get("error");
        assertThat(error.get("code").stringValue()).isEqualTo("cycle");
        assertThat(error.get("cycle").toString()).isEqualTo("[\"t\",\"t\"]");
    }
}
