package org.blocklet4j.meta.internal.pipeline;

import java.time.ZoneId;
import java.util.List;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsValues;
import org.blocklet4j.meta.internal.rules.Services;
import org.blocklet4j.meta.internal.schema.Context;
import org.blocklet4j.meta.internal.schema.Path;
import org.blocklet4j.meta.internal.schema.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference's {@code fixService}: each service's config is replaced by its validated form (unknown keys
 * removed); an unnamed or unknown service, or a bad config, stops the parse.
 */
final class ServiceFix {
    private static final java.util.Set<String> INHERITED = java.util.Set.of("constructor", "hasOwnProperty",
            "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf", "__proto__",
            "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__");

    private ServiceFix() {
    }

    /** Fixes {@code meta} in place; returns the error that stops the parse, if any. */
    static List<Diagnostic> apply(ObjectNode meta) {
        JsonNode interfaces = meta.get("interfaces");
        if (interfaces == null || !interfaces.isArray() || interfaces.isEmpty()) {
            // Only a real, non-empty array is walked; anything else the reference leaves to the schema.
            return interfaces != null && interfaces.isString() && !interfaces.stringValue().isEmpty()
                    ? List.of(Diagnostic.error("fix.service", "/interfaces", "meta.interfaces.forEach is not a function"))
                    : List.of();
        }
        for (int i = 0; i < interfaces.size(); i++) {
            JsonNode d = interfaces.get(i);
            String at = "/interfaces/" + i;
            if (d == null || d.isNull()) {
                return List.of(Diagnostic.error("fix.service", at, "Cannot read properties of null (reading 'services')"));
            }
            JsonNode services = d.get("services");
            if (services != null && services.isString() && !services.stringValue().isEmpty()) {
                // `d.services && d.services.length` holds for a string, which has no forEach.
                return List.of(Diagnostic.error("fix.service", at + "/services", "d.services.forEach is not a function"));
            }
            if (services == null || !services.isArray() || services.isEmpty()) {
                continue;
            }
            for (int j = 0; j < services.size(); j++) {
                JsonNode s = services.get(j);
                String sat = at + "/services/" + j;
                if (s == null || s.isNull()) {
                    return List.of(Diagnostic.error("fix.service", sat, "Cannot read properties of null (reading 'name')"));
                }
                JsonNode name = s.get("name");
                if (name == null || !org.blocklet4j.meta.internal.js.JsTree.isTruthy(name)) {
                    return List.of(Diagnostic.error("service.name.empty", sat + "/name", "service name should not be empty"));
                }
                String n = JsValues.toJsString(name);
                if (INHERITED.contains(n)) {
                    // The reference looks services up in a plain object, where these names find Object.prototype.
                    return List.of(Diagnostic.error("fix.service", sat + "/name", "service.validate is not a function"));
                }
                if (!Services.exists(n)) {
                    return List.of(Diagnostic.error("service.unknown", sat + "/name", "service " + n + " does not exist"));
                }
                JsonNode config = s.get("config");
                Context ctx = new Context(null, ZoneId.of("UTC"), true, true);
                Path base = Path.ROOT;
                Result r = Services.config(n).validate(org.blocklet4j.meta.internal.js.JsTree.isTruthy(config)
                        ? config.deepCopy() : org.blocklet4j.meta.internal.js.JsTree.NODES.objectNode(), base, ctx, null);
                if (!r.isValid()) {
                    // The reference validates with Joi's defaults, which stop at the first error.
                    String message = "Invalid blocklet service config: " + r.errors().get(0).message();
                    return List.of(Diagnostic.error("service.config.invalid", sat + "/config", message));
                }
                if (s instanceof ObjectNode so) {
                    so.set("config", r.value());
                }
            }
        }
        return List.of();
    }
}
