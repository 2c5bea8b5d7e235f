package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.number;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import java.util.ArrayList;
import java.util.List;

import org.blocklet4j.meta.internal.format.JoiIp;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.ArraySchema;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.StringSchema;

import tools.jackson.databind.JsonNode;

/** {@code interfaces}: types, protocols, ports, services (with the auth service's config), endpoints, caching. */
final class Interfaces {
    static final String[] TYPES = {"web", "service", "wellknown", "docker"};
    static final String[] PROTOCOLS = {"tcp", "udp", "http"};
    static final String DEFAULT_PORT = "BLOCKLET_PORT";
    static final String WELLKNOWN_PREFIX = "/.well-known";

    private Interfaces() {
    }

    /** The reference's {@code cacheableSchema}: a path, normalised to {@code /a/b}. */
    static final StringSchema CACHEABLE = string().trim().custom((value, path, ctx) -> {
        List<String> parts = new ArrayList<>();
        for (String p : value.stringValue().split("/", -1)) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            throw Reject.message("interface.cacheable.invalid", "cacheable path must be a valid pathname that is not /");
        }
        return str("/" + String.join("/", parts));
    });

    /** The reference's {@code serviceSchema}; unknown keys are kept. */
    static final ObjectSchema SERVICE = object(
            "name", string().required().trim(),
            "config", object().optional().defaultValue(JsTree.NODES.objectNode()))
            .unknown();

    /** The reference's {@code endpointSchema}. */
    static final ObjectSchema ENDPOINT = object(
            "type", string().trim().min(1).required(),
            "path", string().required(),
            "meta", object(
                    "vcType", string(),
                    "payable", bool(),
                    "params", array().items(object(
                            "name", string().required().trim(),
                            "description", string().required().trim()))));

    /** The reference's {@code interfaceSchema}. */
    static final ObjectSchema INTERFACE = object(
            "type", string().lowercase().valid(strs(TYPES)).required(),
            "name", string().trim().required(),
            "path", string().trim().defaultValue(str("/")),
            "prefix", string().trim().min(1).defaultValue(str("*")),
            "containerPort", number().port().optional(),
            "hostIP", string().trim().check("string.ipVersion", JoiIp::isValid,
                    "{label} must be a valid ip address of one of the following versions [ipv4, ipv6] with a optional CIDR")
                    .optional(),
            "protocol", string().lowercase().valid(strs(PROTOCOLS)).defaultValue(str("http")),
            "port", alternatives(
                    string().uppercase().defaultValue(str(DEFAULT_PORT)),
                    object(
                            "internal", string().uppercase().required(),
                            "external", number().port().required()))
                    .defaultValue(str(DEFAULT_PORT)),
            "cacheable", array().items(CACHEABLE).unique(),
            "services", array().items(SERVICE).unique("name"),
            "endpoints", array().items(ENDPOINT).unique("type"),
            "pageGroups", array().items(string().min(1).max(255).trim()).unique(),
            "proxyBehavior", string().valid(strs("service", "direct")).defaultValue(str("service")).optional());

    /** {@code interfaces}: unique names, one web interface, well-known prefixes. */
    static final ArraySchema INTERFACES = array().items(INTERFACE).unique("name")
            .custom((value, path, ctx) -> {
                int web = 0;
                for (JsonNode x : value) {
                    if (isType(x, "web")) {
                        web++;
                    }
                }
                if (web > 1) {
                    throw Reject.message("interface.web.multiple", "Only one web interface can be declared");
                }
                for (JsonNode x : value) {
                    if (isType(x, "wellknown")) {
                        JsonNode prefix = x.get("prefix");
                        if (prefix == null) {
                            // Only without defaults (noDefaults): the reference calls startsWith on undefined.
                            throw Reject.thrown("interface.wellknown.prefix",
                                    "Cannot read properties of undefined (reading 'startsWith')");
                        }
                        if (!prefix.isString()
                                || !prefix.stringValue().startsWith(WELLKNOWN_PREFIX)) {
                            throw Reject.message("interface.wellknown.prefix",
                                    "Wellknown path prefix must start with: " + WELLKNOWN_PREFIX);
                        }
                    }
                }
                return value;
            })
            .defaultValue(JsTree.NODES.arrayNode());

    private static boolean isType(JsonNode x, String type) {
        JsonNode t = x.get("type");
        return t != null && t.isString() && t.stringValue().equals(type);
    }

    /** The auth service's config ({@code authConfigSchema}), validated by the fix step with unknown keys stripped. */
    static final ObjectSchema AUTH_CONFIG = object(
            "whoCanAccess", string().valid(strs("owner", "invited", "all")),
            "profileFields", array().items(string().valid(strs("fullName", "email", "avatar", "phone"))).unique(),
            "ignoreUrls", array().items(string().min(1)),
            "allowSwitchProfile", bool(),
            "blockUnauthenticated", bool(),
            "blockUnauthorized", bool());
}
