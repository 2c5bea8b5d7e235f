package org.blocklet4j.meta;

import org.blocklet4j.meta.internal.yaml.YamlLimits;

/**
 * Bounds on what reading one manifest may cost, so that a hostile or broken file is turned away cheaply with a
 * diagnostic rather than a long run, a deep recursion or an exhausted heap. Each bound is checked while the text is
 * parsed, on the parser's events, before any tree is walked; each has its own diagnostic code. The reference
 * ({@code js-yaml} and {@code JSON.parse} under {@code @blocklet/meta}) has only the depth and merge bounds; the
 * others reject files it would accept, none of which is a plausible manifest (real ones are under 5 KB and write a
 * few hundred nodes).
 *
 * <table>
 *   <caption>The bounds</caption>
 *   <tr><th>bound</th><th>default</th><th>code when exceeded</th></tr>
 *   <tr><td>{@link #maxInputLength()}</td><td>1 MiB of code points (a file read from disk: four bytes per code
 *       point, read no further)</td><td>{@code yaml.too-large}, {@code json.too-large}</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>100, js-yaml's {@code maxDepth}</td><td>{@code yaml.depth},
 *       {@code json.depth}, {@code tree.depth}</td></tr>
 *   <tr><td>{@link #maxNodes()}</td><td>50,000 keys and values</td><td>{@code yaml.nodes},
 *       {@code json.nodes}</td></tr>
 *   <tr><td>{@link #maxAliasExpansion()}</td><td>1,000,000 nodes added by aliases</td>
 *       <td>{@code yaml.aliases}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>65,536 characters in one key or string</td>
 *       <td>{@code yaml.string-too-long}, {@code json.string-too-long}</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>1,000 characters in one number</td>
 *       <td>{@code yaml.number-too-long}, {@code json.number-too-long}</td></tr>
 *   <tr><td>{@link #maxMergeSources()}</td><td>100 mappings in one {@code <<}, as js-yaml</td>
 *       <td>{@code yaml.merge}</td></tr>
 *   <tr><td>{@link #maxMergeKeys()}</td><td>10,000 merged keys in a document, as js-yaml</td>
 *       <td>{@code yaml.merge}</td></tr>
 * </table>
 *
 * <p>The input bound is 1 MiB rather than snakeyaml-engine's 3 MiB: loading time was measured to grow linearly
 * with the length of one long scalar (plain, quoted or a key) up to 3 MiB, so the bound is about memory and what
 * a store should accept, not about a super-linear scanner.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ReadLimits {
    /** The defaults of the table above. */
    public static final ReadLimits DEFAULTS = builder().build();

    private final YamlLimits limits;

    private ReadLimits(YamlLimits limits) {
        this.limits = limits;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxInputLength = limits.maxCodePoints();
        b.maxDepth = limits.maxDepth();
        b.maxNodes = limits.maxNodes();
        b.maxAliasExpansion = limits.maxAliasExpansion();
        b.maxStringLength = limits.maxStringLength();
        b.maxNumberLength = limits.maxNumberLength();
        b.maxMergeSources = limits.maxMergeSources();
        b.maxMergeKeys = limits.maxMergeKeys();
        return b;
    }

    /** The longest text read, in code points. */
    public int maxInputLength() {
        return limits.maxCodePoints();
    }

    /**
     * How deeply collections may nest, counted as js-yaml counts its {@code maxDepth}; it also bounds a tree given
     * to {@link MetaValidator}, and holds through YAML aliases.
     */
    public int maxDepth() {
        return limits.maxDepth();
    }

    /** The most keys and values one document may write (what aliases repeat counts toward the alias bound). */
    public int maxNodes() {
        return limits.maxNodes();
    }

    /** How many nodes YAML aliases may add when the document is expanded (billion laughs stop here). */
    public long maxAliasExpansion() {
        return limits.maxAliasExpansion();
    }

    /** The longest key or string value, in UTF-16 characters. */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /** The longest number, in characters of its text. */
    public int maxNumberLength() {
        return limits.maxNumberLength();
    }

    /** The most mappings one YAML merge key ({@code <<}) may merge. */
    public int maxMergeSources() {
        return limits.maxMergeSources();
    }

    /** The most merge work in one document: each merged mapping and each of its keys counts one. */
    public int maxMergeKeys() {
        return limits.maxMergeKeys();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadLimits other && limits.equals(other.limits);
    }

    @Override
    public int hashCode() {
        return limits.hashCode();
    }

    @Override
    public String toString() {
        return "ReadLimits" + limits.toString().substring("YamlLimits".length());
    }

    /** Builds {@link ReadLimits}; each bound must be at least 1. Not thread-safe. */
    public static final class Builder {
        private int maxInputLength = YamlLimits.DEFAULTS.maxCodePoints();
        private int maxDepth = YamlLimits.DEFAULTS.maxDepth();
        private int maxNodes = YamlLimits.DEFAULTS.maxNodes();
        private long maxAliasExpansion = YamlLimits.DEFAULTS.maxAliasExpansion();
        private int maxStringLength = YamlLimits.DEFAULTS.maxStringLength();
        private int maxNumberLength = YamlLimits.DEFAULTS.maxNumberLength();
        private int maxMergeSources = YamlLimits.DEFAULTS.maxMergeSources();
        private int maxMergeKeys = YamlLimits.DEFAULTS.maxMergeKeys();

        private Builder() {
        }

        /** See {@link ReadLimits#maxInputLength()}. */
        public Builder maxInputLength(int value) {
            this.maxInputLength = positive(value, "maxInputLength");
            return this;
        }

        /** See {@link ReadLimits#maxDepth()}. */
        public Builder maxDepth(int value) {
            this.maxDepth = positive(value, "maxDepth");
            return this;
        }

        /** See {@link ReadLimits#maxNodes()}. */
        public Builder maxNodes(int value) {
            this.maxNodes = positive(value, "maxNodes");
            return this;
        }

        /** See {@link ReadLimits#maxAliasExpansion()}. */
        public Builder maxAliasExpansion(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAliasExpansion must be at least 1: " + value);
            }
            this.maxAliasExpansion = value;
            return this;
        }

        /** See {@link ReadLimits#maxStringLength()}. */
        public Builder maxStringLength(int value) {
            this.maxStringLength = positive(value, "maxStringLength");
            return this;
        }

        /** See {@link ReadLimits#maxNumberLength()}. */
        public Builder maxNumberLength(int value) {
            this.maxNumberLength = positive(value, "maxNumberLength");
            return this;
        }

        /** See {@link ReadLimits#maxMergeSources()}. */
        public Builder maxMergeSources(int value) {
            this.maxMergeSources = positive(value, "maxMergeSources");
            return this;
        }

        /** See {@link ReadLimits#maxMergeKeys()}. */
        public Builder maxMergeKeys(int value) {
            this.maxMergeKeys = positive(value, "maxMergeKeys");
            return this;
        }

        /** The limits. */
        public ReadLimits build() {
            return new ReadLimits(new YamlLimits(maxDepth, maxAliasExpansion, maxInputLength, maxMergeSources,
                    maxMergeKeys, maxNodes, maxStringLength, maxNumberLength));
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return value;
        }
    }
}
