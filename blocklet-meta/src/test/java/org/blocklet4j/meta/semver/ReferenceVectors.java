package org.blocklet4j.meta.semver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON-lines files that {@code conformance/reference/vectors/semver.js} wrote from the real semver 6.3.2.
 */
final class ReferenceVectors {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferenceVectors() {
    }

    static List<JsonNode> read(String name) {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ReferenceVectors.class.getResourceAsStream(name), name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    rows.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A string field, {@code null} for JSON null. */
    static @Nullable String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return node == null || node.isNull() ? null : node.stringValue();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array) {
            out.add(element.stringValue());
        }
        return out;
    }

    /** A short, printable name for a parameterized case. */
    static String label(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 60; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= 60) {
            out.append("…(").append(s.length()).append(')');
        }
        return '"' + out.toString() + '"';
    }
}
