package org.blocklet4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;

class StrictSchemaTest {
    private static final String MINIMAL = """
            name: my-blocklet
            did: z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf
            version: 1.0.0
            description: A blocklet for tests
            """;

    @Test
    void shippedStrictSchemaIsDerivedFromTheStandardOne() throws IOException {
        if (Boolean.getBoolean("blocklet.schema.write")) {
            StrictSchemaGenerator.write(Path.of(""));
        }
        String expected = StrictSchemaGenerator.print(StrictSchemaGenerator.derive(SchemaVariant.STANDARD.tree()));
        assertThat(SchemaVariant.STRICT.text())
                .as("blocklet.strict.schema.json is out of date: run mvn -pl blocklet-meta-schema test"
                        + " -Dtest=StrictSchemaTest -Dblocklet.schema.write=true")
                .isEqualTo(expected);
    }

    @Test
    void standardSchemaIsInTheCanonicalFormat() throws IOException {
        String file = Files.readString(StrictSchemaGenerator.RESOURCES.resolve("blocklet.schema.json"),
                StandardCharsets.UTF_8);
        assertThat(file).isEqualTo(StrictSchemaGenerator.print(SchemaVariant.STANDARD.tree()));
    }

    @Test
    void strictFlagsAMisspeltKeyAtTheKey() {
        String yaml = MINIMAL + "enviroments:\n  - name: API_KEY\n    description: key\n";
        assertThat(SchemaValidator.standard().validateYaml(yaml)).isEmpty();
        assertThat(SchemaValidator.strict().validateYaml(yaml)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("schema.additionalProperties");
            assertThat(d.pointer()).isEqualTo("/enviroments");
            assertThat(d.message()).contains("enviroments");
            assertThat(d.sourcePosition().orElseThrow().line()).isEqualTo(5);
            assertThat(d.sourcePosition().orElseThrow().column()).isEqualTo(1);
        });
    }

    @Test
    void strictFlagsUnknownKeysInNestedObjects() {
        String yaml = MINIMAL + """
                interfaces:
                  - type: web
                    name: publicUrl
                    prot: 3000
                navigation:
                  - title: {en: Home, xx: Maison}
                    link: /
                """;
        assertThat(SchemaValidator.standard().validateYaml(yaml)).isEmpty();
        assertThat(SchemaValidator.strict().validateYaml(yaml)).extracting(Diagnostic::pointer)
                .containsExactly("/interfaces/0/prot", "/navigation/0/title/xx");
    }

    @Test
    void strictAcceptsTheLegacyAndRawFormsTheStandardSchemaDescribes() {
        String yaml = MINIMAL + """
                author: Jane Doe <jane@example.com> (https://jane.dev)
                keywords: blog, editor
                scripts:
                  pre-start: node migrate.js
                children:
                  - name: old-name
                    source: {store: 'https://store.blocklet.dev', name: other}
                """;
        assertThat(SchemaValidator.strict().validateYaml(yaml)).isEmpty();
    }
}
