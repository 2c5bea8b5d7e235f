package org.blocklet4j.resolver.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.blocklet4j.resolver.ComponentEntry;
import org.blocklet4j.resolver.Dependency;
import org.blocklet4j.resolver.LayerOptions;
import org.blocklet4j.resolver.RequiredLayers;
import org.blocklet4j.resolver.ResolverException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz targets for layering: any component graph (duplicates, self-loops, cycles, unknown and filtered DIDs, a
 * depth limit) gives layers or a {@link ResolverException} ({@code cycle} or {@code depth}), nothing else; the same
 * input gives the same outcome; layers hold each reachable component once, after everything it requires.
 *
 * <p>The graph's bytes: target, depth limit (mod 16; 0 for none), filtered DID (below 0x80: that DID is
 * filtered out; else none), then components, each a DID byte, a count byte (mod 16) and per dependency a DID byte
 * and a flags byte (bit 0: required). DID byte {@code b} is {@code "d" + b}; a DID byte 0xFF is the empty string.
 */
class LayersFuzzTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Graph(String target, List<ComponentEntry> components, LayerOptions options) {
    }

    static String did(int b) {
        return b == 0xFF ? "" : "d" + b;
    }

    static Graph decode(byte[] data) {
        int[] pos = {0};
        java.util.function.IntSupplier next = () -> pos[0] < data.length ? data[pos[0]++] & 0xFF : 0;
        String target = did(next.getAsInt());
        int maxDepth = next.getAsInt() % 16;
        int filtered = next.getAsInt();
        List<ComponentEntry> components = new ArrayList<>();
        while (pos[0] < data.length) {
            String did = did(next.getAsInt());
            int count = next.getAsInt() % 16;
            List<Dependency> deps = new ArrayList<>();
            for (int i = 0; i < count && pos[0] < data.length; i++) {
                String dep = did(next.getAsInt());
                int flags = next.getAsInt();
                deps.add(new Dependency(dep, (flags & 1) != 0, (flags & 2) != 0 ? "^1.0.0" : null));
            }
            components.add(new ComponentEntry(did, deps));
        }
        String rejected = filtered < 0x80 ? did(filtered) : null;
        LayerOptions options = LayerOptions.DEFAULTS.withMaxDepth(maxDepth)
                .withFilter(c -> !c.did().equals(rejected));
        return new Graph(target, components, options);
    }

    @FuzzTest
    void layersAnyGraph(byte[] data) {
        Graph g = decode(data);
        Object first = outcome(() -> RequiredLayers.of(g.target(), g.components(), g.options()));
        Object again = outcome(() -> RequiredLayers.of(g.target(), g.components(), g.options()));
        assertThat(again).isEqualTo(first);
        if (first instanceof Failure f) {
            assertThat(f.code()).isIn("cycle", "depth");
            assertThat(f.dids()).isNotEmpty();
            return;
        }
        @SuppressWarnings("unchecked")
        List<List<String>> layers = (List<List<String>>) first;
        assertLayered(g, layers);
    }

    /** The reference's JSON shape, from any JSON text: layers or a ResolverException, nothing else. */
    @FuzzTest
    void layersAnyJsonInput(byte[] data) {
        JsonNode input;
        try {
            input = JSON.readTree(new String(data, StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            return;
        }
        if (input == null) {
            return;
        }
        Object first = outcome(() -> RequiredLayers.ofJson(input, LayerOptions.DEFAULTS));
        assertThat(outcome(() -> RequiredLayers.ofJson(input, LayerOptions.DEFAULTS))).isEqualTo(first);
    }

    record Failure(String code, List<String> dids) {
    }

    private static Object outcome(java.util.function.Supplier<List<List<String>>> layering) {
        try {
            return Objects.requireNonNull(layering.get());
        } catch (ResolverException e) {
            assertThat(e.getMessage()).isNotBlank();
            return new Failure(e.code(), e.dids());
        }
    }

    /** Each reachable, accepted component once, in a layer after those of everything it requires. */
    private static void assertLayered(Graph g, List<List<String>> layers) {
        Map<String, ComponentEntry> firstEntry = new LinkedHashMap<>();
        Map<String, ComponentEntry> lastEntry = new HashMap<>();
        for (ComponentEntry c : g.components()) {
            firstEntry.putIfAbsent(c.did(), c);
            lastEntry.put(c.did(), c);
        }
        Map<String, Integer> layerOf = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            assertThat(layers.get(i)).as("layer %d", i).isNotEmpty();
            for (String did : layers.get(i)) {
                assertThat(layerOf.put(did, i)).as("%s appears once", did).isNull();
            }
        }
        assertThat(layerOf).doesNotContainKey(g.target());
        if (g.options().maxDepth() > 0) {
            assertThat(layers.size()).isLessThanOrEqualTo(g.options().maxDepth());
        }
        Set<String> placed = new HashSet<>(layerOf.keySet());
        if (firstEntry.containsKey(g.target())) {
            placed.add(g.target());
        }
        for (String did : placed) {
            assertThat(firstEntry).containsKey(did);
            int at = did.equals(g.target()) ? layers.size() : layerOf.get(did);
            for (Dependency d : firstEntry.get(did).dependencies()) {
                ComponentEntry dep = lastEntry.get(d.did());
                if (d.required() && dep != null && g.options().filter().test(dep)) {
                    assertThat(layerOf).as("%s required by %s", d.did(), did).containsKey(d.did());
                    assertThat(layerOf.get(d.did())).as("%s before %s", d.did(), did).isLessThan(at);
                }
            }
        }
    }
}
