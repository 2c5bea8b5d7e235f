package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layers of generated graphs against their definition, computed the slow way: every component reachable through
 * required dependencies appears once, at its longest distance from the target, after all it requires; a graph
 * with a reachable cycle gives a cycle that really is one.
 */
class RequiredLayersPropertyTest {
    record Case(long seed, String target, List<ComponentEntry> components) {
        @Override
        public String toString() {
            return "seed " + seed + ", " + components.size() + " components";
        }
    }

    static Stream<Case> dags() {
        return IntStream.range(0, 300).mapToObj(i -> generate(1000L + i, false));
    }

    static Stream<Case> cyclic() {
        return IntStream.range(0, 200).mapToObj(i -> generate(5000L + i, true));
    }

    /** Components c0..cn; edges point to higher numbers (a DAG), plus, when asked, a cycle reachable from c0. */
    static Case generate(long seed, boolean withCycle) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(30);
        List<List<Dependency>> deps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Dependency> d = new ArrayList<>();
            int k = r.nextInt(4);
            for (int j = 0; j < k && i + 1 < n; j++) {
                int to = i + 1 + r.nextInt(n - i - 1);
                d.add(new Dependency("c" + to, r.nextInt(5) != 0, null));
            }
            if (r.nextInt(8) == 0) {
                d.add(Dependency.required("absent" + i));
            }
            deps.add(d);
        }
        if (withCycle) {
            int from = 1 + r.nextInt(n - 1);
            int to = r.nextInt(from + 1);
            // from → to and to → from close a cycle (a self-dependency when they are equal), reachable from c0.
            deps.get(from).add(Dependency.required("c" + to));
            deps.get(to).add(Dependency.required("c" + from));
            deps.get(0).add(Dependency.required("c" + from));
        }
        List<ComponentEntry> components = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            components.add(new ComponentEntry("c" + i, deps.get(i)));
        }
        java.util.Collections.shuffle(components, r);
        return new Case(seed, "c0", components);
    }

    private static Map<String, List<String>> requiredEdges(List<ComponentEntry> components) {
        Set<String> present = new HashSet<>();
        components.forEach(c -> present.add(c.did()));
        Map<String, List<String>> edges = new HashMap<>();
        for (ComponentEntry c : components) {
            List<String> to = new ArrayList<>();
            for (Dependency d : c.dependencies()) {
                if (d.required() && present.contains(d.did())) {
                    to.add(d.did());
                }
            }
            edges.put(c.did(), to);
        }
        return edges;
    }

    /** Longest distance from the target to each reachable component, by relaxing until nothing changes. */
    private static Map<String, Integer> longest(String target, Map<String, List<String>> edges) {
        Map<String, Integer> dist = new HashMap<>();
        dist.put(target, 0);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Integer> e : new ArrayList<>(dist.entrySet())) {
                for (String to : edges.getOrDefault(e.getKey(), List.of())) {
                    if (dist.getOrDefault(to, -1) < e.getValue() + 1) {
                        dist.put(to, e.getValue() + 1);
                        changed = true;
                    }
                }
            }
        }
        dist.remove(target);
        return dist;
    }

    @ParameterizedTest
    @MethodSource("dags")
    void layersAreReachableComponentsAtTheirLongestDistance(Case c) {
        List<List<String>> layers = RequiredLayers.of(c.target(), c.components());
        Map<String, List<String>> edges = requiredEdges(c.components());
        Map<String, Integer> expected = longest(c.target(), edges);
        int deepest = expected.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertThat(layers).hasSize(deepest);
        Map<String, Integer> actual = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String did : layers.get(i)) {
                assertThat(actual.put(did, deepest - i)).as("%s appears once", did).isNull();
            }
        }
        assertThat(actual).isEqualTo(expected);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String did : layers.get(i)) {
                position.put(did, i);
            }
        }
        for (String did : actual.keySet()) {
            for (String dep : edges.get(did)) {
                assertThat(position.get(dep)).as("%s before %s", dep, did).isLessThan(position.get(did));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cyclic")
    void cycleErrorNamesARealCycle(Case c) {
        ResolverException e = catchThrowableOfType(ResolverException.class,
                () -> RequiredLayers.of(c.target(), c.components()));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("cycle");
        List<String> cycle = e.dids();
        assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
        Map<String, List<String>> edges = requiredEdges(c.components());
        for (int i = 0; i + 1 < cycle.size(); i++) {
            assertThat(edges.get(cycle.get(i))).as("edge %s → %s", cycle.get(i), cycle.get(i + 1))
                    .contains(cycle.get(i + 1));
        }
    }
}
