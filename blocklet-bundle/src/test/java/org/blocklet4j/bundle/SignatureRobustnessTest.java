package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Base64;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Any shape of signature entries gives diagnostics, never an exception. */
class SignatureRobustnessTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BundleCheck CHECK = BundleCheck.create();
    private static final String[] STRINGS = {"", "0x", "-0x1f", "0xabc", "0XABCD", "z", "z0OIl", "zzzzzzzz", "abcd",
        "z1aEhK8DBzUcQoaYzpNs8bHv4AgFn22fcXu", "did:abt:z1aEhK8DBzUcQoaYzpNs8bHv4AgFn22fcXu",
        "zBCfqy5Z4vbQhVYmCBEK9aSL8MNjcQL8o7vFL8mgfegjZ", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "a.b.c", "..", "eyJhbGciOiJFZDI1NTE5In0.eyJmcm9tIjoxfQ.AAAA", "a[0].b", "stats.downloads", "\u0000",
        "publish_blocklet"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5EED0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrows(long seed) {
        Random random = new Random(seed);
        ObjectNode meta = NODES.objectNode();
        meta.put("name", "x");
        meta.putObject("stats").put("downloads", 1);
        ArrayNode signatures = meta.putArray("signatures");
        for (int i = random.nextInt(4); i > 0; i--) {
            if (random.nextInt(8) == 0) {
                signatures.add(value(random, 1));
                continue;
            }
            ObjectNode s = signatures.addObject();
            for (String field : new String[] {"signer", "pk", "sig", "delegation", "delegatee", "delegateePk",
                "excludes", "appended"}) {
                if (random.nextBoolean()) {
                    s.set(field, field.equals("delegation") && random.nextBoolean() ? token(random) : value(random, 2));
                }
            }
        }
        assertThatCode(() -> CHECK.checkMeta(meta)).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.checkMeta(meta.toString())).doesNotThrowAnyException();
    }

    /** A long digit string as a token's exp, and long hostile exclude paths, finish (linear-time parsing). */
    @org.junit.jupiter.api.Test
    void handlesLongHostileValues() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String body = "{\"from\":\"a\",\"to\":\"b\",\"permissions\":[\"publish_blocklet\"],\"iss\":\"a\","
                + "\"exp\":\"" + "1".repeat(100_000) + "x\"}";
        ObjectNode meta = NODES.objectNode();
        ObjectNode s = meta.putArray("signatures").addObject();
        s.put("signer", "a").put("delegatee", "b").put("pk", "0x00")
                .put("delegation", "e30." + b64.encodeToString(body.getBytes()) + ".AA");
        s.putArray("excludes").add("[\"".repeat(50_000));
        assertThatCode(() -> CHECK.checkMeta(meta)).doesNotThrowAnyException();
    }

    private static JsonNode token(Random random) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = random.nextBoolean() ? "{\"alg\":\"Ed25519\"}" : "{\"alg\":" + random.nextInt(3) + "}";
        String body = "{\"from\":\"" + STRINGS[random.nextInt(STRINGS.length)] + "\",\"iss\":\""
                + STRINGS[random.nextInt(STRINGS.length)] + "\",\"exp\":\"" + random.nextInt() + "\","
                + "\"version\":\"1.1.0\",\"permissions\":[\"publish_blocklet\"]}";
        byte[] sig = new byte[random.nextInt(80)];
        random.nextBytes(sig);
        return NODES.stringNode(b64.encodeToString(header.getBytes()) + "." + b64.encodeToString(body.getBytes())
                + (random.nextBoolean() ? "." + b64.encodeToString(sig) : ""));
    }

    private static JsonNode value(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.numberNode(random.nextInt(3) - 1);
            case 2:
                return NODES.booleanNode(random.nextBoolean());
            case 3:
            case 4:
                return NODES.stringNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 5: {
                ArrayNode a = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    a.add(value(random, depth - 1));
                }
                return a;
            }
            default: {
                ObjectNode o = NODES.objectNode();
                o.set(STRINGS[random.nextInt(STRINGS.length)], value(random, depth - 1));
                return o;
            }
        }
    }
}
