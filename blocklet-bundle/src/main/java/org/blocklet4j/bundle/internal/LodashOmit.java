package org.blocklet4j.bundle.internal;

import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>Like lodash, the result shares arrays with {@code object}: a deep path through an array changes
 * {@code object} too, and {@code verifyMultiSig} then verifies the later signatures against the changed meta.
 */
public final class LodashOmit {
    private static final Pattern PLAIN_PROP = Pattern.compile("\\w*");

    private LodashOmit() {
    }

    /** A copy of {@code object} without {@code field}; arrays stay shared with {@code object} (see above). */
    public static ObjectNode omit(ObjectNode object, JsonNode field) {
        List<List<String>> paths = new ArrayList<>();
        if (field.isArray()) {
            for (JsonNode item : field) {
                paths.add(castPath(item, object));
            }
        } else {
            paths.add(castPath(field, object));
        }
        boolean deep = paths.stream().anyMatch(p -> p.size() > 1);
        ObjectNode result = deep ? cloneObjects(object) : object.objectNode().setAll(object);
        for (int i = paths.size() - 1; i >= 0; i--) {
            unset(result, paths.get(i));
        }
        return result;
    }

    /**
     * lodash's deep clone with {@code customOmitClone}: plain objects are copied, arrays are not — the copy
     * shares them, and what an unset removes below an array is removed from the source as well.
     */
    private static ObjectNode cloneObjects(ObjectNode object) {
        ObjectNode copy = object.objectNode();
        for (var e : object.properties()) {
            JsonNode v = e.getValue();
            copy.set(e.getKey(), v instanceof ObjectNode o ? cloneObjects(o) : v);
        }
        return copy;
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
        if (PLAIN_PROP.matcher(s).matches() || !isDeepProp(s) || object.has(s)) {
            return List.of(s);
        }
        return stringToPath(s);
    }

    /**
     * lodash's {@code reIsDeepProp} test, {@code /\\.|\\[(?:[^[\\]]*|(["'])(?:(?!\\1)[^\\\\]|\\\\.)*?\\1)\\]/}, by a
     * linear scan (the regular expression recurses per character in Java).
     */
    private static boolean isDeepProp(String s) {
        if (s.indexOf('.') >= 0) {
            return true;
        }
        for (int i = s.indexOf('['); i >= 0; i = s.indexOf('[', i + 1)) {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) != '[' && s.charAt(j) != ']') {
                j++;
            }
            if (j < s.length() && s.charAt(j) == ']' || quotedEnd(s, i + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a quoted key that starts at {@code from} ends: given a quote at {@code from}, the index after its
     * closing quote and the {@code ]} that must follow, or -1. Inside, a backslash escapes the next character.
     */
    private static int quotedEnd(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '"' && s.charAt(from) != '\'') {
            return -1;
        }
        char quote = s.charAt(from);
        int i = from + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == quote) {
                return i + 1 < s.length() && s.charAt(i + 1) == ']' ? i + 2 : -1;
            }
            i += c == '\\' ? 2 : 1;
        }
        return -1;
    }

    /**
     * lodash's {@code stringToPath}: the matches of {@code rePropName} — runs of characters other than
     * {@code .[]}, {@code [number]}, {@code ["quoted"]} (unescaped), and an empty key before {@code .} or
     * {@code []} that another {@code .}, {@code []} or the end follows — found by a linear scan.
     */
    private static List<String> stringToPath(String s) {
        List<String> result = new ArrayList<>();
        if (s.startsWith(".")) {
            result.add("");
        }
        int i = 0;
        int n = s.length();
        while (i <= n) {
            if (i < n && ".[]".indexOf(s.charAt(i)) < 0) {
                int j = i;
                while (j < n && ".[]".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                result.add(s.substring(i, j));
                i = j;
                continue;
            }
            if (i < n && s.charAt(i) == '[') {
                int end = numberEnd(s, i + 1);
                if (end >= 0) {
                    result.add(s.substring(i + 1, end));
                    i = end + 1;
                    continue;
                }
                end = quotedEnd(s, i + 1);
                if (end >= 0) {
                    result.add(unescape(s.substring(i + 2, end - 2)));
                    i = end;
                    continue;
                }
            }
            int after = separatorEnd(s, i);
            if (after >= 0 && (after == n || separatorEnd(s, after) >= 0)) {
                result.add("");
            }
            i++;
        }
        return result;
    }

    /** After {@code -?\\d+(?:\\.\\d+)?} at {@code from} comes {@code ]}: the index of that {@code ]}, or -1. */
    private static int numberEnd(String s, int from) {
        int i = from < s.length() && s.charAt(from) == '-' ? from + 1 : from;
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return -1;
        }
        if (i + 1 < s.length() && s.charAt(i) == '.' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
            i += 2;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
        }
        return i < s.length() && s.charAt(i) == ']' ? i : -1;
    }

    /** The index after a {@code .} or {@code []} at {@code i}, or -1. */
    private static int separatorEnd(String s, int i) {
        if (i < s.length() && s.charAt(i) == '.') {
            return i + 1;
        }
        return i + 1 < s.length() && s.charAt(i) == '[' && s.charAt(i + 1) == ']' ? i + 2 : -1;
    }

    /** {@code replace(/\\\\(\\\\)?/g, '$1')}: a backslash goes, the one it escapes stays. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                    out.append('\\');
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
