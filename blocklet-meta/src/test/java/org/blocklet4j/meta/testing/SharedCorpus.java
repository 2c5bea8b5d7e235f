package org.blocklet4j.meta.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * The shared conformance corpus, which the repository may not hold: tests read it from the directory the system
 * property {@code blocklet.conformance.dir} names, and are skipped when the property is not set.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The corpus directory; aborts the calling test (as skipped) when the property is not set. */
    public static Path dir() {
        String dir = System.getProperty("blocklet.conformance.dir", "");
        assumeTrue(!dir.isBlank(), "blocklet.conformance.dir is not set");
        return Path.of(dir);
    }
}
