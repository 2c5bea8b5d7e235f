package org.blocklet4j.meta.internal.yaml;

import java.util.Map;
import java.util.StringJoiner;

import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BinaryNode;

/**
 * The canonical text {@code conformance/reference/vectors/yaml.js} writes for a JavaScript value: JSON that keeps
 * what JSON loses. {@code N(...)} is a number as {@code String()} prints it ({@code N(-0)} for negative zero),
 * {@code D(...)} a Date's ISO string, {@code B(...)} a Uint8Array's bytes, {@code U} undefined; object keys in
 * their order, strings as {@code JSON.stringify} writes them.
 */
final class Canonical {
    private Canonical() {
    }

    static String of(@Nullable JsonNode v) {
        if (v == null) {
            return "U";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return "N(" + (d == 0 && 1 / d < 0 ? "-0" : org.blocklet4j.meta.internal.js.JsNumbers.toString(d)) + ")";
        }
        if (v.isString()) {
            return quote(v.stringValue());
        }
        if (v.isBoolean()) {
            return Boolean.toString(v.booleanValue());
        }
        if (JsTree.isDate(v)) {
            return "D(" + JsTree.toIsoString(JsTree.instant(v)) + ")";
        }
        if (v instanceof BinaryNode b) {
            StringJoiner j = new StringJoiner(",", "B(", ")");
            for (byte x : b.binaryValue()) {
                j.add(Integer.toString(x & 0xFF));
            }
            return j.toString();
        }
        if (v.isArray()) {
            StringJoiner j = new StringJoiner(",", "[", "]");
            for (JsonNode x : v) {
                j.add(of(x));
            }
            return j.toString();
        }
        StringJoiner j = new StringJoiner(",", "{", "}");
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            j.add(quote(e.getKey()) + ":" + of(e.getValue()));
        }
        return j.toString();
    }

    /** {@code JSON.stringify} of a string: lone surrogates escaped, as ES2019 does. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    boolean pairHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    boolean pairLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    if (c < 0x20 || (Character.isSurrogate(c) && !pairHigh && !pairLow)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
