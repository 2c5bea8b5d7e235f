package org.blocklet4j.meta.internal.pipeline;

import java.util.List;
import java.util.function.Function;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsTree;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code defaultStoreUrl} step of {@code parse()}: a component whose source names a blocklet ({@code name}
 * or {@code did}) but no store gets the default store. It runs on {@code components} as written, before the
 * schema renames {@code children}; a component without an object source stops the parse, as the reference's
 * {@code 'name' in source} throws there.
 */
final class DefaultStore {
    private DefaultStore() {
    }

    static List<Diagnostic> apply(ObjectNode meta, Function<JsonNode, String> storeUrl) {
        JsonNode components = meta.get("components");
        if (components == null || !components.isArray() || components.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode x = components.get(i);
            String at = "/components/" + i;
            if (x == null || x.isNull()) {
                return List.of(Diagnostic.error("fix.default-store", at,
                        "Cannot read properties of null (reading 'source')"));
            }
            JsonNode source = x.get("source");
            if (!(source instanceof ObjectNode s)) {
                return List.of(Diagnostic.error("fix.default-store", at + "/source",
                        "Cannot use 'in' operator to search for 'name' in " + describe(source)));
            }
            if ((s.has("name") || s.has("did")) && !JsTree.isTruthy(s.get("store"))) {
                s.put("store", storeUrl.apply(x.deepCopy()));
            }
        }
        return List.of();
    }

    private static String describe(JsonNode v) {
        if (v == null) {
            return "undefined";
        }
        return v.isString() ? v.stringValue() : v.isNull() ? "null" : v.toString();
    }
}
