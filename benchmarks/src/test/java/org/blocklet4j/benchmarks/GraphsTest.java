package org.blocklet4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.blocklet4j.resolver.LayerOptions;
import org.blocklet4j.resolver.RequiredLayers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.json.JsonMapper;

class GraphsTest {
    @ParameterizedTest
    @EnumSource(Graphs.Shape.class)
    void layeringGivesTheGeneratedDepth(Graphs.Shape shape) {
        Graphs.Graph g = Graphs.generate(shape, 1_000, 1);

        List<List<String>> layers = RequiredLayers.of(g.targetDid(), g.children());

        assertThat(g.children()).hasSize(1_000);
        assertThat(layers).hasSize(g.depth());
        assertThat(layers.stream().mapToInt(List::size).sum()).isPositive().isLessThanOrEqualTo(999);
    }

    @ParameterizedTest
    @EnumSource(Graphs.Shape.class)
    void jsonFormGivesTheSameLayers(Graphs.Shape shape) throws Exception {
        Graphs.Graph g = Graphs.generate(shape, 200, 3);
        StringWriter json = new StringWriter();
        g.writeJson(json);

        List<List<String>> fromJson = RequiredLayers.ofJson(JsonMapper.shared().readTree(json.toString()),
                LayerOptions.DEFAULTS);

        assertThat(fromJson).isEqualTo(RequiredLayers.of(g.targetDid(), g.children()));
    }
}
