package org.blocklet4j.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.blocklet4j.resolver.RequiredLayers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The install layers of a target's required components ({@code getRequiredComponentsLayers}), per shape and size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A fixed heap, as a server runs with: a million components allocate about 200 MiB per layering, and a heap that
// starts at 1/64 of the machine's memory would spend the first iterations growing.
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LayersBenchmark {
    /** The graph shape. */
    @Param({"chain", "fanout", "layered", "shared"})
    public String shape;

    /** The number of components, the target included. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    private Graphs.Graph graph;

    /** Generates the graph (seed 1, as compare.sh writes it). */
    @Setup(Level.Trial)
    public void setUp() {
        graph = Graphs.generate(Graphs.Shape.valueOf(shape.toUpperCase(Locale.ROOT)), size, Inputs.SEED);
        int layers = layers().size();
        if (layers != graph.depth()) {
            throw new IllegalStateException("expected " + graph.depth() + " layers, got " + layers);
        }
    }

    /** The layers, deepest first. */
    @Benchmark
    public List<List<String>> layers() {
        return RequiredLayers.of(graph.targetDid(), graph.children());
    }
}
