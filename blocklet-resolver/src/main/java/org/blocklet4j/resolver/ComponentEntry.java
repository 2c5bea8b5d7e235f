package org.blocklet4j.resolver;

import java.util.List;
import java.util.Objects;

/**
 * A component in the reference's input shape for layering: its DID and its dependencies.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param did          the component's DID
 * @param dependencies what it depends on, in declared order
 */
public record ComponentEntry(String did, List<Dependency> dependencies) {
    /** Keeps an unmodifiable copy of the dependencies. */
    public ComponentEntry {
        Objects.requireNonNull(did, "did");
        dependencies = List.copyOf(dependencies);
    }
}
