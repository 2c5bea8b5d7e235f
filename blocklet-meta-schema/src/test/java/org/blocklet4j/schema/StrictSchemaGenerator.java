package org.blocklet4j.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives {@code blocklet.strict.schema.json} from {@code blocklet.schema.json}, the one source: every object
 * schema that lists its {@code properties} gets {@code additionalProperties: false} (keeping what the standard
 * variant says where it already says something), and the {@code $id}, title and description say which variant
 * it is. {@link StrictSchemaTest} checks that the shipped file is what this gives; run
 * {@code mvn -pl blocklet-meta-schema test -Dtest=StrictSchemaTest -Dblocklet.schema.write=true} after editing
 * the standard schema to write it again.
 *
 * <p>Also the one way both files are printed ({@link #print}): two-space indentation, one array element or
 * object member per line, UTF-8 as it is.
 */
final class StrictSchemaGenerator {
    static final Path RESOURCES = Path.of("src", "main", "resources", "org", "blocklet4j", "schema");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String STRICT_NOTE = " This strict variant also reports keys it does not know, such as a"
            + " misspelt one.";

    private StrictSchemaGenerator() {
    }

    /** The strict variant of {@code standard}; {@code standard} is not changed. */
    static ObjectNode derive(JsonNode standard) {
        ObjectNode strict = (ObjectNode) standard.deepCopy();
        strict.put("$id", strict.get("$id").stringValue().replace("blocklet.schema.json",
                "blocklet.strict.schema.json"));
        strict.put("title", strict.get("title").stringValue() + " (strict)");
        strict.put("description", strict.get("description").stringValue() + STRICT_NOTE);
        strict.put("markdownDescription", strict.get("markdownDescription").stringValue() + STRICT_NOTE);
        close(strict);
        return strict;
    }

    /** Adds {@code additionalProperties: false} to every object schema with properties, below {@code node}. */
    private static void close(JsonNode node) {
        if (node.isArray()) {
            node.forEach(StrictSchemaGenerator::close);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            // Values, not schemas: nothing in them is closed.
            if (!e.getKey().equals("enum") && !e.getKey().equals("const") && !e.getKey().equals("default")
                    && !e.getKey().equals("examples")) {
                close(e.getValue());
            }
        }
        if (schema.has("properties") && isObjectType(schema.get("type")) && !schema.has("additionalProperties")) {
            ObjectNode copy = schema.deepCopy();
            schema.removeAll();
            for (Map.Entry<String, JsonNode> e : copy.properties()) {
                schema.set(e.getKey(), e.getValue());
                if (e.getKey().equals("properties")) {
                    schema.put("additionalProperties", false);
                }
            }
        }
    }

    private static boolean isObjectType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isString()) {
            return type.stringValue().equals("object");
        }
        for (JsonNode t : type) {
            if (t.isString() && t.stringValue().equals("object")) {
                return true;
            }
        }
        return false;
    }

    /** The text of a schema file: {@code tree} printed in the project's one format, with a final line break. */
    static String print(JsonNode tree) {
        StringBuilder sb = new StringBuilder();
        print(tree, 0, sb);
        return sb.append('\n').toString();
    }

    private static void print(JsonNode node, int indent, StringBuilder sb) {
        if (node.isObject() && !node.isEmpty()) {
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                sb.append("  ".repeat(indent + 1)).append(MAPPER.writeValueAsString(JsonNodeFactory.instance
                        .stringNode(e.getKey()))).append(": ");
                print(e.getValue(), indent + 1, sb);
                sb.append(++i < node.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(indent)).append('}');
        } else if (node.isArray() && !node.isEmpty()) {
            sb.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                sb.append("  ".repeat(indent + 1));
                print(node.get(i), indent + 1, sb);
                sb.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            sb.append("  ".repeat(indent)).append(']');
        } else {
            sb.append(MAPPER.writeValueAsString(node));
        }
    }

    /** Writes the strict file from the standard one, in the module directory {@code module}. */
    static void write(Path module) throws IOException {
        Path dir = module.resolve(RESOURCES);
        JsonNode standard = MAPPER.readTree(Files.readString(dir.resolve("blocklet.schema.json")));
        Files.writeString(dir.resolve("blocklet.strict.schema.json"), print(derive(standard)), StandardCharsets.UTF_8);
    }
}
