package org.blocklet4j.meta.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Inputs of about 100 000 characters built to make a backtracking or recursive matcher fail. Each must be judged
 * on a 256 KiB stack, and judged as semver 6.3.2 judges it. The timeout only guards against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SemverAdversarialInputTest {

    static Stream<Arguments> recipes() {
        return JsonLines.read(SemverAdversarialInputTest.class, "adversarial.jsonl").stream().map(row -> {
            String text = build(row);
            return Arguments.of(Named.of(JsonLines.label(text), text), row);
        });
    }

    private static String build(JsonNode row) {
        return JsonLines.text(row, "prefix") + JsonLines.text(row, "first")
                + JsonLines.text(row, "unit").repeat(row.get("count").asInt())
                + JsonLines.text(row, "suffix");
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void judgesLongInputLikeSemver6WithinASmallStack(String text, JsonNode row) throws InterruptedException {
        // A matcher that recursed once per identifier or comparator would overflow this stack.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                judge(text, row);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "semver-adversarial", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    private static void judge(String text, JsonNode row) {
        assertThat(text).hasSize(row.get("length").asInt());
        assertThat(SemVer.parse(text).map(SemVer::version))
                .isEqualTo(Optional.ofNullable(JsonLines.text(row, "valid")));
        assertThat(SemverRange.validRange(text).map(SemverAdversarialInputTest::digest))
                .isEqualTo(Optional.ofNullable(expectedDigest(row.get("validRange"))));
        assertThat(SemverRange.validRange(text, SemverOptions.DEFAULT.withLoose(true))
                .map(SemverAdversarialInputTest::digest))
                .isEqualTo(Optional.ofNullable(expectedDigest(row.get("looseValidRange"))));
        assertThat(SemverRange.satisfies("1.5.0", text)).isEqualTo(row.get("satisfies150").asBoolean());
        assertThat(SemverRange.satisfies(text, "*")).isEqualTo(row.get("satisfiesAsVersion").asBoolean());
    }

    private static String expectedDigest(JsonNode node) {
        return node.isNull() ? null : node.get("length").asInt() + ":" + node.get("sha256").stringValue();
    }

    private static String digest(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return s.length() + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
