package org.blocklet4j.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.SourceDocument;
import org.blocklet4j.schema.internal.SchemaCheck;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Checks a manifest as written against the JSON Schema of {@code blocklet.yml}, with networknt's
 * json-schema-validator, and reports what it finds as the library's {@link Diagnostic}s: code
 * {@code schema.<keyword>} ({@code schema.type}, {@code schema.pattern}, {@code schema.required},
 * {@code schema.additionalProperties}, …), the schema's own message for the rule ({@code patternErrorMessage}
 * where it has one), an RFC 6901 pointer into the file's key space, and the line and column in the file.
 *
 * <p>Positions come from blocklet-meta's loader ({@link SourceDocument}), not from the validator: a missing key is
 * reported at the object that lacks it, an unknown key at the key itself, anything else at its value. Where a
 * rule offers alternatives ({@code anyOf}), only the problems of the closest alternative are reported.
 *
 * <p>This is the schema-only check an editor makes as the file is typed: no fix steps, no defaults, no rule that
 * needs code. {@link org.blocklet4j.meta.ManifestReader} remains the full check; every manifest it accepts, the
 * {@link SchemaVariant#STANDARD} schema accepts too.
 *
 * <p>A validator is built once per variant ({@link #of}) and is immutable and safe to use from many threads at
 * once.
 */
public final class SchemaValidator {
    /** Built on first use: loading a schema into the validator takes a moment, and most callers need one. */
    private static final Map<SchemaVariant, SchemaValidator> INSTANCES = new ConcurrentHashMap<>();

    private final SchemaVariant variant;
    private final SchemaCheck check;

    private SchemaValidator(SchemaVariant variant) {
        this.variant = variant;
        this.check = new SchemaCheck(variant.fileName());
    }

    /** The shared validator of {@code variant}. */
    public static SchemaValidator of(SchemaVariant variant) {
        return INSTANCES.computeIfAbsent(Objects.requireNonNull(variant, "variant"), SchemaValidator::new);
    }

    /** The shared validator of the {@link SchemaVariant#STANDARD} schema. */
    public static SchemaValidator standard() {
        return of(SchemaVariant.STANDARD);
    }

    /** The shared validator of the {@link SchemaVariant#STRICT} schema. */
    public static SchemaValidator strict() {
        return of(SchemaVariant.STRICT);
    }

    /** The schema this validator checks against. */
    public SchemaVariant variant() {
        return variant;
    }

    /**
     * Checks a loaded document, with positions. A document that did not load gives its load problem; a text with
     * no document at all is checked as {@code null} (and so fails: a manifest is an object).
     */
    public List<Diagnostic> validate(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        if (!document.isLoaded()) {
            return document.problems();
        }
        return check.run(document.tree().orElse(NullNode.getInstance()), document);
    }

    /** Checks a tree (in JSON form) without positions; {@code manifest} is not changed. */
    public List<Diagnostic> validate(JsonNode manifest) {
        return check.run(Objects.requireNonNull(manifest, "manifest"), null);
    }

    /** Checks YAML text, as {@code blocklet.yml} is loaded. */
    public List<Diagnostic> validateYaml(String text) {
        return validate(SourceDocument.fromYaml(text));
    }

    /** Checks JSON text. */
    public List<Diagnostic> validateJson(String text) {
        return validate(SourceDocument.fromJson(text));
    }

    /**
     * Checks a file: JSON when its name ends in {@code .json}, YAML otherwise.
     *
     * @throws org.blocklet4j.meta.BlockletMetaException when the file cannot be read
     */
    public List<Diagnostic> validate(Path file) {
        return validate(SourceDocument.read(Objects.requireNonNull(file, "file")));
    }

    @Override
    public String toString() {
        return "SchemaValidator[" + variant.fileName() + "]";
    }
}
