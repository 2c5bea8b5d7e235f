package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.blocklet4j.meta.name.BlockletName;
import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Vectors recorded from the reference by {@code conformance/reference/vectors/did.js}.
 */
class DidVectorsTest {
    static Stream<JsonNode> vectors() {
        return JsonLines.read(DidVectorsTest.class, "did-vectors.jsonl").stream();
    }

    /** The object {@code toTypeInfo} returns: unknown codes are left out, {@code {}} when unreadable. */
    static Map<String, Integer> asReference(Optional<DidType> type) {
        Map<String, Integer> out = new LinkedHashMap<>();
        type.ifPresent(t -> {
            t.roleType().ifPresent(r -> out.put("role", r.code()));
            t.keyType().ifPresent(k -> out.put("pk", k.code()));
            t.hashType().ifPresent(h -> out.put("hash", h.code()));
            out.put("address", t.encoding().code());
        });
        return out;
    }

    static Map<String, Integer> fields(JsonNode object) {
        Map<String, Integer> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().intValue()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchesReference(JsonNode v) {
        String input = v.get("input").stringValue();
        assertThat(Did.isValid(input)).as("isValid(%s)", input).isEqualTo(v.get("isValid").booleanValue());
        assertThat(BlockletDid.fromName(input)).as("toBlockletDid(%s)", input)
                .isEqualTo(v.get("toBlockletDid").stringValue());
        assertThat(Did.toAddress(input)).as("toAddress(%s)", input).isEqualTo(v.get("toAddress").stringValue());
        assertThat(asReference(Did.typeInfo(input))).as("toTypeInfo(%s)", input)
                .containsExactlyEntriesOf(fields(v.get("typeInfo")));
        JsonNode newDid = v.get("validateNewDid");
        assertThat(BlockletName.validateNewDid(input)).as("validateNewDid(%s)", input)
                .isEqualTo(newDid.isNull() ? Optional.empty() : Optional.of(newDid.stringValue()));
        assertThat(Did.isBlockletRole(input)).isEqualTo(newDid.isNull());
    }
}
