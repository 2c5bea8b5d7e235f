package org.blocklet4j.meta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.blocklet4j.meta.JsonText;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.MetaValidator;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Each gap in {@link KnownGaps} is still open; when one of these fails, the gap is closed: remove its skip. */
class KnownGapsTest {
    @Test
    void validatingATreeNestedTenThousandLevelsStillOverflowsTheStack() throws InterruptedException {
        JsonNode nested = JsonNodeFactory.instance.stringNode("x");
        for (int i = 0; i < 10_000; i++) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            a.add(nested);
            nested = a;
        }
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("name", "deep");
        tree.set("keywords", nested);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // A stack of a known size: 1 MiB, the JVM's default for new threads on 64-bit Linux.
        Thread t = new Thread(null, () -> {
            try {
                MetaValidator.create(ManifestOptions.DEFAULTS).validate(tree);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "deep-tree", 1 << 20);
        t.start();
        t.join();
        assertThat(thrown.get()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void writingABigIntegerBeyondTheDoubleRangeStillThrowsJacksonsException() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("n", java.math.BigInteger.TEN.pow(400));
        assertThat(KnownGaps.holdsNumberBeyondDoubleRange(tree)).isTrue();
        assertThatThrownBy(() -> JsonText.write(tree)).isInstanceOf(JsonNodeException.class);
    }

    @Test
    void measuresDepthWithoutRecursion() {
        JsonNode nested = JsonNodeFactory.instance.nullNode();
        for (int i = 0; i < 200_000; i++) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            a.add(nested);
            nested = a;
        }
        assertThat(KnownGaps.deeperThan(nested, 200_001)).isFalse();
        assertThat(KnownGaps.deeperThan(nested, 200_000)).isTrue();
        assertThat(KnownGaps.deeperThan(JsonNodeFactory.instance.objectNode(), 1)).isFalse();
    }
}
