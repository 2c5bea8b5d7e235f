package org.blocklet4j.meta.internal.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-lines files that {@code conformance/reference/vectors/formats.js} writes from the reference: one
 * object per line with the input ({@code input}, or {@code gen: [prefix, unit, count, suffix]} for long adversarial
 * strings) and the reference's results.
 */
final class Vectors {
    private Vectors() {
    }

    /** One line: the input it describes and the whole line for the expected values. */
    record Line(String input, JsonNode expected) {
        boolean isGenerated() {
            return expected.has("gen");
        }
    }

    /** The lines of the file a {@link VectorTest} names, as {@link Line}s named after their input. */
    static final class Provider extends AnnotationBasedArgumentsProvider<VectorTest> {
        @Override
        protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                ExtensionContext context, VectorTest test) {
            return JsonLines.read(Vectors.class, test.value() + ".jsonl").stream()
                    .map(node -> new Line(input(node), node))
                    .map(line -> Arguments.of(Named.of(display(line), line)));
        }
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
            return JsonLines.label(gen.get(0).stringValue()) + " + " + JsonLines.label(gen.get(1).stringValue())
                    + " x " + gen.get(2).intValue() + " + " + JsonLines.label(gen.get(3).stringValue());
        }
        return JsonLines.label(line.input());
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
