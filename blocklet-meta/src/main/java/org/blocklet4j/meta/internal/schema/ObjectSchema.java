package org.blocklet4j.meta.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blocklet4j.meta.internal.js.JsTree;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joi's {@code object()}: known keys validated in the order they were declared, renames first, unknown keys
 * stripped (with a warning) when the call strips them, kept when the schema allows unknown keys.
 */
public final class ObjectSchema extends Schema<ObjectSchema> {
    private Map<String, Schema<?>> keys = Map.of();
    private boolean keysDeclared;
    private List<String[]> renames = List.of();
    private boolean unknownAllowed;
    private Schema<?> patternKey;
    private Schema<?> patternValue;

    @Override
    String typeName() {
        return "object";
    }

    /** {@code object(keys)}: adds keys, in order. */
    public ObjectSchema keys(Map<String, ? extends Schema<?>> more) {
        ObjectSchema s = copy();
        Map<String, Schema<?>> all = new LinkedHashMap<>(keys);
        all.putAll(more);
        s.keys = java.util.Collections.unmodifiableMap(all);
        s.keysDeclared = true;
        return s;
    }

    /** Adds or replaces one key. */
    public ObjectSchema key(String name, Schema<?> schema) {
        Map<String, Schema<?>> one = new LinkedHashMap<>();
        one.put(name, schema);
        return keys(one);
    }

    /** {@code .rename(from, to)}. */
    public ObjectSchema rename(String from, String to) {
        ObjectSchema s = copy();
        List<String[]> list = new ArrayList<>(renames);
        list.add(new String[] {from, to});
        s.renames = List.copyOf(list);
        return s;
    }

    /** {@code .unknown(true)}: unknown keys are kept. */
    public ObjectSchema unknown() {
        ObjectSchema s = copy();
        s.unknownAllowed = true;
        return s;
    }

    /** {@code .pattern(keySchema, valueSchema)}: unknown keys accepted by {@code key} are validated by {@code value}. */
    public ObjectSchema pattern(Schema<?> key, Schema<?> value) {
        ObjectSchema s = copy();
        s.patternKey = key;
        s.patternValue = value;
        return s;
    }

    /** {@code .min(n)}: at least n keys. */
    public ObjectSchema min(int limit) {
        return rule("min", (value, path, ctx, parent) -> {
            if (value.size() < limit) {
                throw reject("object.min", path, "must have at least " + limit + " key" + (limit == 1 ? "" : "s"));
            }
            return value;
        });
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        ObjectNode in;
        if (value instanceof ObjectNode o) {
            in = o;
        } else if (JsTree.isDate(value)) {
            // A Date is an object to Joi; its shallow clone has no own keys.
            in = JsTree.NODES.objectNode();
        } else {
            return Result.fail(value, Issue.error("object.base", path,
                    "\"" + path.label() + "\" must be of type object"));
        }
        if (!keysDeclared && renames.isEmpty() && patternKey == null) {
            return Result.ok(in);
        }
        ObjectNode out = JsTree.NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            out.set(e.getKey(), e.getValue());
        }
        List<Issue> errors = new ArrayList<>();
        Set<String> renamed = new java.util.HashSet<>();
        for (String[] r : renames) {
            String from = r[0];
            String to = r[1];
            if (!out.has(from)) {
                continue;
            }
            if (out.has(to) && !renamed.contains(to)) {
                errors.add(new Issue("object.rename.override", "key.rename.conflict", path.key(from),
                        "\"" + path.label() + "\" cannot rename \"" + from + "\" because override is disabled and target \""
                                + to + "\" exists", false));
            }
            out.set(to, out.get(from));
            out.remove(from);
            renamed.add(to);
            ctx.renamed(path.key(to).pointer(), path.key(from).pointer());
        }
        if (!keysDeclared && patternKey == null) {
            return new Result(out, errors);
        }
        Set<String> unprocessed = new LinkedHashSet<>(out.propertyNames());
        for (Map.Entry<String, Schema<?>> child : keys.entrySet()) {
            String key = child.getKey();
            JsonNode item = out.get(key);
            unprocessed.remove(key);
            Result r = child.getValue().validate(item, path.key(key), ctx, out);
            if (!r.isValid()) {
                if (r.value() != null) {
                    out.set(key, r.value());
                }
                errors.addAll(r.errors());
            } else if (r.value() == null) {
                if (item != null) {
                    out.remove(key);
                }
            } else {
                out.set(key, r.value());
            }
        }
        for (String key : unprocessed) {
            if (patternKey != null) {
                Result k = patternKey.validate(JsTree.NODES.stringNode(key), path.key(key), ctx, out);
                if (k.isValid()) {
                    Result r = patternValue.validate(out.get(key), path.key(key), ctx, out);
                    errors.addAll(r.errors());
                    if (r.value() == null) {
                        out.remove(key);
                    } else {
                        out.set(key, r.value());
                    }
                    continue;
                }
            }
            if (unknownAllowed) {
                continue;
            }
            if (ctx.stripUnknown()) {
                out.remove(key);
                ctx.warn(new Issue("object.unknown", "key.unknown", path.key(key),
                        "\"" + path.key(key).label() + "\" is not allowed and was removed", true));
            } else {
                errors.add(new Issue("object.unknown", "key.unknown", path.key(key),
                        "\"" + path.key(key).label() + "\" is not allowed", false));
            }
        }
        return new Result(out, errors);
    }
}
