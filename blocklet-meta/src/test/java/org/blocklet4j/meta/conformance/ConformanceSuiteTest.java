package org.blocklet4j.meta.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.testing.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Our result for every case of a recorded suite agrees with the reference's, apart from the cases listed in
 * {@code known-gaps.txt}, which must still differ. Two suites: the project's own ({@code conformance/} at the
 * repository root) and the shared real-world corpus when {@code blocklet.conformance.dir} names it.
 */
class ConformanceSuiteTest {
    @Test
    void projectSuiteAgreesWithReference() throws IOException {
        Path root = Path.of("..", "conformance").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(root.resolve("expected.jsonl")), "no conformance/expected.jsonl");
        check("own", root.resolve("cases"), root.resolve("expected.jsonl"));
    }

    @Test
    void projectTreeSuiteAgreesWithReference() throws IOException {
        Path root = Path.of("..", "conformance").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(root.resolve("expected-meta.jsonl")), "no conformance/expected-meta.jsonl");
        check("own-meta", root.resolve("cases-meta"), root.resolve("expected-meta.jsonl"));
    }

    @Test
    void sharedCorpusAgreesWithReference() throws IOException {
        Path dir = SharedCorpus.dir();
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("real")), "no real/ corpus in " + dir);
        check("shared", dir.resolve("real"), dir.resolve("real.golden.jsonl"));
    }

    private static void check(String suite, Path cases, Path golden) throws IOException {
        Map<String, String> gaps = KnownGaps.load();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> e : Golden.load(golden).entrySet()) {
            Path caseDir = cases.resolve(e.getKey());
            if (!Files.isDirectory(caseDir)) {
                continue;
            }
            checked++;
            List<String> diffs;
            try {
                diffs = suite.equals("own-meta") ? Golden.compareTree(caseDir, e.getValue())
                        : Golden.compare(caseDir, e.getValue());
            } catch (RuntimeException ex) {
                diffs = List.of("threw " + ex);
            }
            String key = suite + "/" + e.getKey();
            if (gaps.containsKey(key)) {
                if (diffs.isEmpty()) {
                    failures.add(key + ": listed in known-gaps.txt but agrees now; remove it");
                }
            } else if (!diffs.isEmpty()) {
                failures.add(key + ": " + String.join("; ", diffs));
            }
        }
        assertThat(checked).as("cases checked").isPositive();
        assertThat(failures).as(suite + " suite: " + failures.size() + " of " + checked + " cases").isEmpty();
    }
}
