package org.blocklet4j.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.blocklet4j.resolver.ComponentEntry;
import org.blocklet4j.resolver.Dependency;

/**
 * Component graphs for layering, made from a seed, in four shapes; written in the reference's input form
 * ({@code {"targetDid", "children": [{"meta": {"did"}, "dependencies": [{"did", "required"}]}]}}) for the
 * reference's run. Component 0 is the target; every dependency points to a later component, so the graphs have no
 * cycle.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class Graphs {
    private Graphs() {
    }

    /** The shapes of the suite. */
    public enum Shape {
        /** The target requires c1, which requires c2, …: one layer per component. */
        CHAIN,
        /** The target requires every other component directly: one wide layer. */
        FANOUT,
        /**
         * 16 layers of equal width under the target; each component requires two random components of the next
         * layer and optionally depends on a third.
         */
        LAYERED,
        /**
         * A random DAG in which each component is required by one of the 64 before it, and most also require one
         * of a small pool of widely shared components (√n of them), which require each other.
         */
        SHARED;

        /** The lower-case name used in file names and tables. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The number of layers under the target in {@link Shape#LAYERED}. */
    public static final int LAYERS = 16;

    /**
     * A generated graph.
     *
     * @param targetDid the DID whose required components are layered
     * @param children  the components, target first
     * @param depth     the length of the longest required path from the target (the number of layers)
     */
    public record Graph(String targetDid, List<ComponentEntry> children, int depth) {
        /** Writes the reference's input form, with {@code deep} (the reference's level limit) set to cover {@code depth}. */
        public void writeJson(Writer out) throws IOException {
            out.write("{\"targetDid\":\"" + targetDid + "\",\"deep\":" + Math.max(9, depth + 1) + ",\"children\":[");
            for (int i = 0; i < children.size(); i++) {
                ComponentEntry c = children.get(i);
                out.write(i == 0 ? "" : ",");
                out.write("{\"meta\":{\"did\":\"" + c.did() + "\"},\"dependencies\":[");
                List<Dependency> deps = c.dependencies();
                for (int j = 0; j < deps.size(); j++) {
                    out.write((j == 0 ? "{\"did\":\"" : ",{\"did\":\"") + deps.get(j).did() + "\",\"required\":"
                            + deps.get(j).required() + "}");
                }
                out.write("]}");
            }
            out.write("]}\n");
        }
    }

    /** The graph of {@code shape} with {@code n} components (the target included) for {@code seed}. */
    public static Graph generate(Shape shape, int n, long seed) {
        Objects.requireNonNull(shape, "shape");
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2: " + n);
        }
        Random random = new Random(seed * 1_000_003L + shape.ordinal());
        String[] dids = new String[n];
        for (int i = 0; i < n; i++) {
            dids[i] = did(i);
        }
        List<List<Dependency>> deps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            deps.add(new ArrayList<>(2));
        }
        switch (shape) {
            case CHAIN -> {
                for (int i = 0; i + 1 < n; i++) {
                    deps.get(i).add(req(dids[i + 1]));
                }
            }
            case FANOUT -> {
                for (int i = 1; i < n; i++) {
                    deps.get(0).add(req(dids[i]));
                }
            }
            case LAYERED -> {
                int layers = Math.min(LAYERS, n - 1);
                int width = (n - 1) / layers;
                // Layer k holds components 1 + k*width … (the last layer takes the remainder).
                for (int k = 0; k < layers; k++) {
                    int from = 1 + k * width;
                    int to = k == layers - 1 ? n : from + width;
                    for (int i = from; i < to; i++) {
                        if (k == 0) {
                            deps.get(0).add(req(dids[i]));
                        }
                        if (k + 1 < layers) {
                            int next = 1 + (k + 1) * width;
                            int nextTo = k + 1 == layers - 1 ? n : next + width;
                            deps.get(i).add(req(dids[next + random.nextInt(nextTo - next)]));
                            deps.get(i).add(req(dids[next + random.nextInt(nextTo - next)]));
                            if (random.nextInt(4) == 0) {
                                deps.get(i).add(new Dependency(dids[next + random.nextInt(nextTo - next)], false, "^1.0.0"));
                            }
                        }
                    }
                }
            }
            case SHARED -> {
                int pool = Math.max(1, (int) Math.sqrt(n));
                int shared = n - pool;
                for (int i = 1; i < n; i++) {
                    int parent = Math.max(0, i - 64) + random.nextInt(Math.min(i, 64));
                    deps.get(parent).add(req(dids[i]));
                }
                for (int i = 1; i < n - 1; i++) {
                    if (random.nextInt(4) != 0) {
                        int lo = Math.max(i + 1, shared);
                        deps.get(i).add(req(dids[lo + random.nextInt(n - lo)]));
                    }
                }
            }
            default -> throw new IllegalStateException(shape.toString());
        }
        int[] depth = new int[n];
        int deepest = 0;
        List<ComponentEntry> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            for (Dependency d : deps.get(i)) {
                if (d.required()) {
                    int j = index(d.did());
                    depth[j] = Math.max(depth[j], depth[i] + 1);
                    deepest = Math.max(deepest, depth[j]);
                }
            }
            children.add(new ComponentEntry(dids[i], deps.get(i)));
            deps.set(i, null);
        }
        return new Graph(dids[0], List.copyOf(children), deepest);
    }

    private static Dependency req(String did) {
        return new Dependency(did, true, "latest");
    }

    private static final int DID_DIGITS = 34;

    /** A DID-like name of the same length as a blocklet DID ({@code z} and 34 characters), made from {@code i}. */
    static String did(int i) {
        char[] c = new char[DID_DIGITS + 1];
        java.util.Arrays.fill(c, '0');
        c[0] = 'z';
        String digits = Integer.toString(i);
        digits.getChars(0, digits.length(), c, c.length - digits.length());
        return new String(c);
    }

    private static int index(String did) {
        return Integer.parseInt(did, 1, did.length(), 10);
    }
}
