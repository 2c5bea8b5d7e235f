package org.blocklet4j.bundle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blocklet4j.meta.JsonText;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code _.omit(object, field)} of lodash 4.17 for JSON values: {@code field} is a property path
 * ({@code a.b}, {@code a[0]}, {@code a["b"]}), or a list of paths (omit flattens one level); a path of one key
 * that the object has is that key even when it contains dots. An array element removed by a deep path leaves a
 * hole, which {@code JSON.stringify} writes as {@code null}.
 */
public final class LodashOmit {
    private static final Pattern PLAIN_PROP = Pattern.compile("^\\w*$");
    private static final Pattern DEEP_PROP = Pattern.compile("\\.|\\[(?:[^\\[\\]]*|([\"'])(?:(?!\\1)[^\\\\]|\\\\.)*?\\1)\\]");
    private static final Pattern PROP_NAME = Pattern.compile(
            "[^.\\[\\]]+|\\[(?:(-?\\d+(?:\\.\\d+)?)|([\"'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))");
    private static final Pattern ESCAPE_CHAR = Pattern.compile("\\\\(\\\\)?");

    private LodashOmit() {
    }

    /** A copy of {@code object} without {@code field}; {@code object} is not changed. */
    public static ObjectNode omit(ObjectNode object, JsonNode field) {
        List<List<String>> paths = new ArrayList<>();
        if (field.isArray()) {
            for (JsonNode item : field) {
                paths.add(castPath(item, object));
            }
        } else {
            paths.add(castPath(field, object));
        }
        ObjectNode result = object.deepCopy();
        for (int i = paths.size() - 1; i >= 0; i--) {
            unset(result, paths.get(i));
        }
        return result;
    }

    private static List<String> castPath(JsonNode value, ObjectNode object) {
        if (value.isArray()) {
            List<String> path = new ArrayList<>();
            for (JsonNode item : value) {
                path.add(toKey(item));
            }
            return path;
        }
        if (!value.isString()) {
            return List.of(toKey(value));
        }
        String s = value.stringValue();
        if (PLAIN_PROP.matcher(s).matches() || !DEEP_PROP.matcher(s).find() || object.has(s)) {
            return List.of(s);
        }
        return stringToPath(s);
    }

    private static List<String> stringToPath(String s) {
        List<String> result = new ArrayList<>();
        if (s.startsWith(".")) {
            result.add("");
        }
        Matcher m = PROP_NAME.matcher(s);
        while (m.find()) {
            if (m.group(2) != null) {
                result.add(ESCAPE_CHAR.matcher(m.group(3)).replaceAll("$1"));
            } else {
                result.add(m.group(1) != null ? m.group(1) : m.group());
            }
        }
        return result;
    }

    /** {@code toKey}/{@code String(value)} of a JSON scalar. */
    private static String toKey(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            return d == 0 && 1 / d < 0 ? "-0" : JsonText.write(tools.jackson.databind.node.DoubleNode.valueOf(d));
        }
        if (value.isObject()) {
            return "[object Object]";
        }
        return value.isNull() ? "null" : value.asString();
    }

    private static void unset(ObjectNode root, List<String> path) {
        if (path.isEmpty()) {
            return;
        }
        @Nullable JsonNode parent = root;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            parent = child(parent, path.get(i));
        }
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            int index = arrayIndex(last);
            if (index >= 0 && index < a.size()) {
                a.set(index, JsonNodeFactory.instance.nullNode());
            }
        }
    }

    private static @Nullable JsonNode child(JsonNode node, String key) {
        if (node.isObject()) {
            return node.get(key);
        }
        if (node.isArray()) {
            int index = arrayIndex(key);
            return index >= 0 ? node.get(index) : null;
        }
        return null;
    }

    /** The index a canonical array-index key names, or -1. */
    private static int arrayIndex(String key) {
        if (key.isEmpty() || key.length() > 9 || key.length() > 1 && key.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(key);
    }
}
