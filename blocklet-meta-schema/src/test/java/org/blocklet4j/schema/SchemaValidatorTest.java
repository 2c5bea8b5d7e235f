package org.blocklet4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.SourcePosition;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class SchemaValidatorTest {
    private static final String BASE = """
            name: example
            did: z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf
            """;

    @Test
    void sharesOneValidatorPerVariant() {
        assertThat(SchemaValidator.of(SchemaVariant.STANDARD)).isSameAs(SchemaValidator.standard());
        assertThat(SchemaValidator.strict().variant()).isEqualTo(SchemaVariant.STRICT);
    }

    @Test
    void reportsAMissingKeyAtTheObjectThatLacksIt() {
        List<Diagnostic> found = SchemaValidator.standard().validateYaml(BASE + """
                interfaces:
                  - type: web
                    path: /
                """);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("schema.required");
            assertThat(d.pointer()).isEqualTo("/interfaces/0/name");
            assertThat(d.position()).isEqualTo(new SourcePosition(4, 5));
        });
    }

    @Test
    void reportsAValueAtTheValueWithTheSchemasOwnMessage() {
        List<Diagnostic> found = SchemaValidator.standard().validateYaml(BASE + "group: app\nmain: '  '\n");
        assertThat(found).extracting(Diagnostic::pointer).containsExactly("/group", "/main");
        assertThat(found.get(0).position()).isEqualTo(new SourcePosition(3, 8));
        assertThat(found.get(1).message()).isEqualTo("must not be empty or only white space");
    }

    @Test
    void reportsOnlyTheClosestAlternative() {
        // version is a semver or an empty value: a wrong version is reported as a version, not as "not empty".
        List<Diagnostic> found = SchemaValidator.standard().validateYaml(BASE + "version: one\n");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("schema.pattern");
            assertThat(d.message()).contains("semantic version");
        });
    }

    @Test
    void checksATreeWithoutPositions() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Diagnostic> found = SchemaValidator.standard().validate(mapper.readTree("{\"name\": \"x\"}"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/did");
            assertThat(d.position()).isNull();
        });
    }

    @Test
    void checksJsonWithPositions() {
        List<Diagnostic> found = SchemaValidator.standard().validateJson(
                "{\"did\": \"z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf\",\n \"egress\": \"no\"}");
        assertThat(found).singleElement().extracting(Diagnostic::position).isEqualTo(new SourcePosition(2, 12));
    }

    @Test
    void givesTheLoadProblemOfATextThatDoesNotLoad() {
        assertThat(SchemaValidator.standard().validateYaml("did: [1\n")).singleElement()
                .satisfies(d -> assertThat(d.code()).startsWith("yaml."));
    }

    @Test
    void rejectsAnEmptyTextAsNoManifest() {
        assertThat(SchemaValidator.standard().validateYaml("")).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("schema.type"));
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        String yaml = BASE + "group: app\ninterfaces: [{type: foo}]\nenvironments: [{name: BLOCKLET_X}]\n";
        List<Diagnostic> expected = SchemaValidator.strict().validateYaml(yaml);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Diagnostic>>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                runs.add(pool.submit(() -> SchemaValidator.strict().validateYaml(yaml)));
            }
            for (Future<List<Diagnostic>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
