package org.blocklet4j.resolver;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Options of {@link RequiredLayers}.
 *
 * <p>Instances are immutable and safe to share between threads (when the filter is).
 *
 * @param filter   components that may take part (the reference's {@code filter}); a component it rejects, and what
 *                 only it required, drop out
 * @param maxDepth the deepest layer allowed, counted from the target's direct dependencies as 1; 0 for no limit
 *                 (the default: the reference's silent cut at 9 levels is not copied)
 */
public record LayerOptions(Predicate<ComponentEntry> filter, int maxDepth) {
    /** Every component, no depth limit. */
    public static final LayerOptions DEFAULTS = new LayerOptions(c -> true, 0);

    /** Checks the filter is given and the depth is not negative. */
    public LayerOptions {
        Objects.requireNonNull(filter, "filter");
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be 0 (no limit) or more: " + maxDepth);
        }
    }

    /** These options with {@code filter}. */
    public LayerOptions withFilter(Predicate<ComponentEntry> filter) {
        return new LayerOptions(filter, maxDepth);
    }

    /** These options with {@code maxDepth}. */
    public LayerOptions withMaxDepth(int maxDepth) {
        return new LayerOptions(filter, maxDepth);
    }
}
