package org.blocklet4j.meta.internal.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.js.JsValues;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fix steps of {@code @blocklet/meta}'s {@code parse()}, in its order: {@link #fixRequired},
 * {@link #fixRepository}, {@link #fixFiles}, {@link #fixKeywords}, {@link #fixTags}, {@link #fixName},
 * {@link #fixPerson} (then the caller's {@code fixService} and default store URL), and the camel-casing of
 * top-level keys ({@link #camelCaseTopLevel}). {@link #prepareRoot} does what {@code parse()} does to the loaded
 * YAML before the first step.
 *
 * <p>Each step changes the tree in place exactly as the reference does. Where the reference throws, the step
 * does not: it leaves the tree as the reference left it at the throw and returns one {@code fix.<step>} error
 * naming what failed. The reference's {@code parse()} aborts at that throw, so the caller must stop there;
 * {@link #applyAll} runs the steps and stops at the first such error. Stateless; safe to use from any thread
 * (the trees passed in are not).
 */
public final class ManifestFixer {
    /** {@code BLOCKLET_DEFAULT_VERSION} of {@code @blocklet/constant}. */
    public static final String DEFAULT_VERSION = "1.0.0";

    private static final int MAX_QUOTED = 120;

    private ManifestFixer() {
    }

    // ---- before the fixes -----------------------------------------------------------------------------------

    /**
     * What {@code parse()} makes of the loaded YAML value before the first fix: {@code Object.assign({}, value)}
     * for {@code blocklet.yaml} ({@code alternateFile}), the value itself for {@code blocklet.yml}; then, unless
     * {@code extraRawAttrs} is null (the option set to a falsy value), {@code Object.assign(result,
     * extraRawAttrs)}; then the value as the object the fix steps see. A list, a string, a Date or a
     * {@code !!binary} value becomes an object of its own keys (indices first), a number or boolean an object of
     * the extra attributes only.
     *
     * <p>Where the reference throws here or in {@code fixRequired} (an empty document or {@code null}, a
     * primitive with no extra attributes, an extra attribute that a string or typed array cannot take), the
     * result has no manifest and one {@code fix.root} (failed step {@code assign}) or {@code fix.required} (failed
     * step {@code fixRequired}) error at the whole document; the reference's parse stops. The one divergence: an
     * extra attribute named {@code __proto__} is skipped, where JavaScript would change the object's prototype.
     *
     * @param loaded        the YAML value; Java null for an empty document ({@code undefined})
     * @param extraRawAttrs the extra attributes; pass an empty object for the reference's default {@code {}}
     * @param alternateFile true when the value came from {@code blocklet.yaml}
     */
    public static FixResult prepareRoot(@Nullable JsonNode loaded, @Nullable ObjectNode extraRawAttrs,
                                        boolean alternateFile) {
        JsonNode value = loaded;
        if (alternateFile) {
            value = ownKeysObject(value == null || value.isNull() ? JsTree.NODES.objectNode() : value);
        }
        if (extraRawAttrs != null) {
            if (value == null || value.isNull()) {
                return rootFailure("fix.root", "assign", "TypeError",
                        "Cannot convert undefined or null to object", "the manifest is "
                                + (value == null ? "empty" : "null"));
            }
            ObjectNode target = ownKeysObject(value);
            for (Map.Entry<String, JsonNode> e : extraRawAttrs.properties()) {
                String failure = assign(value, target, e.getKey(), e.getValue());
                if (failure != null) {
                    String name = failure.startsWith("Invalid array length") ? "RangeError" : "TypeError";
                    return rootFailure("fix.root", "assign", name, failure,
                            "extra attribute `" + e.getKey() + "` cannot be set on the manifest");
                }
            }
            return new FixResult(target, List.of(), null);
        }
        if (value == null || value.isNull()) {
            String what = value == null ? "undefined" : "null";
            return rootFailure("fix.required", "fixRequired", "TypeError",
                    "Cannot read properties of " + what + " (reading 'description')",
                    "the manifest is " + (value == null ? "empty" : "null"));
        }
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            String type = JsTree.typeOf(value);
            String shown = value.isString() ? value.stringValue() : JsValues.toJsString(value);
            return rootFailure("fix.required", "fixRequired", "TypeError",
                    "Cannot create property 'description' on " + type + " '" + shown + "'",
                    "the manifest is a " + type + ", not an object");
        }
        return new FixResult(ownKeysObject(value), List.of(), null);
    }

    private static FixResult rootFailure(String code, String step, String errorName, String jsMessage,
                                         String what) {
        return new FixResult(null, List.of(Diagnostic.error(code, "",
                what + " (" + errorName + ": " + quoteLimit(jsMessage) + ")")), step);
    }

    /** The object a JavaScript value is to the fix steps: its own enumerable keys in JavaScript order. */
    private static ObjectNode ownKeysObject(JsonNode value) {
        if (value.isObject()) {
            return (ObjectNode) value;
        }
        ObjectNode out = JsTree.NODES.objectNode();
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                out.set(Integer.toString(i), value.get(i));
            }
        } else if (value.isString()) {
            String s = value.stringValue();
            for (int i = 0; i < s.length(); i++) {
                out.put(Integer.toString(i), String.valueOf(s.charAt(i)));
            }
        } else if (value instanceof BinaryNode b) {
            byte[] bytes = b.binaryValue();
            for (int i = 0; i < bytes.length; i++) {
                out.put(Integer.toString(i), (double) (bytes[i] & 0xff));
            }
        }
        return out;
    }

    /**
     * One step of {@code Object.assign(target, extra)}: the message of the error JavaScript throws, or null.
     * {@code original} is what the target was before it became an object (a string, a list, binary data, …).
     */
    private static @Nullable String assign(JsonNode original, ObjectNode target, String key, JsonNode value) {
        if (key.equals("__proto__")) {
            // [[Set]] of __proto__ changes the prototype instead of adding an own key.
            return null;
        }
        if (original.isString()) {
            if (key.equals("length")
                    || JsTree.isArrayIndex(key) && Long.parseLong(key) < original.stringValue().length()) {
                return "Cannot assign to read only property '" + key + "' of object '[object String]'";
            }
        } else if (original instanceof BinaryNode b) {
            if (key.equals("length")) {
                return "Cannot set property length of [object Object] which has only a getter";
            }
            if (isCanonicalNumericString(key)) {
                double index = Double.parseDouble(key);
                if (index == Math.rint(index) && index >= 0 && index < b.binaryValue().length
                        && !key.equals("-0")) {
                    double n = JsValues.toNumber(value);
                    int byteValue = JsNumbers.toUint8(n);
                    target.put(key, (double) byteValue);
                }
                return null;
            }
        } else if (original.isArray() && key.equals("length")) {
            double n = JsValues.toNumber(value);
            long newLength = (long) n;
            if (n != Math.rint(n) || n < 0 || n > 4294967295.0 || newLength != n) {
                return "Invalid array length";
            }
            List<String> remove = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : target.properties()) {
                if (JsTree.isArrayIndex(e.getKey()) && Long.parseLong(e.getKey()) >= newLength) {
                    remove.add(e.getKey());
                }
            }
            target.remove(remove);
            return null;
        }
        setJs(target, key, value);
        return null;
    }

    private static boolean isCanonicalNumericString(String key) {
        if (key.equals("-0")) {
            return true;
        }
        try {
            double d = Double.parseDouble(key);
            return JsNumbers.toString(d).equals(key);
        } catch (NumberFormatException e) {
            return key.equals("NaN") || key.equals("Infinity") || key.equals("-Infinity");
        }
    }

    /** {@code target[key] = value} with JavaScript's own-property order (array indices first, ascending). */
    static void setJs(ObjectNode target, String key, JsonNode value) {
        if (target.has(key) || !JsTree.isArrayIndex(key)) {
            target.set(key, value);
            return;
        }
        long index = Long.parseLong(key);
        LinkedHashMap<String, JsonNode> entries = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<String, JsonNode> e : target.properties()) {
            if (!placed && (!JsTree.isArrayIndex(e.getKey()) || Long.parseLong(e.getKey()) > index)) {
                entries.put(key, value);
                placed = true;
            }
            entries.put(e.getKey(), e.getValue());
        }
        if (!placed) {
            entries.put(key, value);
        }
        target.removeAll();
        entries.forEach(target::set);
    }

    // ---- the steps ----------------------------------------------------------------------------------------

    /**
     * {@code fixRequired(data, dir)}: a falsy {@code description} becomes {@code "Blocklet from <dir>"}, a falsy
     * {@code version} {@value #DEFAULT_VERSION}. Never fails on an object.
     */
    public static List<Diagnostic> fixRequired(ObjectNode data, String dir) {
        Objects.requireNonNull(dir, "dir");
        if (!JsTree.isTruthy(data.get("description"))) {
            data.put("description", "Blocklet from " + dir);
        }
        if (!JsTree.isTruthy(data.get("version"))) {
            data.put("version", DEFAULT_VERSION);
        }
        return List.of();
    }

    /**
     * {@code fixRepository(data)}: a string repository becomes {@code {type: 'git', url}}; a truthy string
     * {@code url} that hosted-git-info recognises is rewritten to its {@code git+https}/{@code git+ssh}/… form.
     * Fails ({@code fix.repository}, at {@code /repository/url}) where hosted-git-info throws; the repository has
     * then already become an object.
     */
    public static List<Diagnostic> fixRepository(ObjectNode data) {
        JsonNode repository = data.get("repository");
        if (!JsTree.isTruthy(repository)) {
            return List.of();
        }
        if (repository.isString()) {
            ObjectNode object = JsTree.NODES.objectNode();
            object.put("type", "git");
            object.set("url", repository);
            data.set("repository", object);
            repository = object;
        }
        if (!repository.isObject()) {
            return List.of();
        }
        JsonNode url = repository.get("url");
        if (!JsTree.isTruthy(url) || !url.isString()) {
            return List.of();
        }
        try {
            HostedGitInfo.fromUrl(url.stringValue()).ifPresent(info -> {
                String fixed = info.getDefaultRepresentation().equals("shortcut") ? info.https() : info.toString();
                ((ObjectNode) data.get("repository")).put("url", fixed);
            });
        } catch (JsError e) {
            return List.of(Diagnostic.error("fix.repository", "/repository/url",
                    "hosted-git-info cannot read repository url " + quote(url.stringValue()) + " ("
                            + e.errorName() + ": " + e.jsMessage() + ")"));
        }
        return List.of();
    }

    /** {@code fixFiles(data)}: a {@code files} that is not a list is deleted; a list keeps its non-empty strings. */
    public static List<Diagnostic> fixFiles(ObjectNode data) {
        JsonNode files = data.get("files");
        if (files == null || !files.isArray()) {
            data.remove("files");
        } else {
            data.set("files", nonEmptyStrings(files));
        }
        return List.of();
    }

    /**
     * {@code fixKeywords(data)}: a string is split at {@code /,\s+/}; a truthy non-list is deleted; a list keeps
     * its non-empty strings.
     */
    public static List<Diagnostic> fixKeywords(ObjectNode data) {
        fixStringList(data, "keywords");
        return List.of();
    }

    /** {@code fixTags(data)}: as {@link #fixKeywords}, for {@code tags}. */
    public static List<Diagnostic> fixTags(ObjectNode data) {
        fixStringList(data, "tags");
        return List.of();
    }

    private static void fixStringList(ObjectNode data, String key) {
        JsonNode value = data.get(key);
        if (value != null && value.isString()) {
            ArrayNode parts = JsTree.NODES.arrayNode();
            for (String part : splitAtCommaSpace(value.stringValue())) {
                parts.add(part);
            }
            data.set(key, parts);
            value = parts;
        }
        if (JsTree.isTruthy(value) && !value.isArray()) {
            data.remove(key);
        } else if (JsTree.isTruthy(value)) {
            data.set(key, nonEmptyStrings(value));
        }
    }

    private static ArrayNode nonEmptyStrings(JsonNode list) {
        ArrayNode out = JsTree.NODES.arrayNode();
        for (JsonNode item : list) {
            if (item != null && item.isString() && !item.stringValue().isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    /** {@code s.split(/,\s+/)} with JavaScript's white space. */
    static List<String> splitAtCommaSpace(String s) {
        List<String> out = new ArrayList<>();
        int p = 0;
        int q = 0;
        int n = s.length();
        while (q < n) {
            if (s.charAt(q) == ',' && q + 1 < n && JsStrings.isWhitespace(s.charAt(q + 1))) {
                int e = q + 2;
                while (e < n && JsStrings.isWhitespace(s.charAt(e))) {
                    e++;
                }
                out.add(s.substring(p, q));
                p = e;
                q = e;
            } else {
                q++;
            }
        }
        out.add(s.substring(p));
        return out;
    }

    /**
     * {@code fixName(meta)}: when {@code did} is a valid blocklet DID ({@code validateNewDid(did)} does not throw),
     * {@code name} becomes that DID.
     *
     * @param isBlockletRoleDid true when {@code validateNewDid} accepts the value (Java null is
     *                          {@code undefined})
     */
    public static List<Diagnostic> fixName(ObjectNode data, Predicate<@Nullable JsonNode> isBlockletRoleDid) {
        JsonNode did = data.get("did");
        if (isBlockletRoleDid.test(did)) {
            data.set("name", did);
        }
        return List.of();
    }

    /**
     * {@code fixPerson(data)}: {@code author} (when truthy), and each element of {@code maintainers} and
     * {@code contributors} (when lists), go through {@link People#formatPerson} and then, once all are formatted,
     * {@link People#parsePerson}. Fails ({@code fix.person}) where formatting throws; what was formatted before
     * stays formatted.
     */
    public static List<Diagnostic> fixPerson(ObjectNode data) {
        String[] lists = {"maintainers", "contributors"};
        String pointer = "/author";
        try {
            if (JsTree.isTruthy(data.get("author"))) {
                data.put("author", People.formatPerson(data.get("author")));
            }
            for (String key : lists) {
                JsonNode list = data.get(key);
                if (list == null || !list.isArray()) {
                    continue;
                }
                ArrayNode formatted = JsTree.NODES.arrayNode();
                for (int i = 0; i < list.size(); i++) {
                    pointer = "/" + key + "/" + i;
                    formatted.add(People.formatPerson(list.get(i)));
                }
                data.set(key, formatted);
            }
        } catch (JsError e) {
            JsonNode person = data.at(pointer);
            return List.of(Diagnostic.error("fix.person", pointer + "/" + failingKey(person),
                    "a person's " + failingKey(person) + " cannot be turned into a string (" + e.errorName() + ": "
                            + e.jsMessage() + ")"));
        }
        if (JsTree.isTruthy(data.get("author"))) {
            data.set("author", People.parsePerson(data.get("author")));
        }
        for (String key : lists) {
            JsonNode list = data.get(key);
            if (list == null || !list.isArray()) {
                continue;
            }
            ArrayNode parsed = JsTree.NODES.arrayNode();
            for (JsonNode item : list) {
                parsed.add(People.parsePerson(item));
            }
            data.set(key, parsed);
        }
        return List.of();
    }

    /** The key formatPerson was converting when it threw: url or web first, then email or mail, then name. */
    private static String failingKey(JsonNode person) {
        String[][] order = {{"url", "web"}, {"email", "mail"}, {"name", "name"}};
        for (String[] pair : order) {
            String key = People.chosenKey(person, pair[0], pair[1]);
            JsonNode value = person.get(key);
            if (JsTree.isTruthy(value)) {
                try {
                    JsValues.toJsString(value);
                } catch (JsError e) {
                    return key;
                }
            }
        }
        return "name";
    }

    /**
     * The steps {@code parse()} runs before {@code fixService}, in its order, stopping at the first that fails.
     * The caller runs {@code fixService} and the default store URL next, when the result is complete.
     */
    public static FixResult applyAll(ObjectNode data, String dir, Predicate<@Nullable JsonNode> isBlockletRoleDid) {
        List<Diagnostic> d = fixRequired(data, dir);
        if (d.isEmpty()) {
            d = fixRepository(data);
            if (!d.isEmpty()) {
                return new FixResult(data, d, "fixRepository");
            }
        }
        fixFiles(data);
        fixKeywords(data);
        fixTags(data);
        fixName(data, isBlockletRoleDid);
        d = fixPerson(data);
        if (!d.isEmpty()) {
            return new FixResult(data, d, "fixPerson");
        }
        return new FixResult(data, List.of(), null);
    }

    // ---- after the fixes ----------------------------------------------------------------------------------

    /**
     * {@code Object.keys(result).reduce((acc, k) => { acc[camelCase(k)] = result[k]; return acc; }, {})}: a new
     * object of the camel-cased keys (a later key overwrites an earlier one with the same camel case, in the
     * earlier one's place; array-index keys first, as in every JavaScript object), with the source keys of each.
     */
    public static CamelCasedManifest camelCaseTopLevel(ObjectNode data) {
        LinkedHashMap<String, JsonNode> values = new LinkedHashMap<>();
        LinkedHashMap<String, List<String>> sources = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            String key = LodashCamelCase.camelCase(e.getKey());
            values.put(key, e.getValue());
            sources.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
        }
        ObjectNode out = JsTree.NODES.objectNode();
        values.forEach(out::set);
        JsTree.toJsOrder(out);
        LinkedHashMap<String, List<String>> orderedSources = new LinkedHashMap<>();
        for (String key : out.propertyNames()) {
            orderedSources.put(key, sources.get(key));
        }
        return new CamelCasedManifest(out, orderedSources);
    }

    private static String quote(String s) {
        return "\"" + quoteLimit(s) + "\"";
    }

    private static String quoteLimit(String s) {
        String oneLine = s.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() > MAX_QUOTED ? oneLine.substring(0, MAX_QUOTED) + "…" : oneLine;
    }
}
