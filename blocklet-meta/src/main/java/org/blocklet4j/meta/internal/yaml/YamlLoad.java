package org.blocklet4j.meta.internal.yaml;

import java.util.List;
import java.util.Objects;

import org.blocklet4j.meta.Diagnostic;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The outcome of loading a manifest text: the value (in the {@link org.blocklet4j.meta.internal.js.JsTree}
 * conventions), where its parts came from, and the problems that stopped it from loading.
 *
 * <p>Exactly one of three things holds: the load failed ({@link #problems()} is non-empty, the value is null and
 * the source map empty); the text held no document ({@link #isUndefined()}, as js-yaml returns
 * {@code undefined}); or {@link #value()} is the document, {@code NullNode} for an empty one.
 *
 * <p>Instances are immutable (the tree is handed over to the caller, who may mutate it) and safe to share between
 * threads when the tree is not mutated.
 */
public final class YamlLoad {
    private static final YamlLoad UNDEFINED = new YamlLoad(null, true, SourceMap.EMPTY, List.of());

    private final @Nullable JsonNode value;
    private final boolean undefined;
    private final SourceMap sourceMap;
    private final List<Diagnostic> problems;

    private YamlLoad(@Nullable JsonNode value, boolean undefined, SourceMap sourceMap, List<Diagnostic> problems) {
        this.value = value;
        this.undefined = undefined;
        this.sourceMap = sourceMap;
        this.problems = List.copyOf(problems);
    }

    /** A loaded document. */
    static YamlLoad of(JsonNode value, SourceMap sourceMap) {
        return new YamlLoad(Objects.requireNonNull(value, "value"), false, sourceMap, List.of());
    }

    /** A text without any document. */
    static YamlLoad undefinedDocument() {
        return UNDEFINED;
    }

    /** A text that failed to load. */
    static YamlLoad failure(Diagnostic problem) {
        return new YamlLoad(null, false, SourceMap.EMPTY, List.of(problem));
    }

    /** The document, or null when the load failed or there was no document. */
    public @Nullable JsonNode value() {
        return value;
    }

    /** True when the text held no document at all (js-yaml's {@code undefined}); the value is then null. */
    public boolean isUndefined() {
        return undefined;
    }

    /** True when the text loaded, with or without a document. */
    public boolean isLoaded() {
        return problems.isEmpty();
    }

    /** Positions of the document's parts; {@link SourceMap#EMPTY} when the load failed. */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    /** Why the text failed to load (at most one problem: loading stops at the first); empty on success. */
    public List<Diagnostic> problems() {
        return problems;
    }

    @Override
    public String toString() {
        if (!problems.isEmpty()) {
            return "YamlLoad[failed: " + problems + "]";
        }
        return undefined ? "YamlLoad[undefined]" : "YamlLoad[" + value + "]";
    }
}
