package org.blocklet4j.meta.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code interfaces}: how the blocklet is reached. Instances are immutable and safe to share between
 * threads.
 *
 * @param type          {@code web}, {@code service}, {@code wellknown} or {@code docker}
 * @param name          its name, unique in the manifest
 * @param path          the path served inside the blocklet (default {@code /})
 * @param prefix        where it is mounted ({@code *}: anywhere)
 * @param port          the port: a variable name, or internal name and external number
 * @param protocol      {@code http}, {@code tcp} or {@code udp}
 * @param proxyBehavior {@code service} or {@code direct}
 * @param containerPort the container's port, for docker
 * @param hostIp        the host address, for docker
 * @param services      the services in front of it ({@code auth}), with their validated config
 * @param endpoints     declared endpoints, as JSON
 * @param cacheable     paths that may be cached
 * @param pageGroups    page groups
 */
public record BlockletInterface(String type, String name, String path, String prefix, Port port, String protocol,
                                String proxyBehavior, @Nullable Double containerPort, @Nullable String hostIp,
                                List<Service> services, List<JsonNode> endpoints, List<String> cacheable,
                                List<String> pageGroups) {
    /**
     * An interface's port.
     *
     * @param name     the port variable, such as {@code BLOCKLET_PORT}, when given as a string; else the internal name
     * @param external the external port number when given as an object
     */
    public record Port(String name, @Nullable Double external) {
    }

    /**
     * A service in front of an interface.
     *
     * @param name   its name ({@code auth})
     * @param config its config after validation, as JSON
     */
    public record Service(String name, JsonNode config) {
    }

    static BlockletInterface of(JsonNode n) {
        JsonNode p = n.get("port");
        Port port = p != null && p.isObject() ? new Port(Json.text(p, "internal", ""), Json.number(p, "external"))
                : new Port(p == null ? "BLOCKLET_PORT" : p.asString(), null);
        return new BlockletInterface(Json.text(n, "type", ""), Json.text(n, "name", ""), Json.text(n, "path", "/"),
                Json.text(n, "prefix", "*"), port, Json.text(n, "protocol", "http"),
                Json.text(n, "proxyBehavior", "service"), Json.number(n, "containerPort"), Json.text(n, "hostIP"),
                Json.list(n, "services", s -> new Service(Json.text(s, "name", ""),
                        s.has("config") ? s.get("config").deepCopy() : tools.jackson.databind.node.JsonNodeFactory
                                .instance.objectNode())),
                Json.list(n, "endpoints", JsonNode::deepCopy), Json.strings(n, "cacheable"),
                Json.strings(n, "pageGroups"));
    }
}
