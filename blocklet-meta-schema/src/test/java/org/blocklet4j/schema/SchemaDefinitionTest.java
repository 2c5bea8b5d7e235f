package org.blocklet4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema itself: valid draft-07, documented, and every pattern and enum exercised. */
class SchemaDefinitionTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> VALUES = Set.of("enum", "const", "default", "examples");
    private static final JsonNode SCHEMA = SchemaVariant.STANDARD.tree();

    @ParameterizedTest
    @EnumSource(SchemaVariant.class)
    void isValidAgainstTheDraft07MetaSchema(SchemaVariant variant) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        Schema meta = registry.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertThat(meta.validate(variant.text(), InputFormat.JSON)).isEmpty();
        assertThat(variant.tree().get("$schema").stringValue()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(variant.id().toString()).startsWith("https://").endsWith("/" + variant.fileName());
    }

    @Test
    void everyFieldAndDefinitionIsDescribedForPeople() {
        List<String> undocumented = new ArrayList<>();
        walk(SCHEMA, "", (node, pointer) -> {
            boolean named = pointer.matches(".*/(properties|definitions)/[^/]+$") && !pointer.contains("/if/")
                    && !pointer.contains("/then/") && !pointer.contains("/anyOf/");
            boolean onlyAReference = node.has("$ref") && node.size() == 1;
            if (named && !onlyAReference && (!node.has("description") || !node.has("markdownDescription"))) {
                undocumented.add(pointer);
            }
        });
        assertThat(undocumented).isEmpty();
        assertThat(SCHEMA.has("title")).isTrue();
    }

    @Test
    void everyPatternExplainsItselfAndNoReferenceHasSiblingRules() {
        List<String> problems = new ArrayList<>();
        walk(SCHEMA, "", (node, pointer) -> {
            if (node.has("pattern") && !node.has("patternErrorMessage") && !pointer.contains("/if/")) {
                problems.add(pointer + ": pattern without patternErrorMessage");
            }
            if (node.has("$ref")) {
                node.propertyNames().forEach(k -> {
                    if (!Set.of("$ref", "description", "markdownDescription").contains(k)) {
                        problems.add(pointer + ": " + k + " beside $ref (draft-07 ignores it)");
                    }
                });
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void legacyFieldsCarryADeprecationMessage() {
        assertThat(SCHEMA.at("/properties/children/deprecationMessage").isString()).isTrue();
        assertThat(SCHEMA.at("/properties/path/deprecationMessage").isString()).isTrue();
        assertThat(SCHEMA.at("/definitions/component/properties/name/deprecationMessage").isString()).isTrue();
        assertThat(SCHEMA.at("/definitions/navigationItem/properties/child/deprecationMessage").isString()).isTrue();
    }

    /** Every distinct pattern, at the first place it is used. */
    static Stream<Map.Entry<String, String>> patterns() {
        Map<String, String> byPattern = new LinkedHashMap<>();
        walk(SCHEMA, "", (node, pointer) -> {
            if (node.has("pattern")) {
                byPattern.putIfAbsent(node.get("pattern").stringValue(), pointer);
            }
        });
        return byPattern.entrySet().stream();
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void everyPatternIsMatchedAndViolatedByItsVectors(Map.Entry<String, String> pattern) throws IOException {
        JsonNode vectors;
        try (InputStream in = SchemaDefinitionTest.class.getResourceAsStream("patterns.json")) {
            vectors = MAPPER.readTree(in).get(pattern.getValue());
        }
        assertThat(vectors).as("vectors for " + pattern.getValue() + " in patterns.json").isNotNull();
        // networknt applies patterns with java.util.regex, unanchored, as JSON Schema says.
        Pattern p = Pattern.compile(pattern.getKey());
        assertThat(vectors.get("match")).isNotEmpty();
        assertThat(vectors.get("violate")).isNotEmpty();
        for (JsonNode m : vectors.get("match")) {
            assertThat(p.matcher(m.stringValue()).find()).as(pattern.getValue() + " matches " + m).isTrue();
        }
        for (JsonNode v : vectors.get("violate")) {
            assertThat(p.matcher(v.stringValue()).find()).as(pattern.getValue() + " rejects " + v).isFalse();
        }
    }

    /** Every enum of the schema, with where it is. */
    static Stream<Map.Entry<String, JsonNode>> enums() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        walk(SCHEMA, "", (node, pointer) -> {
            if (node.has("enum")) {
                out.put(pointer, node.get("enum"));
            }
        });
        return out.entrySet().stream();
    }

    @ParameterizedTest
    @MethodSource("enums")
    void everyEnumValueIsAcceptedWhereItStandsAndAStrangerIsNot(Map.Entry<String, JsonNode> e) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemas(Map.of(SchemaVariant.STANDARD.id().toString(), SchemaVariant.STANDARD.text())));
        Schema at = registry.getSchema(SchemaLocation.of(SchemaVariant.STANDARD.id() + "#" + e.getKey()));
        for (JsonNode value : e.getValue()) {
            assertThat(at.validate(value)).as(e.getKey() + " accepts " + value).isEmpty();
        }
        assertThat(at.validate(MAPPER.readTree("\"not-a-member\""))).as(e.getKey() + " rejects a stranger")
                .isNotEmpty();
    }

    @FunctionalInterface
    interface Visitor {
        void visit(JsonNode schema, String pointer);
    }

    /** Visits every schema object below {@code node}, skipping values ({@code enum}, {@code default}, …). */
    static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        } else if (node.isObject()) {
            visitor.visit(node, pointer);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!VALUES.contains(e.getKey())) {
                    walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), visitor);
                }
            }
        }
    }
}
