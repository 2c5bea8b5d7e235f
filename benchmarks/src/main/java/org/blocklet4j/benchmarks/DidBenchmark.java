package org.blocklet4j.benchmarks;

import java.util.concurrent.TimeUnit;

import org.blocklet4j.meta.did.BlockletDid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The blocklet DID of a name ({@code toBlockletDid}), over 64 names in turn. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DidBenchmark {
    private final String[] names = Inputs.didNames();
    private int next;

    /** One derivation. */
    @Benchmark
    public String fromName() {
        String name = names[next];
        next = (next + 1) & (names.length - 1);
        return BlockletDid.fromName(name);
    }
}
