package org.blocklet4j.resolver;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One dependency of a component, as the reference records it: the DID it needs, whether it is required, and
 * the version range asked for.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param did      the DID of the component depended on
 * @param required whether it must be installed first; optional dependencies never order anything
 * @param version  the version or range asked for, when known
 */
public record Dependency(String did, boolean required, @Nullable String version) {
    /** Checks that the DID is given. */
    public Dependency {
        Objects.requireNonNull(did, "did");
    }

    /** A required dependency without a version. */
    public static Dependency required(String did) {
        return new Dependency(did, true, null);
    }
}
