package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.blocklet4j.resolver.Metas.did;
import static org.blocklet4j.resolver.Metas.meta;
import static org.blocklet4j.resolver.Metas.storeComponent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

/** Resolution of generated component graphs served from memory. */
class ResolutionPropertiesTest {
    private static final String STORE = "http://store.test";

    /** A generated graph: component names, and for each its configs as (target index, required). */
    private record Graph(int size, List<List<int[]>> edges, Map<String, ObjectNode> docs) {
        String name(int i) {
            return i == 0 ? "root-app" : "gen-" + i;
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 40).mapToObj(s -> 7919 * s + 11);
    }

    /** Edges go from lower to higher indexes (no cycle) unless {@code backEdge}, which adds one edge back. */
    private static Graph generate(long seed, boolean backEdge) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(14);
        List<List<int[]>> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<int[]> out = new ArrayList<>();
            for (int j = i + 1; j < n; j++) {
                if (random.nextInt(3) == 0) {
                    out.add(new int[] {j, random.nextBoolean() ? 1 : 0});
                }
            }
            edges.add(out);
        }
        if (backEdge) {
            // Make a chain 0 → 1 → … → k and close it from k back to some i ≥ 1.
            int k = 1 + random.nextInt(n - 1);
            for (int i = 0; i < k; i++) {
                int target = i + 1;
                if (edges.get(i).stream().noneMatch(e -> e[0] == target)) {
                    edges.get(i).add(new int[] {target, 1});
                }
            }
            edges.get(k).add(new int[] {1 + random.nextInt(k), random.nextBoolean() ? 1 : 0});
        }
        Graph g = new Graph(n, edges, new HashMap<>());
        for (int i = 0; i < n; i++) {
            ObjectNode m = meta(g.name(i), "1.0." + i);
            for (int[] e : edges.get(i)) {
                storeComponent(m, STORE, g.name(e[0]), null, e[1] == 1);
            }
            g.docs.put(STORE + "/api/blocklets/" + did(g.name(i)) + "/blocklet.json", m);
        }
        return g;
    }

    private static ComponentResolver resolver(Graph g) {
        ManifestSource source = url -> {
            ObjectNode doc = g.docs().get(url.toString());
            return doc == null ? new FetchResult.Failed(url, FetchResult.Kind.HTTP_STATUS, "404")
                    : new FetchResult.Found(url, doc);
        };
        return ComponentResolver.builder().source(source).parallelism(8).build();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void resolvesExactlyTheReachableComponentsWithTheirDependencies(long seed) {
        Graph g = generate(seed, false);
        ObjectNode root = g.docs().get(STORE + "/api/blocklets/" + did(g.name(0)) + "/blocklet.json");

        Resolution r = resolver(g).resolve(root);

        Set<Integer> reachable = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            for (int[] e : g.edges().get(queue.removeFirst())) {
                if (reachable.add(e[0])) {
                    queue.add(e[0]);
                }
            }
        }
        assertThat(r.components()).extracting(ResolvedComponent::name)
                .containsExactlyInAnyOrderElementsOf(reachable.stream().map(g::name).toList());
        for (ResolvedComponent c : r.components()) {
            int i = c.name().equals("root-app") ? 0 : Integer.parseInt(c.name().substring(4));
            assertThat(c.dependencies()).containsExactlyElementsOf(g.edges().get(i).stream()
                    .map(e -> new Dependency(did(g.name(e[0])), e[1] == 1, "latest")).toList());
        }

        // Every layered component comes after each component it requires, and only required ones are layered.
        Map<String, Integer> layerOf = new HashMap<>();
        for (int k = 0; k < r.layers().size(); k++) {
            for (String d : r.layers().get(k)) {
                assertThat(layerOf.put(d, k)).isNull();
            }
        }
        for (Map.Entry<String, Integer> e : layerOf.entrySet()) {
            for (Dependency dep : r.dependencies().get(e.getKey())) {
                if (dep.required()) {
                    assertThat(layerOf.get(dep.did())).isLessThan(e.getValue());
                }
            }
        }
        Set<String> requiredReachable = new HashSet<>();
        ArrayDeque<Integer> required = new ArrayDeque<>(List.of(0));
        while (!required.isEmpty()) {
            for (int[] e : g.edges().get(required.removeFirst())) {
                if (e[1] == 1 && requiredReachable.add(did(g.name(e[0])))) {
                    required.add(e[0]);
                }
            }
        }
        assertThat(layerOf.keySet()).isEqualTo(requiredReachable);

        // The order does not depend on which fetch finishes first.
        assertThat(resolver(g).resolve(root).components()).extracting(ResolvedComponent::name)
                .containsExactlyElementsOf(r.components().stream().map(ResolvedComponent::name).toList());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void namesARealCycleWhenTheGraphHasOne(long seed) {
        Graph g = generate(seed, true);
        ObjectNode root = g.docs().get(STORE + "/api/blocklets/" + did(g.name(0)) + "/blocklet.json");

        ResolverException e = catchThrowableOfType(ResolverException.class, () -> resolver(g).resolve(root));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("circular");
        List<String> cycle = e.dids();
        assertThat(cycle).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            index.put(did(g.name(i)), i);
        }
        for (int k = 0; k + 1 < cycle.size(); k++) {
            int from = index.get(cycle.get(k));
            int to = index.get(cycle.get(k + 1));
            assertThat(g.edges().get(from)).as("edge %s → %s", from, to).anyMatch(edge -> edge[0] == to);
        }
    }
}
