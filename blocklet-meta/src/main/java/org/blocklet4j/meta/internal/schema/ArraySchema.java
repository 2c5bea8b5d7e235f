package org.blocklet4j.meta.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Joi's {@code array()}: {@code items}, {@code single}, {@code unique}, {@code min}, {@code max}. */
public final class ArraySchema extends Schema<ArraySchema> {
    private boolean single;

    @Override
    String typeName() {
        return "array";
    }

    /** {@code .single()}: a value that is not an array is wrapped in one. */
    public ArraySchema single() {
        ArraySchema s = copy();
        s.single = true;
        return s;
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        if (!value.isArray()) {
            if (single) {
                ArrayNode wrapped = JsTree.NODES.arrayNode(1);
                wrapped.add(value);
                ctx.wrapped(wrapped);
                return Result.ok(wrapped);
            }
            return Result.fail(value, Issue.error("array.base", path, "\"" + path.label() + "\" must be an array"));
        }
        return Result.ok(value);
    }

    /** {@code .items(schema)}: every element must pass {@code schema}; its converted value replaces it. */
    public ArraySchema items(Schema<?> item) {
        return rule("items", (value, path, ctx, parent) -> {
            ArrayNode out = JsTree.NODES.arrayNode(value.size());
            List<Issue> errors = new ArrayList<>();
            // A lone value that single() wrapped keeps its own path, as Joi's index there is not part of it.
            boolean wrapped = ctx.isWrapped(value);
            for (int i = 0; i < value.size(); i++) {
                JsonNode v = value.get(i);
                Path at = wrapped ? path : path.index(i);
                Result r = item.validate(v, at, ctx, null);
                if (!r.isValid()) {
                    errors.addAll(r.errors());
                    out.add(v);
                } else if (r.value() == null) {
                    errors.add(Issue.error("array.sparse", at, "\"" + at.label() + "\" must not be a sparse array item"));
                    out.add(v);
                } else {
                    out.add(r.value());
                }
            }
            if (!errors.isEmpty()) {
                throw new ItemErrors(out, errors);
            }
            return out;
        });
    }

    /** {@code .min(n)}. */
    public ArraySchema min(int limit) {
        return rule("min", (value, path, ctx, parent) -> {
            if (value.size() < limit) {
                throw reject("array.min", path, "must contain at least " + limit + " items");
            }
            return value;
        });
    }

    /** {@code .max(n)}. */
    public ArraySchema max(int limit) {
        return rule("max", (value, path, ctx, parent) -> {
            if (value.size() > limit) {
                throw reject("array.max", path, "must contain less than or equal to " + limit + " items");
            }
            return value;
        });
    }

    /** {@code .unique()}: primitives compared by value, objects by deep equality. */
    public ArraySchema unique() {
        return uniqueBy(null, null);
    }

    /** {@code .unique('key')}: elements compared by one property. */
    public ArraySchema unique(String key) {
        return uniqueBy(key, null);
    }

    /** {@code .unique(comparator)}. */
    public ArraySchema unique(BiPredicate<JsonNode, JsonNode> comparator) {
        return uniqueBy(null, comparator);
    }

    private ArraySchema uniqueBy(@Nullable String key, @Nullable BiPredicate<JsonNode, JsonNode> comparator) {
        return rule("unique", (value, path, ctx, parent) -> {
            Map<String, Integer> primitives = new HashMap<>();
            List<JsonNode> objects = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = key == null ? value.get(i) : value.get(i).get(key);
                boolean dupe = false;
                if (comparator != null) {
                    for (JsonNode seen : objects) {
                        if (comparator.test(seen, item)) {
                            dupe = true;
                            break;
                        }
                    }
                    objects.add(item);
                } else if (item != null && (item.isObject() || item.isArray() || item.isNull() || JsTree.isDate(item))) {
                    for (JsonNode seen : objects) {
                        if (seen.equals(item)) {
                            dupe = true;
                            break;
                        }
                    }
                    objects.add(item);
                } else {
                    String k = JsTree.typeOf(item) + ":" + (item == null ? "" : item.isNumber()
                            ? JsNumbers.toString(item.doubleValue()) : item.asString());
                    dupe = primitives.putIfAbsent(k, i) != null;
                }
                if (dupe) {
                    throw Reject.of("array.unique", "array.unique",
                            "\"" + path.index(i).label() + "\" contains a duplicate value").at(path.index(i));
                }
            }
            return value;
        });
    }

    /** The errors of {@code items}, carrying the partly converted array. */
    static final class ItemErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ArrayNode value;
        final transient List<Issue> errors;

        ItemErrors(ArrayNode value, List<Issue> errors) {
            super(null, null, false, false);
            this.value = value;
            this.errors = errors;
        }
    }
}
