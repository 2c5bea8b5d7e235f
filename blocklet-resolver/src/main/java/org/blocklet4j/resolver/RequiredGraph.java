package org.blocklet4j.resolver;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

import org.jspecify.annotations.Nullable;

/**
 * The required-dependency graph of {@link RequiredLayers} as an immutable JGraphT {@link org.jgrapht.Graph}, stored
 * as compressed sparse rows: vertices are {@code 0 … n-1}, the out-edges of {@code v} are the edge ids
 * {@code first[v] … first[v+1]-1}, and edge {@code e} goes from {@code source[e]} to {@code target[e]}. A JGraphT
 * graph keeps a map entry, an edge object and edge sets per vertex; at a million components those maps were most
 * of the time, so {@link RequiredLayers} walks the arrays directly and JGraphT's views and algorithms
 * ({@link org.jgrapht.graph.MaskSubgraph}, {@link Cycles}) see the same graph through this class.
 *
 * <p>Self-loops and parallel edges are kept, as the input has them. Not thread-safe to build; immutable after.
 */
final class RequiredGraph extends AbstractGraph<Integer, Integer> {
    private final int n;
    private final int[] first;
    private final int[] source;
    private final int[] target;
    private int @Nullable [] inFirst;
    private int @Nullable [] inEdges;

    private RequiredGraph(int n, int[] first, int[] source, int[] target) {
        this.n = n;
        this.first = first;
        this.source = source;
        this.target = target;
    }

    /** Builds the graph: call {@link #edge} in the order of the edges' sources, then {@link #build}. */
    static final class Builder {
        private final int n;
        private final int[] first;
        private int[] source;
        private int[] target;
        private int m;
        private int current;

        Builder(int n, int expectedEdges) {
            this.n = n;
            this.first = new int[n + 1];
            this.source = new int[Math.max(16, expectedEdges)];
            this.target = new int[source.length];
        }

        /** Adds the edge {@code u → v}; {@code u} never decreases from one call to the next. */
        void edge(int u, int v) {
            if (u < current) {
                throw new IllegalStateException("edges out of order");
            }
            while (current < u) {
                first[++current] = m;
            }
            if (m == source.length) {
                source = Arrays.copyOf(source, m * 2);
                target = Arrays.copyOf(target, m * 2);
            }
            source[m] = u;
            target[m] = v;
            m++;
        }

        RequiredGraph build() {
            while (current < n) {
                first[++current] = m;
            }
            return new RequiredGraph(n, first, Arrays.copyOf(source, m), Arrays.copyOf(target, m));
        }
    }

    int vertexCount() {
        return n;
    }

    /** The first out-edge id of {@code v}; its out-edges run to {@code firstEdge(v + 1) - 1}. */
    int firstEdge(int v) {
        return first[v];
    }

    int target(int e) {
        return target[e];
    }

    private static final class IdRange extends AbstractSet<Integer> {
        private final int from;
        private final int to;

        IdRange(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= from && i < to;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    if (next >= to) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }
    }

    private boolean isVertex(@Nullable Object v) {
        return v instanceof Integer i && i >= 0 && i < n;
    }

    private int vertex(Integer v) {
        if (!isVertex(v)) {
            throw new IllegalArgumentException("no such vertex in graph: " + v);
        }
        return v;
    }

    private int edge(Integer e) {
        if (e == null || e < 0 || e >= target.length) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
        return e;
    }

    private void indexIncoming() {
        if (inFirst != null) {
            return;
        }
        int[] starts = new int[n + 1];
        for (int v : target) {
            starts[v + 1]++;
        }
        for (int v = 0; v < n; v++) {
            starts[v + 1] += starts[v];
        }
        int[] fill = Arrays.copyOf(starts, n);
        int[] edges = new int[target.length];
        for (int e = 0; e < target.length; e++) {
            edges[fill[target[e]]++] = e;
        }
        inFirst = starts;
        inEdges = edges;
    }

    private Set<Integer> incoming(int v) {
        indexIncoming();
        int[] starts = inFirst;
        int[] edges = inEdges;
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof Integer e && e >= 0 && e < target.length && target[e] == v;
            }

            @Override
            public int size() {
                return starts[v + 1] - starts[v];
            }

            @Override
            public Iterator<Integer> iterator() {
                Iterator<Integer> ids = new IdRange(starts[v], starts[v + 1]).iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return ids.hasNext();
                    }

                    @Override
                    public Integer next() {
                        return edges[ids.next()];
                    }
                };
            }
        };
    }

    @Override
    public Set<Integer> getAllEdges(Integer u, Integer v) {
        if (!isVertex(u) || !isVertex(v)) {
            return null;
        }
        java.util.LinkedHashSet<Integer> edges = new java.util.LinkedHashSet<>();
        for (int e = first[u]; e < first[u + 1]; e++) {
            if (target[e] == v) {
                edges.add(e);
            }
        }
        return edges;
    }

    @Override
    public @Nullable Integer getEdge(Integer u, Integer v) {
        if (!isVertex(u) || !isVertex(v)) {
            return null;
        }
        for (int e = first[u]; e < first[u + 1]; e++) {
            if (target[e] == v) {
                return e;
            }
        }
        return null;
    }

    @Override
    public @Nullable Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public @Nullable Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer u, Integer v) {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public boolean addEdge(Integer u, Integer v, Integer e) {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public Integer addVertex() {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public boolean addVertex(Integer v) {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public boolean containsEdge(Integer e) {
        return e != null && e >= 0 && e < target.length;
    }

    @Override
    public boolean containsVertex(Integer v) {
        return isVertex(v);
    }

    @Override
    public Set<Integer> edgeSet() {
        return new IdRange(0, target.length);
    }

    @Override
    public int degreeOf(Integer v) {
        return inDegreeOf(v) + outDegreeOf(v);
    }

    @Override
    public Set<Integer> edgesOf(Integer v) {
        java.util.LinkedHashSet<Integer> edges = new java.util.LinkedHashSet<>(outgoingEdgesOf(v));
        edges.addAll(incomingEdgesOf(v));
        return edges;
    }

    @Override
    public int inDegreeOf(Integer v) {
        return incoming(vertex(v)).size();
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer v) {
        return incoming(vertex(v));
    }

    @Override
    public int outDegreeOf(Integer v) {
        int u = vertex(v);
        return first[u + 1] - first[u];
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer v) {
        int u = vertex(v);
        return new IdRange(first[u], first[u + 1]);
    }

    @Override
    public @Nullable Integer removeEdge(Integer u, Integer v) {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw new UnsupportedOperationException("immutable graph");
    }

    @Override
    public Set<Integer> vertexSet() {
        return new IdRange(0, n);
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        return source[edge(e)];
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        return target[edge(e)];
    }

    @Override
    public GraphType getType() {
        return new DefaultGraphType.Builder().directed().allowSelfLoops(true).allowMultipleEdges(true)
                .weighted(false).modifiable(false).build();
    }

    @Override
    public double getEdgeWeight(Integer e) {
        edge(e);
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw new UnsupportedOperationException("unweighted graph");
    }
}
