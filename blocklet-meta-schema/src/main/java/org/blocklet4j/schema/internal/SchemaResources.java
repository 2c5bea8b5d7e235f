package org.blocklet4j.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema files shipped in the module's package, read once. Safe to use from any thread; callers must not
 * change the trees handed out.
 */
public final class SchemaResources {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();

    private SchemaResources() {
    }

    /** The text of the shipped file {@code name}. */
    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, SchemaResources::read);
    }

    /** The shipped file {@code name} as a tree, shared: do not change it. */
    public static JsonNode tree(String name) {
        return TREES.computeIfAbsent(name, n -> MAPPER.readTree(text(n)));
    }

    private static String read(String name) {
        try (InputStream in = SchemaResources.class.getResourceAsStream("/org/blocklet4j/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
