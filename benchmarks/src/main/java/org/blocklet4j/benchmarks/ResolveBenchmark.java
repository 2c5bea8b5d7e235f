package org.blocklet4j.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.resolver.ComponentResolver;
import org.blocklet4j.resolver.FetchResult;
import org.blocklet4j.resolver.ManifestSource;
import org.blocklet4j.resolver.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolving a composite blocklet's component tree against a store held in memory: every manifest fetched,
 * validated ({@code validateBlockletMeta}), its sub-components followed, mount points and layers worked out.
 * The root has {@code components} store components; each requires two of a pool of shared components.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResolveBenchmark {
    private static final String STORE = "http://store.test";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The number of components the root names directly. */
    @Param({"10", "100"})
    public int components;

    private ObjectNode root;
    private ComponentResolver resolver;

    /** Publishes the manifests and builds the resolver (one thread, so that the figure is the work, not the pool). */
    @Setup
    public void setUp() {
        Map<String, ObjectNode> docs = new HashMap<>();
        int shared = Math.max(2, components / 5);
        for (int i = 0; i < shared; i++) {
            publish(docs, meta("shared-lib-" + i));
        }
        root = meta("bench-root-app");
        for (int i = 0; i < components; i++) {
            ObjectNode c = meta("bench-comp-" + i);
            storeComponent(c, "shared-lib-" + (i % shared), true);
            storeComponent(c, "shared-lib-" + ((i * 7 + 1) % shared), i % 3 == 0);
            publish(docs, c);
            storeComponent(root, "bench-comp-" + i, i % 2 == 0);
        }
        ManifestSource source = url -> {
            ObjectNode doc = docs.get(url.toString());
            return doc == null
                    ? new FetchResult.Failed(url, FetchResult.Kind.HTTP_STATUS, "Request failed with status code 404")
                    : new FetchResult.Found(url, doc);
        };
        resolver = ComponentResolver.builder().source(source).platform("linux").parallelism(1).build();
        Resolution r = resolve();
        if (!r.problems().isEmpty() || r.components().size() != components + shared) {
            throw new IllegalStateException("resolution failed: " + r.problems() + " " + r.components().size());
        }
    }

    /** One resolution of the whole tree. */
    @Benchmark
    public Resolution resolve() {
        return resolver.resolve(root);
    }

    private static void publish(Map<String, ObjectNode> docs, ObjectNode meta) {
        String did = meta.get("did").stringValue();
        docs.put(STORE + "/api/blocklets/" + did + "/blocklet.json", meta);
        docs.put(STORE + "/api/blocklets/" + did + "/" + meta.get("version").stringValue() + "/blocklet.json", meta);
    }

    private static ObjectNode meta(String name) {
        ObjectNode m = NODES.objectNode();
        m.put("name", name);
        m.put("did", BlockletDid.fromName(name));
        m.put("version", "1.0.0");
        m.put("description", "The " + name + " component");
        ObjectNode dist = m.putObject("dist");
        dist.put("tarball", "/tarballs/" + name + "-1.0.0.tgz");
        dist.put("integrity", "sha512-AAAA");
        return m;
    }

    private static void storeComponent(ObjectNode meta, String name, boolean required) {
        ObjectNode c = (meta.has("components") ? (tools.jackson.databind.node.ArrayNode) meta.get("components")
                : meta.putArray("components")).addObject();
        c.put("name", name);
        c.put("required", required);
        ObjectNode source = c.putObject("source");
        source.put("store", STORE);
        source.put("name", name);
    }

}
