package org.blocklet4j.meta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.yaml.JsJson;
import org.blocklet4j.meta.internal.yaml.JsYaml;
import org.blocklet4j.meta.internal.yaml.SourceMap;
import org.blocklet4j.meta.internal.yaml.YamlLoad;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A manifest text loaded as it is written, before any fix step: the document as a JSON tree and where each of its
 * parts starts in the text. It is what tools that check the raw file need (a JSON Schema validator, an editor
 * plugin): the tree to check and, for any RFC 6901 pointer into it, a line and column to report.
 *
 * <p>YAML is loaded as the reference loads {@code blocklet.yml} ({@code js-yaml.load(text, {json: true})}: YAML 1.1
 * scalars such as {@code 012} and timestamps, duplicate keys last-wins, merge keys), with the same bounds on
 * aliases, depth and length as {@link ManifestReader}; JSON as {@code JSON.parse} reads it. The tree is the value
 * in JSON form, as {@code JSON.parse(JSON.stringify(value))} gives it in the reference: a timestamp becomes its ISO
 * string with milliseconds, NaN and the infinities {@code null}, a {@code !!binary} value an object of its bytes,
 * and a whole number an integer node.
 *
 * <p>Pointers are in the key space of the file (keys as the loader made them, no renaming or camel-casing); a
 * node beneath an alias is known only through the alias itself (see {@link #nearestPosition}).
 *
 * <p>Instances are immutable and safe to share between threads; {@link #tree()} hands out a fresh copy.
 */
public final class SourceDocument {
    private final @Nullable JsonNode tree;
    private final SourceMap positions;
    private final List<Diagnostic> problems;

    private SourceDocument(YamlLoad load) {
        JsonNode value = load.value();
        this.tree = value == null ? null : JsTree.toJson(value);
        this.positions = load.sourceMap();
        this.problems = load.problems();
    }

    /** Loads YAML text; a leading byte order mark is dropped. Never throws for any text. */
    public static SourceDocument fromYaml(String text) {
        return new SourceDocument(JsYaml.load(Objects.requireNonNull(text, "text")));
    }

    /**
     * Loads YAML from UTF-8 bytes, decoded as Node's {@code fs.readFileSync(file).toString()} decodes them
     * (an ill-formed sequence becomes U+FFFD). Never throws for any bytes.
     */
    public static SourceDocument fromYaml(byte[] utf8) {
        return new SourceDocument(JsYaml.load(Objects.requireNonNull(utf8, "utf8")));
    }

    /** Loads JSON text as {@code JSON.parse} does (strict JSON, no byte order mark). Never throws for any text. */
    public static SourceDocument fromJson(String text) {
        return new SourceDocument(JsJson.load(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads a file: JSON when its name ends in {@code .json}, YAML otherwise.
     *
     * @throws BlockletMetaException when the file cannot be read
     */
    public static SourceDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BlockletMetaException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        if (name != null && name.toString().endsWith(".json")) {
            return new SourceDocument(JsJson.load(new String(bytes, StandardCharsets.UTF_8)));
        }
        return fromYaml(bytes);
    }

    /** True when the text loaded (with or without a document); false when {@link #problems()} says why not. */
    public boolean isLoaded() {
        return problems.isEmpty();
    }

    /**
     * Why the text did not load: at most one error (loading stops at the first), with its position; empty when it
     * loaded.
     */
    public List<Diagnostic> problems() {
        return problems;
    }

    /**
     * A copy of the document in JSON form; empty when the text did not load or held no document at all (js-yaml's
     * {@code undefined}: an empty text, or only white space). A document that is empty but present ({@code ---},
     * a comment) is a {@code NullNode}.
     */
    public Optional<JsonNode> tree() {
        return tree == null ? Optional.empty() : Optional.of(tree.deepCopy());
    }

    /** Where the value at {@code pointer} starts (its anchor or tag, if any); empty when no such node is known. */
    public Optional<SourcePosition> position(String pointer) {
        return Optional.ofNullable(positions.value(Objects.requireNonNull(pointer, "pointer")));
    }

    /**
     * Where the key of the mapping entry at {@code pointer} starts; empty for the root, a sequence item, or an
     * unknown node.
     */
    public Optional<SourcePosition> keyPosition(String pointer) {
        return Optional.ofNullable(positions.key(Objects.requireNonNull(pointer, "pointer")));
    }

    /**
     * Where the value at {@code pointer} starts or, when that node is not known (it lies beneath an alias, or does
     * not exist, such as a missing required key), where its closest known ancestor starts; empty only when nothing
     * is known (the text did not load).
     */
    public Optional<SourcePosition> nearestPosition(String pointer) {
        return Optional.ofNullable(positions.nearest(Objects.requireNonNull(pointer, "pointer")));
    }

    @Override
    public String toString() {
        return isLoaded() ? "SourceDocument[" + tree + "]" : "SourceDocument[failed: " + problems + "]";
    }
}
