package org.blocklet4j.resolver;

import java.util.ArrayList;
import java.util.List;

import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A manifest's component configs and its engine, read as {@code @blocklet/resolver} and {@code @blocklet/meta}
 * read them: {@code getComponentConfig}, {@code getBlockletEngine}, {@code hasStartEngine},
 * {@code findWebInterface}, {@code getSourceUrlsFromConfig}.
 */
final class ComponentConfigs {
    /** {@code STATIC_SERVER_ENGINE_DID} of {@code @blocklet/constant}: the engine built into Blocklet Server. */
    static final String STATIC_SERVER_ENGINE_DID = "z2qa2dGC9EmsjB2WJtUcmuRWx43zTwPUZQF7g";
    /** {@code BLOCKLET_STORE_API_BLOCKLET_PREFIX} of {@code @abtnode/constant}. */
    static final String STORE_API_PREFIX = "/api/blocklets";
    /** {@code BLOCKLET_PLATFORMS}: Node's {@code os.platform()} values an engine may name. */
    static final List<String> PLATFORMS = List.of("aix", "darwin", "freebsd", "linux", "openbsd", "sunos", "win32");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComponentConfigs() {
    }

    /**
     * {@code getComponentConfig(meta)}: {@code components} (or the legacy {@code children}), then, when the engine
     * is a blocklet other than the static server, {@code {source: engine.source, required: true}}.
     *
     * @throws ResolverException {@code engine} when the engine is a list with no entry for {@code platform}
     */
    static List<JsonNode> of(JsonNode meta, String platform) {
        List<JsonNode> configs = new ArrayList<>();
        JsonNode components = meta.get("components");
        if (components == null || !JsTree.isTruthy(components)) {
            components = meta.get("children");
        }
        if (components != null && components.isArray()) {
            components.forEach(configs::add);
        }
        JsonNode engine = engine(meta, platform);
        if ("blocklet".equals(text(engine, "interpreter")) && !isStaticServer(engine)) {
            ObjectNode config = NODES.objectNode();
            JsonNode source = engine.get("source");
            if (source != null) {
                config.set("source", source);
            }
            config.put("required", true);
            configs.add(config);
        }
        return configs;
    }

    /** {@code getBlockletEngine(meta)} on {@code platform}: no engine is the {@code node} interpreter. */
    static JsonNode engine(JsonNode meta, String platform) {
        JsonNode engine = meta.get("engine");
        if (engine == null || !JsTree.isTruthy(engine)) {
            ObjectNode node = NODES.objectNode();
            node.put("interpreter", "node");
            node.put("source", "");
            return node;
        }
        if (!engine.isArray()) {
            return engine;
        }
        for (JsonNode e : engine) {
            if (platform.equals(text(e, "platform"))) {
                return e;
            }
        }
        throw new ResolverException("engine", "can not find a proper engine interpreter on " + platform, List.of());
    }

    /** {@code isStaticServerEngine(engine)}. */
    static boolean isStaticServer(JsonNode engine) {
        return "blocklet".equals(text(engine, "interpreter"))
                && STATIC_SERVER_ENGINE_DID.equals(text(engine.path("source"), "name"));
    }

    /** {@code hasStartEngine(meta)}: something runs (a blocklet engine other than the static server, main, docker). */
    static boolean hasStartEngine(JsonNode meta, String platform) {
        if ("static".equals(text(meta, "group"))) {
            return false;
        }
        JsonNode engine = engine(meta, platform);
        if ("blocklet".equals(text(engine, "interpreter"))) {
            return !isStaticServer(engine);
        }
        return JsTree.isTruthy(meta.get("main")) || hasDockerImage(meta);
    }

    /** {@code meta.docker?.image} is truthy. */
    static boolean hasDockerImage(JsonNode meta) {
        JsonNode docker = meta.get("docker");
        return docker != null && docker.isObject() && JsTree.isTruthy(docker.get("image"));
    }

    /** {@code findWebInterface(meta)}: an interface of type {@code web}. */
    static boolean hasWebInterface(JsonNode meta) {
        JsonNode interfaces = meta.get("interfaces");
        if (interfaces == null || !interfaces.isArray()) {
            return false;
        }
        for (JsonNode i : interfaces) {
            if ("web".equals(text(i, "type"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code getSourceUrlsFromConfig(config)}: the URLs to try, in order. {@code source.url} (one or a list) as
     * given; otherwise, for each store (one or a list; {@code defaultStores} when the source names none),
     * {@code joinURL(store, '/api/blocklets', toBlockletDid(name), version unless latest, 'blocklet.json')}.
     *
     * @throws ResolverException {@code invalid-config} when the config has no source the reference can use
     */
    static List<String> sourceUrls(JsonNode config, List<String> defaultStores) {
        JsonNode source = config.get("source");
        if (JsTree.isTruthy(source)) {
            JsonNode url = source.get("url");
            if (JsTree.isTruthy(url)) {
                return strings(url);
            }
            JsonNode name = source.get("name");
            if (name == null || !name.isString()) {
                throw new ResolverException("invalid-config", "Invalid child config: the source has neither url nor name",
                        List.of());
            }
            String did = BlockletDid.fromName(name.stringValue());
            String version = text(source, "version");
            String segment = version == null || version.isEmpty() || version.equals("latest") ? "" : version;
            JsonNode store = source.get("store");
            List<String> stores = store == null || !JsTree.isTruthy(store) ? defaultStores : strings(store);
            if (stores.isEmpty()) {
                stores = List.of("");
            }
            List<String> urls = new ArrayList<>(stores.size());
            for (String s : stores) {
                urls.add(Urls.join(s, STORE_API_PREFIX, did, segment, "blocklet.json"));
            }
            return urls;
        }
        JsonNode resolved = config.get("resolved");
        if (JsTree.isTruthy(resolved)) {
            return List.of(resolved.isString() ? resolved.stringValue() : resolved.toString());
        }
        throw new ResolverException("invalid-config", "Invalid child config", List.of());
    }

    /** {@code [value].flat()} for strings: one string or each string of a list. */
    private static List<String> strings(JsonNode value) {
        if (value.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode v : value) {
                out.add(v.isString() ? v.stringValue() : v.toString());
            }
            return out;
        }
        return List.of(value.isString() ? value.stringValue() : value.toString());
    }

    /** The string at {@code key}, or null when absent or not a string. */
    static @Nullable String text(@Nullable JsonNode node, String key) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(key);
        return v != null && v.isString() ? v.stringValue() : null;
    }
}
