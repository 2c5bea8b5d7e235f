package org.blocklet4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestsTest {
    private static final ManifestReader READER = ManifestReader.create(ManifestOptions.DEFAULTS);

    static Stream<Arguments> sizesAndSeeds() {
        return Stream.of(Manifests.Size.values())
                .flatMap(size -> Stream.of(1L, 2L, 3L, 42L, 20_240_101L).map(seed -> Arguments.of(size, seed)));
    }

    @ParameterizedTest
    @MethodSource("sizesAndSeeds")
    void generatesValidManifests(Manifests.Size size, long seed) {
        ManifestResult result = READER.readYaml(Manifests.text(size, seed), null);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void sizeClassesHaveTheirLength() {
        assertThat(lines(Manifests.Size.SMALL)).isBetween(8, 14);
        assertThat(lines(Manifests.Size.MEDIUM)).isBetween(70, 100);
        assertThat(lines(Manifests.Size.LARGE)).isBetween(450, 600);
    }

    @Test
    void largeManifestHasItsSections() {
        ManifestResult result = READER.readYaml(Manifests.text(Manifests.Size.LARGE, 1), null);
        var json = result.json().orElseThrow();

        assertThat(json.get("components").size()).isGreaterThanOrEqualTo(30);
        assertThat(json.get("navigation").size()).isEqualTo(40);
        assertThat(json.get("environments").size()).isEqualTo(30);
        assertThat(json.get("payment").get("share").size()).isEqualTo(2);
        assertThat(json.get("signatures").size()).isEqualTo(2);
    }

    @Test
    void sameSeedGivesSameBytes() {
        assertThat(Manifests.bytes(Manifests.Size.LARGE, 7)).isEqualTo(Manifests.bytes(Manifests.Size.LARGE, 7));
    }

    private static int lines(Manifests.Size size) {
        return (int) Manifests.text(size, 1).lines().count();
    }
}
