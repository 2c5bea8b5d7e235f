package org.blocklet4j.meta.internal.yaml;

import org.blocklet4j.meta.ReadLimits;

/**
 * Bounds on what a load may cost. Each bound that a document exceeds is reported as its own diagnostic.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param maxDepth           how deeply nodes may nest, counted as js-yaml counts its {@code maxDepth} (100 by
 *                           default): every node on the path, the innermost scalar included, plus one level for a
 *                           flow collection or scalar where a block collection could stand; exceeding it is
 *                           {@code yaml.depth}. Unlike js-yaml, the bound also holds through aliases (an alias
 *                           nests its anchor's levels where it stands), so that no walk of the value recurses
 *                           deeper
 * @param maxAliasExpansion  how many nodes aliases may add when the document is expanded (an alias adds the size
 *                           of the subtree it repeats, less one); js-yaml shares aliased values and has no such
 *                           bound, but everything after loading walks the expanded tree, so a billion-laughs
 *                           document must fail here ({@code yaml.aliases}); default 1,000,000
 * @param maxCodePoints      the longest text accepted, in code points (1 MiB by default); js-yaml has no such
 *                           bound ({@code yaml.too-large})
 * @param maxMergeSources    the most mappings one {@code <<} may merge, js-yaml's fixed 100 ({@code yaml.merge})
 * @param maxMergeKeys       the most merge work in one document, js-yaml's {@code maxTotalMergeKeys} 10,000: each
 *                           merged mapping and each key of it counts one ({@code yaml.merge})
 * @param maxNodes           the most nodes a document may write: scalars, collections and aliases, keys included,
 *                           each counted once where it is written (what aliases repeat counts toward
 *                           {@code maxAliasExpansion}; in JSON, values only); default 50,000 ({@code yaml.nodes},
 *                           {@code json.nodes}). js-yaml has no such bound, but every step after loading copies and
 *                           checks the document, and a text within {@code maxCodePoints} can write over a million
 *                           nodes: 100,000 keys need more than 64 MiB of heap on their way through the pipeline,
 *                           50,000 nodes far less. Real manifests write a few hundred
 * @param maxStringLength    the longest key or string, in UTF-16 characters; default 65,536
 *                           ({@code yaml.string-too-long}, {@code json.string-too-long})
 * @param maxNumberLength    the longest text of a number; default 1,000 ({@code yaml.number-too-long},
 *                           {@code json.number-too-long})
 */
public record YamlLimits(int maxDepth, long maxAliasExpansion, int maxCodePoints, int maxMergeSources,
                         int maxMergeKeys, int maxNodes, int maxStringLength, int maxNumberLength) {
    /**
     * The defaults: depth 100, alias expansion 1,000,000 nodes, 1 MiB, 100 merge sources, 10,000 merge keys,
     * 50,000 nodes, strings of 65,536 characters, numbers of 1,000.
     */
    public static final YamlLimits DEFAULTS = new YamlLimits(100, 1_000_000L, 1024 * 1024, 100, 10_000,
            50_000, 65_536, 1_000);

    public YamlLimits {
        if (maxDepth < 1 || maxAliasExpansion < 0 || maxCodePoints < 0 || maxMergeSources < 0 || maxMergeKeys < 0
                || maxNodes < 0 || maxStringLength < 0 || maxNumberLength < 0) {
            throw new IllegalArgumentException("limits must not be negative and depth must be at least 1");
        }
    }

    /** These limits with the default {@code maxNodes}, {@code maxStringLength} and {@code maxNumberLength}. */
    public YamlLimits(int maxDepth, long maxAliasExpansion, int maxCodePoints, int maxMergeSources,
                      int maxMergeKeys) {
        this(maxDepth, maxAliasExpansion, maxCodePoints, maxMergeSources, maxMergeKeys, DEFAULTS.maxNodes,
                DEFAULTS.maxStringLength, DEFAULTS.maxNumberLength);
    }

    /** These limits with the default {@code maxStringLength} and {@code maxNumberLength}. */
    public YamlLimits(int maxDepth, long maxAliasExpansion, int maxCodePoints, int maxMergeSources,
                      int maxMergeKeys, int maxNodes) {
        this(maxDepth, maxAliasExpansion, maxCodePoints, maxMergeSources, maxMergeKeys, maxNodes,
                DEFAULTS.maxStringLength, DEFAULTS.maxNumberLength);
    }

    /** The loaders' form of the public {@link ReadLimits}. */
    public static YamlLimits of(ReadLimits limits) {
        return new YamlLimits(limits.maxDepth(), limits.maxAliasExpansion(), limits.maxInputLength(),
                limits.maxMergeSources(), limits.maxMergeKeys(), limits.maxNodes(), limits.maxStringLength(),
                limits.maxNumberLength());
    }
}
