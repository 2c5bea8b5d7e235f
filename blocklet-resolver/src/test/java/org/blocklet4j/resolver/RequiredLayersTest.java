package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequiredLayersTest {
    /** {@code c("b", "c", "x")}: component b requiring c and x. */
    static ComponentEntry c(String did, String... required) {
        return new ComponentEntry(did, Arrays.stream(required).map(Dependency::required).toList());
    }

    @Test
    void givesNoLayersForEmptyInput() {
        assertThat(RequiredLayers.of("t", List.of())).isEmpty();
        assertThat(RequiredLayers.of("t", List.of(c("t")))).isEmpty();
    }

    @Test
    void givesDirectRequiredDependenciesAsOneLayer() {
        assertThat(RequiredLayers.of("t", List.of(c("t", "a", "b"), c("a"), c("b")))).containsExactly(List.of("a", "b"));
    }

    @Test
    void returnsDeepestLayerFirst() {
        assertThat(RequiredLayers.of("t", List.of(c("t", "a"), c("a", "b"), c("b", "c"), c("c"))))
                .containsExactly(List.of("c"), List.of("b"), List.of("a"));
    }

    @Test
    void ordersComponentAfterItsDependenciesWhenReachableAtTwoDepths() {
        // The reference gives [[x], [c, y], [b]] here, installing x before y.
        List<ComponentEntry> input = List.of(c("t", "b", "x"), c("b", "c"), c("c", "x"), c("x", "y"), c("y"));
        assertThat(RequiredLayers.of("t", input))
                .containsExactly(List.of("y"), List.of("x"), List.of("c"), List.of("b"));
    }

    @Test
    void doesNotStopAtNineLevels() {
        List<ComponentEntry> chain = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            chain.add(c("n" + i, "n" + (i + 1)));
        }
        chain.add(c("n12"));
        assertThat(RequiredLayers.of("n0", chain)).hasSize(12).first().isEqualTo(List.of("n12"));
    }

    @Test
    void dropsOptionalAndAbsentDependencies() {
        List<ComponentEntry> input = List.of(new ComponentEntry("t", List.of(Dependency.required("a"),
                new Dependency("b", false, null), Dependency.required("missing"))), c("a"), c("b"));
        assertThat(RequiredLayers.of("t", input)).containsExactly(List.of("a"));
    }

    @Test
    void filterPrunesAComponentAndWhatOnlyItRequired() {
        List<ComponentEntry> input = List.of(c("t", "a", "b"), c("a", "shared", "onlyA"), c("b", "shared"), c("shared"),
                c("onlyA"));
        assertThat(RequiredLayers.of("t", input, LayerOptions.DEFAULTS.withFilter(x -> !x.did().equals("a"))))
                .containsExactly(List.of("shared"), List.of("b"));
    }

    @Test
    void keepsOrderOfFirstAppearanceInsideALayer() {
        assertThat(RequiredLayers.of("t", List.of(c("z"), c("t", "a", "z"), c("a"))))
                .containsExactly(List.of("z", "a"));
    }

    @Test
    void namesACycleInOrder() {
        List<ComponentEntry> input = List.of(c("t", "a"), c("a", "b"), c("b", "c"), c("c", "a"));
        assertThatThrownBy(() -> RequiredLayers.of("t", input))
                .isInstanceOf(ResolverException.class)
                .hasMessageContaining("a → b → c → a")
                .satisfies(e -> {
                    assertThat(((ResolverException) e).code()).isEqualTo("cycle");
                    assertThat(((ResolverException) e).dids()).containsExactly("a", "b", "c", "a");
                });
    }

    @Test
    void rejectsSelfDependency() {
        assertThatThrownBy(() -> RequiredLayers.of("t", List.of(c("t", "a"), c("a", "a"))))
                .isInstanceOf(ResolverException.class).hasMessageContaining("a → a");
    }

    @Test
    void ignoresCyclesNotReachableFromTheTarget() {
        assertThat(RequiredLayers.of("t", List.of(c("t", "a"), c("a"), c("x", "y"), c("y", "x"))))
                .containsExactly(List.of("a"));
    }

    @Test
    void reportsThePathWhenDeeperThanAllowed() {
        List<ComponentEntry> input = List.of(c("t", "a"), c("a", "b"), c("b", "c"), c("c"));
        assertThat(RequiredLayers.of("t", input, LayerOptions.DEFAULTS.withMaxDepth(3))).hasSize(3);
        assertThatThrownBy(() -> RequiredLayers.of("t", input, LayerOptions.DEFAULTS.withMaxDepth(2)))
                .isInstanceOf(ResolverException.class)
                .hasMessageContaining("t → a → b → c");
    }

    @Test
    void handlesAMillionLongChainWithoutRecursion() {
        int n = 1_000_000;
        List<ComponentEntry> chain = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) {
            chain.add(new ComponentEntry("n" + i, List.of(Dependency.required("n" + (i + 1)))));
        }
        chain.add(new ComponentEntry("n" + (n - 1), List.of()));
        List<List<String>> layers = RequiredLayers.of("n0", chain);
        assertThat(layers).hasSize(n - 1);
        assertThat(layers.get(0)).containsExactly("n" + (n - 1));
    }

    @Test
    void findsACycleAtTheEndOfAMillionLongChain() {
        int n = 1_000_000;
        List<ComponentEntry> chain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chain.add(new ComponentEntry("n" + i, List.of(Dependency.required("n" + ((i + 1) % n == 0 ? n - 2 : i + 1)))));
        }
        assertThatThrownBy(() -> RequiredLayers.of("n0", chain))
                .isInstanceOf(ResolverException.class)
                .satisfies(e -> assertThat(((ResolverException) e).dids()).containsExactly("n999998", "n999999", "n999998"));
    }

    @Test
    void layersJsonWhoseValuesAreOfAnyKind() {
        tools.jackson.databind.JsonNode input = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                "{\"targetDid\": \"t\", \"children\": [{\"meta\": {\"did\": \"t\"}, \"dependencies\": ["
                        + "{\"did\": \"a\", \"required\": true, \"version\": [\"1\"]},"
                        + "{\"did\": \"b\", \"required\": true, \"version\": {\"v\": 1}},"
                        + "{\"did\": {\"x\": 1}, \"required\": true, \"version\": 2}]},"
                        + "{\"meta\": {\"did\": \"a\"}, \"dependencies\": [{\"did\": \"b\", \"required\": true}]},"
                        + "{\"meta\": {\"did\": \"b\"}}]}");
        assertThat(RequiredLayers.ofJson(input, LayerOptions.DEFAULTS)).containsExactly(List.of("b"), List.of("a"));
    }
}
