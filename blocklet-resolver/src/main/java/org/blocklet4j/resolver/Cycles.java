package org.blocklet4j.resolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

import org.jgrapht.Graph;

/** Finds one cycle, in order, in a graph known to have one; iterative, so any length is fine. */
final class Cycles {
    private Cycles() {
    }

    /**
     * One cycle reachable from {@code start}, as names with the first repeated at the end ({@code [a, b, a]}).
     * Depth-first with an explicit stack: a vertex met again while still on the stack closes a cycle.
     */
    static <E> List<String> find(Graph<Integer, E> graph, int start, IntFunction<String> name) {
        int n = graph.vertexSet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        byte[] state = new byte[Math.max(n, start + 1)]; // 0 unseen, 1 on the stack, 2 done
        List<Integer> stack = new ArrayList<>();
        List<Iterator<E>> edges = new ArrayList<>();
        stack.add(start);
        edges.add(graph.outgoingEdgesOf(start).iterator());
        state[start] = 1;
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Iterator<E> it = edges.get(top);
            if (!it.hasNext()) {
                state[stack.remove(top)] = 2;
                edges.remove(top);
                continue;
            }
            int v = graph.getEdgeTarget(it.next());
            if (state[v] == 1) {
                List<String> cycle = new ArrayList<>();
                for (int i = stack.lastIndexOf(v); i < stack.size(); i++) {
                    cycle.add(name.apply(stack.get(i)));
                }
                cycle.add(name.apply(v));
                return Collections.unmodifiableList(cycle);
            }
            if (state[v] == 0) {
                state[v] = 1;
                stack.add(v);
                edges.add(graph.outgoingEdgesOf(v).iterator());
            }
        }
        throw new IllegalStateException("no cycle reachable from " + name.apply(start));
    }
}
