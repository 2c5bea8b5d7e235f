package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst inputs, read in a JVM with a 64 MiB heap: each comes back as diagnostics, none as an
 * {@link OutOfMemoryError}. The test starts a child JVM running {@link Worker}, which prints one line per input,
 * {@code label: code code …}, and exits with 1 if any input escaped as a throwable.
 */
class SmallHeapTest {
    private static final String HEAP = "-Xmx64m";
    private static Map<String, Set<String>> codes;
    private static String output;

    @BeforeAll
    static void runWorkerWithSmallHeap(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP, "-Xss1m", "-Duser.timezone=UTC", "-cp", classPath(),
                Worker.class.getName(), dir.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Only a guard against a hang: a healthy run takes seconds.
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("worker finished; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("worker exit code; output:%n%s", output).isZero();
        codes = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int colon = line.indexOf(": ");
            if (line.startsWith("input ") && colon > 0) {
                codes.put(line.substring(6, colon), Set.of(line.substring(colon + 2).split(" ")));
            }
        }
    }

    /**
     * Everything the test JVM loads from, on one class path: the module path (main classes and dependencies), the
     * class path, and the test classes, which surefire patches into the module.
     */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        entries.add(Path.of(Worker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        entries.add(Path.of(ManifestReader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> codesOf(String label) {
        assertThat(codes).as("output:%n%s", output).containsKey(label);
        return codes.get(label);
    }

    @Test
    void billionLaughsIsAnAliasError() {
        assertThat(codesOf("billion-laughs")).containsExactly("yaml.aliases");
        assertThat(codesOf("billion-laughs-file")).containsExactly("yaml.aliases");
    }

    @Test
    void hundredThousandNestedCollectionsAreADepthError() {
        assertThat(codesOf("nesting-flow")).containsExactly("yaml.depth");
        assertThat(codesOf("nesting-block")).containsExactly("yaml.depth");
        assertThat(codesOf("nesting-json")).containsExactly("json.depth");
        assertThat(codesOf("nesting-json-tree")).containsExactly("json.depth");
    }

    @Test
    void threeMebibyteScalarIsReadOrRejectedAsTooLarge() {
        assertThat(codesOf("scalar-at-input-limit")).containsExactly("yaml.string-too-long");
        assertThat(codesOf("file-over-input-limit")).containsExactly("yaml.too-large");
    }

    @Test
    void hundredThousandKeysAreANodeLimitError() {
        assertThat(codesOf("keys-100k")).containsExactly("yaml.nodes");
        assertThat(codesOf("keys-100k-json")).containsExactly("json.nodes");
        assertThat(codesOf("keys-100k-json-tree")).containsExactly("json.nodes");
    }

    @Test
    void hundredThousandItemsAreANodeLimitError() {
        assertThat(codesOf("items-100k")).containsExactly("yaml.nodes");
    }

    /** Just within the node limit, each input draws a warning per node; they all come back. */
    @Test
    void documentsAtTheNodeLimitComeBackWithEveryDiagnostic() {
        assertThat(codesOf("long-keys-at-limit")).contains("key.unknown").doesNotContain("internal.error");
        assertThat(codesOf("environments-at-limit")).contains("key.unknown").doesNotContain("internal.error");
        assertThat(codesOf("navigation-at-limit")).doesNotContain("internal.error", "yaml.nodes");
    }

    /** Runs in the child JVM: reads each input and prints its diagnostic codes. */
    public static final class Worker {
        private Worker() {
        }

        public static void main(String[] args) throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            Path dir = Path.of(args[0]);
            ManifestReader reader = ManifestReader.withDefaults();
            MetaValidator validator = MetaValidator.create(ManifestOptions.DEFAULTS);
            Map<String, Supplier<ManifestResult>> inputs = new LinkedHashMap<>();
            String laughs = billionLaughs();
            inputs.put("billion-laughs", () -> reader.readYaml(laughs, null));
            inputs.put("billion-laughs-file", () -> reader.read(write(dir, laughs)));
            inputs.put("nesting-flow", () -> reader.readYaml("name: " + "[".repeat(100_000) + "]".repeat(100_000),
                    null));
            inputs.put("nesting-block", () -> reader.readYaml("- ".repeat(100_000) + "x\n", null));
            inputs.put("nesting-json", () -> reader.readJson("[".repeat(100_000) + "]".repeat(100_000), null));
            inputs.put("nesting-json-tree", () -> validator.validateJson("{\"a\":".repeat(100_000) + "1"
                    + "}".repeat(100_000)));
            inputs.put("scalar-at-input-limit", () -> reader.readYaml("name: " + "x".repeat(1024 * 1024 - 6), null));
            inputs.put("file-over-input-limit", () -> reader.read(write(dir, "name: " + "x".repeat(6 * 1024 * 1024))));
            inputs.put("keys-100k", () -> reader.readYaml(lines("k%x: 1\n", 100_000), null));
            inputs.put("items-100k", () -> reader.readYaml("keywords:\n" + lines("  - %x\n", 100_000), null));
            inputs.put("keys-100k-json", () -> reader.readJson("{" + lines("\"%x\":1,", 100_000)
                    + "\"name\": 1}", null));
            inputs.put("keys-100k-json-tree", () -> validator.validateJson("{" + lines("\"%x\":1,", 100_000)
                    + "\"name\": 1}"));
            String longKey = "k".repeat(20) + "%d: %d\n";
            inputs.put("long-keys-at-limit", () -> reader.readYaml(lines(longKey, 24_000), null));
            inputs.put("environments-at-limit", () -> reader.readYaml("environments:\n"
                    + lines("  - {name: E%d, description: d%d, unknown: 1}\n", 7_000), null));
            inputs.put("navigation-at-limit", () -> reader.readYaml("navigation:\n"
                    + lines("  - {title: t%d, link: /x%d, section: header, bogus: 1}\n", 5_000), null));
            int failures = 0;
            for (Map.Entry<String, Supplier<ManifestResult>> e : inputs.entrySet()) {
                try {
                    List<String> found = new ArrayList<>(new LinkedHashSet<>(
                            e.getValue().get().diagnostics().stream().map(Diagnostic::code).toList()));
                    out.println("input " + e.getKey() + ": " + (found.isEmpty() ? "none" : String.join(" ", found)));
                } catch (Throwable t) {
                    failures++;
                    out.println("input " + e.getKey() + " threw " + t);
                }
            }
            System.exit(failures == 0 ? 0 : 1);
        }

        private static String billionLaughs() {
            StringBuilder s = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            char previous = 'a';
            for (char c = 'b'; c <= 'j'; c++) {
                s.append(c).append(": &").append(c).append(" [")
                        .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
                previous = c;
            }
            return s.toString();
        }

        private static String lines(String format, int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(String.format(format, i, i));
            }
            return s.toString();
        }

        private static Path write(Path dir, String text) {
            try {
                Path file = dir.resolve("blocklet.yml");
                Files.writeString(file, text);
                return dir;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
