package org.blocklet4j.resolver;

import org.blocklet4j.meta.did.BlockletDid;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Manifests for tests: valid for the reference's {@code validateMeta} with {@code ensureDist}. */
final class Metas {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Metas() {
    }

    static String did(String name) {
        return BlockletDid.fromName(name);
    }

    /** A manifest of {@code name}@{@code version} with a tarball relative to the store's API path. */
    static ObjectNode meta(String name, String version) {
        ObjectNode m = NODES.objectNode();
        m.put("name", name);
        m.put("did", did(name));
        m.put("version", version);
        m.put("description", "The " + name + " component");
        ObjectNode dist = m.putObject("dist");
        dist.put("tarball", "/tarballs/" + name + "-" + version + ".tgz");
        dist.put("integrity", "sha512-AAAA");
        return m;
    }

    /** Adds a component config from {@code store} to {@code meta} and returns the config. */
    static ObjectNode storeComponent(ObjectNode meta, String store, String name, String version, boolean required) {
        ObjectNode c = components(meta).addObject();
        c.put("name", name);
        c.put("required", required);
        ObjectNode source = c.putObject("source");
        source.put("store", store);
        source.put("name", name);
        if (version != null) {
            source.put("version", version);
        }
        return c;
    }

    /** Adds a component config with URL sources to {@code meta} and returns the config. */
    static ObjectNode urlComponent(ObjectNode meta, String name, boolean required, String... urls) {
        ObjectNode c = components(meta).addObject();
        c.put("name", name);
        c.put("required", required);
        ObjectNode source = c.putObject("source");
        if (urls.length == 1) {
            source.put("url", urls[0]);
        } else {
            ArrayNode a = source.putArray("url");
            for (String u : urls) {
                a.add(u);
            }
        }
        return c;
    }

    /** Makes {@code meta} a blocklet that starts a process, with a web interface when {@code web}. */
    static ObjectNode runnable(ObjectNode meta, boolean web) {
        meta.put("main", "index.js");
        if (web) {
            ObjectNode i = meta.putArray("interfaces").addObject();
            i.put("type", "web");
            i.put("name", "publicUrl");
            i.put("path", "/");
            i.put("prefix", "*");
            i.put("port", "BLOCKLET_PORT");
            i.put("protocol", "http");
        }
        return meta;
    }

    static ArrayNode components(ObjectNode meta) {
        return meta.has("components") ? (ArrayNode) meta.get("components") : meta.putArray("components");
    }
}
