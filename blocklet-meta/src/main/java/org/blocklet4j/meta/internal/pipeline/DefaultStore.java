package org.blocklet4j.meta.internal.pipeline;

import java.util.List;
import java.util.function.Function;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.js.JsValues;

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
        if (components != null && components.isString() && !components.stringValue().isEmpty()) {
            // `result[prop]?.length` holds for a string, which has no forEach.
            return List.of(Diagnostic.error("fix.default-store", "/components",
                    "result[prop].forEach is not a function"));
        }
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
            if (source == null || !source.isContainer()) {
                // `'name' in source` throws for anything but an object or an array.
                return List.of(Diagnostic.error("fix.default-store", at + "/source",
                        "Cannot use 'in' operator to search for 'name' in " + JsValues.toJsString(source)));
            }
            if (source instanceof ObjectNode s && (s.has("name") || s.has("did"))
                    && !JsTree.isTruthy(s.get("store"))) {
                s.put("store", storeUrl.apply(x.deepCopy()));
            }
        }
        return List.of();
    }

}
