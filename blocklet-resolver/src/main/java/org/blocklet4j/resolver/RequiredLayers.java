package org.blocklet4j.resolver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;

import tools.jackson.databind.JsonNode;

/**
 * The order in which a blocklet's required components are installed, as layers: every component reachable from
 * the target through required dependencies is in the layer of its <em>longest</em> distance from the target, so it
 * comes after everything it requires. Layers are returned deepest first; the target is in none; inside a layer the
 * order is that of first appearance in the input.
 *
 * <p>This is the reference's {@code getRequiredComponentsLayers} made correct: the reference stops silently at 9
 * levels and can place a component reachable at two depths before its own dependency. A cycle of required
 * dependencies is an error naming the cycle; so is a path deeper than {@link LayerOptions#maxDepth()}.
 *
 * <p>Time and memory are linear in components and dependencies; nothing recurses on the graph. Stateless; safe
 * to use from any thread.
 */
public final class RequiredLayers {
    private RequiredLayers() {
    }

    /** The layers of {@code targetDid}'s required components, every component taking part. */
    public static List<List<String>> of(String targetDid, List<ComponentEntry> components) {
        return of(targetDid, components, LayerOptions.DEFAULTS);
    }

    /**
     * The layers of {@code targetDid}'s required components.
     *
     * @throws ResolverException {@code cycle} when required dependencies reachable from the target form a cycle;
     *                           {@code depth} when a component lies deeper than {@code options.maxDepth()}
     */
    public static List<List<String>> of(String targetDid, List<ComponentEntry> components, LayerOptions options) {
        Objects.requireNonNull(targetDid, "targetDid");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(options, "options");

        // Vertices are the distinct DIDs in order of first appearance; as in the reference, a DID's dependencies
        // come from its first entry and the filter sees its last one.
        Map<String, Integer> index = new HashMap<>(components.size() * 2);
        List<ComponentEntry> first = new ArrayList<>();
        List<ComponentEntry> last = new ArrayList<>();
        for (ComponentEntry c : components) {
            Integer i = index.putIfAbsent(c.did(), first.size());
            if (i == null) {
                first.add(c);
                last.add(c);
            } else {
                last.set(i, c);
            }
        }
        Integer target = index.get(targetDid);
        if (target == null) {
            return List.of();
        }
        int n = first.size();
        boolean[] accepted = new boolean[n];
        for (int i = 0; i < n; i++) {
            accepted[i] = options.filter().test(last.get(i));
        }
        RequiredGraph.Builder builder = new RequiredGraph.Builder(n, n + n / 2);
        for (int i = 0; i < n; i++) {
            for (Dependency d : first.get(i).dependencies()) {
                if (d.required()) {
                    Integer j = index.get(d.did());
                    if (j != null && accepted[j]) {
                        builder.edge(i, j);
                    }
                }
            }
        }
        RequiredGraph graph = builder.build();

        // Breadth-first from the target over the edge arrays: the components taking part.
        boolean[] reachable = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = target;
        reachable[target] = true;
        int[] inDegree = new int[n];
        while (head < tail) {
            int u = queue[head++];
            for (int e = graph.firstEdge(u), end = graph.firstEdge(u + 1); e < end; e++) {
                int v = graph.target(e);
                inDegree[v]++;
                if (!reachable[v]) {
                    reachable[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        int reached = tail;

        // Kahn's topological order of the reachable part (every edge out of a reachable vertex stays inside it),
        // and with it each component's longest distance from the target.
        int[] depth = new int[n];
        int[] via = new int[n];
        Arrays.fill(via, -1);
        head = 0;
        tail = 0;
        if (inDegree[target] == 0) {
            queue[tail++] = target;
        }
        while (head < tail) {
            int u = queue[head++];
            for (int e = graph.firstEdge(u), end = graph.firstEdge(u + 1); e < end; e++) {
                int v = graph.target(e);
                if (depth[u] + 1 > depth[v]) {
                    depth[v] = depth[u] + 1;
                    via[v] = u;
                }
                if (--inDegree[v] == 0) {
                    queue[tail++] = v;
                }
            }
        }
        if (tail < reached) {
            // JGraphT's view of the reachable part; the cycle is found, and named, there.
            Graph<Integer, Integer> sub = new MaskSubgraph<>(graph, v -> !reachable[v], e -> false);
            List<String> cycle = Cycles.find(sub, target, v -> first.get(v).did());
            throw new ResolverException("cycle", "required components depend on each other in a cycle: "
                    + String.join(" → ", cycle), cycle);
        }

        int deepest = 0;
        for (int v = 0; v < n; v++) {
            if (reachable[v] && v != target) {
                if (options.maxDepth() > 0 && depth[v] > options.maxDepth()) {
                    List<String> path = pathTo(v, via, first);
                    throw new ResolverException("depth", "required components nest deeper than " + options.maxDepth()
                            + " levels: " + String.join(" → ", path), path);
                }
                deepest = Math.max(deepest, depth[v]);
            }
        }
        // Each layer sized exactly, then filled in input order: one array per layer, no growing lists.
        int[] size = new int[deepest];
        for (int v = 0; v < n; v++) {
            if (reachable[v] && v != target) {
                size[deepest - depth[v]]++;
            }
        }
        String[][] layers = new String[deepest][];
        for (int k = 0; k < deepest; k++) {
            layers[k] = new String[size[k]];
        }
        int[] filled = new int[deepest];
        for (int v = 0; v < n; v++) {
            if (reachable[v] && v != target) {
                int k = deepest - depth[v];
                layers[k][filled[k]++] = first.get(v).did();
            }
        }
        List<List<String>> out = new ArrayList<>(deepest);
        for (String[] layer : layers) {
            out.add(layer.length == 1 ? List.of(layer[0]) : Collections.unmodifiableList(Arrays.asList(layer)));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The layers over components already resolved (by {@link ComponentResolver}, or by a server that keeps them):
     * each brings its DID and its recorded dependencies.
     */
    public static List<List<String>> ofResolved(String targetDid, java.util.Collection<ResolvedComponent> components,
                                                LayerOptions options) {
        Objects.requireNonNull(components, "components");
        List<ComponentEntry> entries = new ArrayList<>(components.size());
        for (ResolvedComponent c : components) {
            entries.add(new ComponentEntry(c.did(), c.dependencies()));
        }
        return of(targetDid, entries, options);
    }

    private static List<String> pathTo(int v, int[] via, List<ComponentEntry> entries) {
        Deque<String> path = new ArrayDeque<>();
        for (int u = v; u >= 0; u = via[u]) {
            path.addFirst(entries.get(u).did());
        }
        return List.copyOf(path);
    }

    /**
     * The layers for input in the reference's JSON shape:
     * {@code {"targetDid": "…", "children": [{"meta": {"did": "…"}, "dependencies": [{"did": "…", "required": true}]}]}}.
     */
    public static List<List<String>> ofJson(JsonNode input, LayerOptions options) {
        Objects.requireNonNull(input, "input");
        String target = input.path("targetDid").asString("");
        List<ComponentEntry> components = new ArrayList<>();
        for (JsonNode child : input.path("children")) {
            String did = child.path("meta").path("did").asString("");
            List<Dependency> deps = new ArrayList<>();
            for (JsonNode d : child.path("dependencies")) {
                JsonNode version = d.get("version");
                // Layering never reads the version; a container (no range in any form) is kept as unknown.
                deps.add(new Dependency(d.path("did").asString(""), d.path("required").asBoolean(false),
                        version == null || !version.isValueNode() || version.isNull() ? null : version.asString()));
            }
            components.add(new ComponentEntry(did, deps));
        }
        return of(target, components, options);
    }
}
