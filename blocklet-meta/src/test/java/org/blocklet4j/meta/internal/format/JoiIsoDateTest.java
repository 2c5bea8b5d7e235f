package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JoiIsoDateTest {
    @VectorTest("isodate")
    void agreesWithTheReference(Vectors.Line line) {
        String s = line.input();
        var e = line.expected();
        assertThat(JoiIsoDate.isIsoDate(s)).as("isIsoDate").isEqualTo(e.get("isIsoDate").booleanValue());
        for (Map.Entry<String, JsonNode> zone : e.get("converted").properties()) {
            String expected = zone.getValue().isNull() ? null : zone.getValue().stringValue();
            assertThat(JoiIsoDate.convert(s, ZoneId.of(zone.getKey()))).as("convert in %s", zone.getKey())
                    .isEqualTo(expected);
        }
    }

    @Test
    void readsDateOnlyFormsAsUtcAndDateTimesAsLocal() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(JoiIsoDate.convert("2023-01-01", shanghai)).isEqualTo("2023-01-01T00:00:00.000Z");
        assertThat(JoiIsoDate.convert("2023-01-01T08:00", shanghai)).isEqualTo("2023-01-01T00:00:00.000Z");
    }

    @Test
    void rollsDaysPastTheEndOfTheMonthOver() {
        assertThat(JoiIsoDate.convert("2023-02-30", ZoneOffset.UTC)).isEqualTo("2023-03-02T00:00:00.000Z");
    }

    @Test
    void completesAnHourOnlyOffset() {
        assertThat(JoiIsoDate.convert("2023-01-01T12:30:45+01", ZoneOffset.UTC)).isEqualTo("2023-01-01T11:30:45.000Z");
    }
}
