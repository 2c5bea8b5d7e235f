package org.blocklet4j.meta.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Invariants over generated manifests and strings: the fixes never throw, and what they promise holds. */
class FixPropertiesTest {
    private static final String[] PIECES = {"a", "B", "1", " ", ",", ", ", ",\u00a0", "/", ":", "@", "#", "%", "%E0",
        "github.com", "gitlab:", "git@", "https://", "user/repo", "<", ">", "(", ")", "\u200d", "\ud800", "😀", "é",
        "$&", "{user}", "\n", "\t", "xn--", "[", "]", ".git", "_", "-", "toString"};
    private static final String[] KEYS = {"name", "did", "description", "version", "repository", "files", "keywords",
        "tags", "author", "maintainers", "contributors", "public_url", "pre-install", "0", "1", "url", "web", "email",
        "mail", "toString", "__proto__", "type"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5EEDL * 31 + i);
    }

    static String string(Random r) {
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    static @Nullable JsonNode value(Random r, int depth) {
        switch (r.nextInt(depth > 2 ? 6 : 9)) {
            case 0:
                return JsTree.NODES.nullNode();
            case 1:
                return JsTree.NODES.booleanNode(r.nextBoolean());
            case 2:
                return JsTree.NODES.numberNode(r.nextInt(3) == 0 ? Double.NaN : r.nextInt(5));
            case 3:
                return JsTree.date(Instant.ofEpochMilli(r.nextInt()));
            case 4:
                return JsTree.NODES.binaryNode(new byte[] {(byte) r.nextInt()});
            case 5:
                return JsTree.NODES.stringNode(string(r));
            case 6:
            case 7: {
                ObjectNode o = JsTree.NODES.objectNode();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    o.set(r.nextBoolean() ? KEYS[r.nextInt(KEYS.length)] : string(r), value(r, depth + 1));
                }
                return o;
            }
            default: {
                ArrayNode a = JsTree.NODES.arrayNode();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    a.add(value(r, depth + 1));
                }
                return a;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fixesAnyGeneratedDocumentWithoutThrowing(long seed) {
        Random r = new Random(seed);
        JsonNode loaded = r.nextInt(10) == 0 ? value(r, 2) : value(r, 0);
        ObjectNode extra = r.nextInt(3) == 0 ? null : JsTree.NODES.objectNode();
        FixResult prepared = ManifestFixer.prepareRoot(loaded, extra, r.nextBoolean());
        if (!prepared.isComplete()) {
            assertThat(prepared.diagnostics()).singleElement();
            return;
        }
        ObjectNode data = prepared.manifest();
        FixResult fixed = ManifestFixer.applyAll(data, "/dir", did -> did != null && did.isString());
        if (!fixed.isComplete()) {
            assertThat(fixed.diagnostics()).singleElement().satisfies(d -> assertThat(d.isError()).isTrue());
            return;
        }
        assertThat(JsTree.isTruthy(data.get("description"))).isTrue();
        assertThat(JsTree.isTruthy(data.get("version"))).isTrue();
        for (String key : new String[] {"files", "keywords", "tags"}) {
            JsonNode list = data.get(key);
            if (list != null && list.isArray()) {
                list.forEach(item -> assertThat(item.isString() && !item.stringValue().isEmpty()).isTrue());
            }
        }
        assertThat(data.get("files") == null || data.get("files").isArray()).isTrue();
        CamelCasedManifest camel = ManifestFixer.camelCaseTopLevel(data);
        assertThat(camel.manifest().size()).isLessThanOrEqualTo(data.size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsAnyGeneratedUrlOrThrowsOnlyWhatTheReferenceThrows(long seed) {
        Random r = new Random(seed);
        String url = string(r) + string(r) + string(r);
        assertThatCode(() -> {
            try {
                HostedGitInfo.fromUrl(url).ifPresent(info -> {
                    info.https();
                    info.toString();
                });
            } catch (JsError e) {
                assertThat(e.errorName()).isIn("TypeError", "URIError", "RangeError");
            }
        }).doesNotThrowAnyException();
        assertThatCode(() -> LodashCamelCase.camelCase(url)).doesNotThrowAnyException();
        assertThatCode(() -> People.parsePerson(JsTree.NODES.stringNode(url))).doesNotThrowAnyException();
    }
}
