package org.blocklet4j.meta.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON-lines files the scripts under {@code conformance/reference/vectors/} record from the reference
 * (one JSON value a line; blank lines are skipped), and names their rows for parameterised tests.
 */
public final class JsonLines {
    /** A plain mapper for the files' JSON. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int LABEL_LENGTH = 60;

    private JsonLines() {
    }

    /** The rows of the test resource {@code name}, looked up next to {@code anchor}. */
    public static List<JsonNode> read(Class<?> anchor, String name) {
        try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(name), name)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of {@code file}. */
    public static List<JsonNode> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> parse(BufferedReader reader) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    /** The rows of a test resource as single JUnit arguments, each named by {@code name}. */
    public static Stream<Arguments> named(Class<?> anchor, String resource, Function<JsonNode, String> name) {
        return read(anchor, resource).stream().map(row -> Arguments.of(Named.of(name.apply(row), row)));
    }

    /** The rows of a test resource as single JUnit arguments, each named by the {@link #label} of a string field. */
    public static Stream<Arguments> named(Class<?> anchor, String resource, String field) {
        return named(anchor, resource, row -> label(text(row, field)));
    }

    /** A string field; null when it is JSON null or absent. */
    public static @Nullable String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return node == null || node.isNull() ? null : node.stringValue();
    }

    /** The elements of a JSON array of strings. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array) {
            out.add(element.stringValue());
        }
        return out;
    }

    /**
     * A short, printable, quoted name for a parameterised case: the first 60 characters with everything outside
     * printable ASCII escaped, and the length of a longer string.
     */
    public static String label(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < LABEL_LENGTH; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= LABEL_LENGTH) {
            out.append("…(").append(s.length()).append(')');
        }
        return '"' + out.toString() + '"';
    }
}
