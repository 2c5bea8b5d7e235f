package org.blocklet4j.meta.internal.yaml;

import org.blocklet4j.meta.internal.js.JsValues;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * How js-yaml names the property a mapping key becomes: {@code String(key)}, with its own rule for mappings. The
 * order of the properties is JavaScript's own-property order ({@link org.blocklet4j.meta.internal.js.JsTree#toJsOrder}).
 */
final class PropertyKeys {
    private PropertyKeys() {
    }

    /**
     * The property name js-yaml makes of a mapping key ({@code storeMappingPair}): {@code String(key)}, with a
     * mapping key, or a mapping inside a sequence key, named {@code [object Object]}. Returns null for a sequence
     * key that holds a sequence, which js-yaml rejects.
     */
    static @Nullable String of(JsonNode key) {
        if (key.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < key.size(); i++) {
                JsonNode item = key.get(i);
                if (item.isArray()) {
                    return null;
                }
                if (i > 0) {
                    joined.append(',');
                }
                // Array.prototype.join: null and undefined become empty strings.
                if (!item.isNull()) {
                    joined.append(scalarString(item));
                }
            }
            return joined.toString();
        }
        return scalarString(key);
    }

    /** {@code String(value)} for anything but an array; js-yaml names every mapping {@code [object Object]}. */
    private static String scalarString(JsonNode value) {
        return value.isObject() ? "[object Object]" : JsValues.toJsString(value);
    }
}
