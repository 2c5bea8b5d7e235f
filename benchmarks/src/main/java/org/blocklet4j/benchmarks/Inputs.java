package org.blocklet4j.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The suite's inputs, and a command that writes them for the reference's run:
 * {@code java -cp benchmarks.jar org.blocklet4j.benchmarks.Inputs DIR [MAX_GRAPH_SIZE]} writes
 * {@code DIR/manifests/<size>/blocklet.yml}, {@code DIR/graphs/<shape>-<n>.json} (up to MAX_GRAPH_SIZE components,
 * 10,000 by default) and {@code DIR/did-names.txt}.
 */
public final class Inputs {
    /** The seed of every input in the suite. */
    public static final long SEED = 1;

    /** The graph sizes of the suite. */
    public static final int[] GRAPH_SIZES = {1_000, 10_000, 100_000, 1_000_000};

    private Inputs() {
    }

    /** 64 package-like names, for DID derivation. */
    static String[] didNames() {
        String[] names = new String[64];
        for (int i = 0; i < names.length; i++) {
            names[i] = (i % 2 == 0 ? "@scope-" + i + "/" : "") + "blocklet-name-" + Integer.toString(i * 7919, 36);
        }
        return names;
    }

    /** Writes the inputs; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Inputs DIR [MAX_GRAPH_SIZE]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int max = args.length == 2 ? Integer.parseInt(args[1]) : 10_000;
        for (Manifests.Size size : Manifests.Size.values()) {
            Path d = Files.createDirectories(dir.resolve("manifests").resolve(size.label()));
            Files.write(d.resolve("blocklet.yml"), Manifests.bytes(size, SEED));
        }
        Path graphs = Files.createDirectories(dir.resolve("graphs"));
        for (Graphs.Shape shape : Graphs.Shape.values()) {
            for (int n : GRAPH_SIZES) {
                if (n <= max) {
                    try (Writer w = Files.newBufferedWriter(graphs.resolve(shape.label() + "-" + n + ".json"),
                            StandardCharsets.UTF_8)) {
                        Graphs.generate(shape, n, SEED).writeJson(w);
                    }
                }
            }
        }
        Files.write(dir.resolve("did-names.txt"), String.join("\n", didNames()).concat("\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
