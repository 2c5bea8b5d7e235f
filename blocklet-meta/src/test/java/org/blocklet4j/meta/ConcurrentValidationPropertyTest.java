package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.blocklet4j.meta.fuzz.Contract;
import org.blocklet4j.meta.internal.js.JsTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Readers and validators are shared by servers that call them from many threads: validating a generated batch from
 * 16 threads at once (each in its own order, all sharing one reader or validator and the same input trees) gives
 * every input the result one thread gives it, and never changes a tree it was given.
 */
class ConcurrentValidationPropertyTest {
    private static final int THREADS = 16;
    private static final ManifestReader READER = ManifestReader.withDefaults();
    private static final MetaValidator VALIDATOR = MetaValidator.create(ManifestOptions.DEFAULTS);

    static LongStream seeds() {
        return LongStream.of(16L, 20261122L, 0xB10C1E7L);
    }

    /** Generated manifests, with some of the worst texts mixed in. */
    private static List<String> texts(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            texts.add(ManifestPropertyTest.generate(random));
        }
        texts.add("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
        texts.add("[".repeat(5_000));
        texts.add("name: a\0b\n");
        texts.add("name: !!java/object:java.lang.Object {}\n");
        texts.add("version: .nan\nname: 1e400\ndid: \uD800\n");
        Collections.shuffle(texts, random);
        return texts;
    }

    /** Trees: what generated manifests normalise to, each also with one field replaced by a value of another kind. */
    private static List<JsonNode> trees(long seed) {
        Random random = new Random(seed);
        JsonNode[] odd = {JsTree.NODES.numberNode(Double.NaN), JsTree.NODES.stringNode(""), JsTree.NODES.arrayNode(),
            JsTree.NODES.nullNode(), JsTree.NODES.numberNode(new java.math.BigInteger("9".repeat(400)))};
        List<JsonNode> trees = new ArrayList<>();
        for (String text : texts(seed)) {
            ManifestResult r = READER.readYaml(text, Path.of("dir"));
            r.json().ifPresent(json -> {
                trees.add(json);
                ObjectNode changed = (ObjectNode) json.deepCopy();
                List<String> keys = new ArrayList<>(changed.propertyNames());
                changed.set(keys.get(random.nextInt(keys.size())), odd[random.nextInt(odd.length)]);
                trees.add(changed);
            });
        }
        return trees;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readingFromSixteenThreadsGivesWhatOneThreadGives(long seed) throws Exception {
        List<String> texts = texts(seed);
        assertSameFromManyThreads(texts, text -> READER.readYaml(text, Path.of("dir")), seed);
        assertSameFromManyThreads(texts, text -> READER.readJson(text, null), seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validatingTreesFromSixteenThreadsGivesWhatOneThreadGives(long seed) throws Exception {
        List<JsonNode> trees = trees(seed);
        List<JsonNode> copies = trees.stream().map(JsonNode::deepCopy).toList();
        assertSameFromManyThreads(trees, VALIDATOR::validate, seed);
        assertSameFromManyThreads(trees, VALIDATOR::validateBlockletMeta, seed);
        assertThat(trees).as("the trees given").isEqualTo(copies);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validatingJsonFromSixteenThreadsGivesWhatOneThreadGives(long seed) throws Exception {
        List<String> json = trees(seed).stream()
                .map(JsonText::write).toList();
        assertSameFromManyThreads(json, VALIDATOR::validateJson, seed);
    }

    private static <T> void assertSameFromManyThreads(List<T> inputs, Function<T, ManifestResult> check, long seed)
            throws Exception {
        List<ManifestResult> expected = new ArrayList<>();
        for (T input : inputs) {
            ManifestResult r = check.apply(input);
            Contract.assertWellFormed(r);
            expected.add(r);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ManifestResult[]>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed + t));
                futures.add(pool.submit(() -> {
                    start.await();
                    ManifestResult[] results = new ManifestResult[inputs.size()];
                    for (int i : order) {
                        results[i] = check.apply(inputs.get(i));
                    }
                    return results;
                }));
            }
            start.countDown();
            for (Future<ManifestResult[]> f : futures) {
                ManifestResult[] results = f.get();
                for (int i = 0; i < results.length; i++) {
                    Contract.assertSameResult(results[i], expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
