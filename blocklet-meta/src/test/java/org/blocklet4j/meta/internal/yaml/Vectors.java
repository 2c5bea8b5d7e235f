package org.blocklet4j.meta.internal.yaml;

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

/** Reads the JSON-lines files that {@code conformance/reference/vectors/yaml.js} wrote from the reference. */
final class Vectors {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Vectors() {
    }

    static List<JsonNode> read(String name) {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Vectors.class.getResourceAsStream(name), name);
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

    static @Nullable String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return node == null || node.isNull() ? null : node.stringValue();
    }

    /** A short, printable name for a parameterized case. */
    static String label(String s) {
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
