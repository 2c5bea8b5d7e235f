package org.blocklet4j.meta.internal.fix;

import java.util.Base64;
import java.util.Map;

import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BinaryNode;

/** A canonical text of JavaScript values, for comparing the trees the fix steps give with the recorded ones. */
final class JsJson {
    private JsJson() {
    }

    /** A canonical text of a JavaScript value, key order included, for comparing trees. */
    static String canon(@Nullable JsonNode v) {
        StringBuilder out = new StringBuilder();
        canon(out, v);
        return out.toString();
    }

    private static void canon(StringBuilder out, @Nullable JsonNode v) {
        if (v == null || v.isMissingNode()) {
            out.append("undefined");
        } else if (v.isNull()) {
            out.append("null");
        } else if (v.isBoolean()) {
            out.append(v.booleanValue());
        } else if (v.isNumber()) {
            out.append(JsNumbers.toString(v.doubleValue()));
        } else if (v.isString()) {
            quote(out, v.stringValue());
        } else if (JsTree.isDate(v)) {
            out.append("Date(").append(JsTree.toIsoString(JsTree.instant(v))).append(')');
        } else if (v instanceof BinaryNode b) {
            out.append("Uint8Array(").append(Base64.getEncoder().encodeToString(b.binaryValue())).append(')');
        } else if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canon(out, v.get(i));
            }
            out.append(']');
        } else if (v.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, e.getKey());
                out.append(':');
                canon(out, e.getValue());
            }
            out.append('}');
        } else {
            out.append("?").append(v);
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
