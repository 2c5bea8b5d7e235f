package org.blocklet4j.bundle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.JsonText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;

/**
 * {@code json-stable-stringify} 1.3 without options: {@code JSON.stringify} with every object's keys sorted by
 * UTF-16 code units. Numbers are written as JavaScript writes them, strings escaped as {@code JSON.stringify}
 * escapes them (lowercase <code>&#92;u00xx</code> for control characters and lone surrogates).
 */
public final class StableJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StableJson() {
    }

    /** The canonical text of {@code node}. */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            // String.compareTo compares UTF-16 code units, as Array.prototype.sort does by default.
            entries.sort(Map.Entry.comparingByKey());
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : entries) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            quote(node.stringValue(), out);
        } else if (node.isNumber()) {
            out.append(JsonText.write(DoubleNode.valueOf(node.doubleValue())));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append("null");
        }
    }

    /** {@code JSON.stringify} of a string (ECMAScript QuoteJSONString). */
    public static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
