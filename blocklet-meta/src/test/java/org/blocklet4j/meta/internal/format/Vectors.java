package org.blocklet4j.meta.internal.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON-lines files that {@code conformance/reference/vectors/formats.js} writes from the reference: one
 * object per line with the input ({@code input}, or {@code gen: [prefix, unit, count, suffix]} for long adversarial
 * strings) and the reference's results.
 */
final class Vectors {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Vectors() {
    }

    /** One line: the input it describes and the whole line for the expected values. */
    record Line(String input, JsonNode expected) {
        boolean isGenerated() {
            return expected.has("gen");
        }
    }

    static List<Line> read(String name) {
        String resource = name + ".jsonl";
        List<Line> lines = new ArrayList<>();
        try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(text);
                lines.add(new Line(input(node), node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The lines as single JUnit arguments, named after a shortened, escaped input. */
    static Stream<Arguments> arguments(String name) {
        return read(name).stream().map(line -> Arguments.of(Named.of(display(line), line)));
    }

    private static String input(JsonNode node) {
        if (node.has("input")) {
            return node.get("input").stringValue();
        }
        JsonNode gen = node.get("gen");
        return gen.get(0).stringValue() + gen.get(1).stringValue().repeat(gen.get(2).intValue())
                + gen.get(3).stringValue();
    }

    private static String display(Line line) {
        if (line.isGenerated()) {
            JsonNode gen = line.expected().get("gen");
            return escape(gen.get(0).stringValue()) + " + " + escape(gen.get(1).stringValue()) + " x "
                    + gen.get(2).intValue() + " + " + escape(gen.get(3).stringValue());
        }
        String s = line.input();
        return escape(s.length() > 80 ? s.substring(0, 80) + "..." : s);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Compares a computed string with an expected value that is either the string itself or, for long results,
     * {@code {length, sha256}} of its UTF-16LE code units.
     */
    static boolean matchesString(JsonNode expected, String actual) {
        if (expected.isString()) {
            return expected.stringValue().equals(actual);
        }
        if (expected.get("length").intValue() != actual.length()) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(actual.getBytes(StandardCharsets.UTF_16LE));
            return HexFormat.of().formatHex(digest).equals(expected.get("sha256").stringValue());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
