package org.blocklet4j.resolver.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.blocklet4j.resolver.LayerOptions;
import org.blocklet4j.resolver.RequiredLayers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.json.JsonMapper;

/** Each gap in {@link KnownGaps} is still open; when one of these fails, the gap is closed: remove its skip. */
class KnownGapsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void layeringJsonWithAnArrayForAVersionStillThrowsJacksonsException() {
        JsonNode input = JSON.readTree("{\"targetDid\": \"a\", \"children\": [{\"meta\": {\"did\": \"a\"},"
                + " \"dependencies\": [{\"did\": \"b\", \"required\": true, \"version\": [\"1\"]}]}]}");
        assertThatThrownBy(() -> RequiredLayers.ofJson(input, LayerOptions.DEFAULTS))
                .isInstanceOf(JsonNodeException.class);
    }
}
