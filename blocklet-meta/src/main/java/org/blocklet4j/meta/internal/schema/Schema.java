package org.blocklet4j.meta.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schema: a type with Joi's flags (presence, default, allowed values, empty values) and an ordered list of
 * rules. Every modifier returns a copy, as Joi's do, so a shared schema is never changed by a later use. The
 * validation steps follow Joi's validator: coerce, empty, presence, allowed values, base type, rules,
 * default.
 *
 * <p>Instances are immutable once built and safe to share between threads.
 *
 * @param <S> the concrete type
 */
public abstract class Schema<S extends Schema<S>> implements Cloneable {
    enum Presence { DEFAULT, OPTIONAL, REQUIRED }

    /** A rule: returns the new value, or throws {@link Reject}. */
    @FunctionalInterface
    interface Rule {
        JsonNode apply(JsonNode value, Path path, Context ctx, @Nullable ObjectNode parent) throws Reject;
    }

    /** A rule and the message that replaces its own, as Joi's {@code .message()} after a rule. */
    record NamedRule(String name, Rule rule, @Nullable String message) {
    }

    private Presence presence = Presence.DEFAULT;
    private @Nullable Function<@Nullable ObjectNode, @Nullable JsonNode> defaultValue;
    private List<JsonNode> allowed = List.of();
    private boolean only;
    private List<JsonNode> emptyValues = List.of();
    private List<NamedRule> rules = List.of();

    /** Joi's type name, used in {@code alternatives.types} messages. */
    abstract String typeName();

    @SuppressWarnings("unchecked")
    final S copy() {
        try {
            return (S) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code .required()}. */
    public final S required() {
        S s = copy();
        ((Schema<?>) s).presence = Presence.REQUIRED;
        return s;
    }

    /** {@code .optional()}. */
    public final S optional() {
        S s = copy();
        ((Schema<?>) s).presence = Presence.OPTIONAL;
        return s;
    }

    /** {@code .default(value)}: a deep copy of {@code value} is used each time. */
    public final S defaultValue(JsonNode value) {
        S s = copy();
        ((Schema<?>) s).defaultValue = parent -> value.deepCopy();
        return s;
    }

    /** {@code .default(fn)}: computed from the object being validated (null at the root). */
    public final S defaultFrom(Function<@Nullable ObjectNode, @Nullable JsonNode> fn) {
        S s = copy();
        ((Schema<?>) s).defaultValue = fn;
        return s;
    }

    /** {@code .allow(values…)}: these values pass without further checks. */
    public final S allow(JsonNode... values) {
        S s = copy();
        List<JsonNode> list = new ArrayList<>(allowed);
        list.addAll(List.of(values));
        ((Schema<?>) s).allowed = List.copyOf(list);
        return s;
    }

    /** {@code .valid(values…)}: only these values pass. */
    public final S valid(JsonNode... values) {
        S s = allow(values);
        ((Schema<?>) s).only = true;
        return s;
    }

    /** {@code .empty(values…)}: these values count as undefined. */
    public final S empty(JsonNode... values) {
        S s = copy();
        ((Schema<?>) s).emptyValues = List.of(values);
        return s;
    }

    /** {@code .custom(fn)} with the stable code its rejections carry. */
    public final S custom(CustomRule rule) {
        return rule("custom", (value, path, ctx, parent) -> rule.check(value, path, ctx));
    }

    /** Replaces the message of the last rule added, as Joi's {@code .message(text)}. */
    public final S message(String text) {
        S s = copy();
        List<NamedRule> list = new ArrayList<>(rules);
        NamedRule last = list.remove(list.size() - 1);
        list.add(new NamedRule(last.name(), last.rule(), text));
        ((Schema<?>) s).rules = List.copyOf(list);
        return s;
    }

    final S rule(String name, Rule rule) {
        S s = copy();
        List<NamedRule> list = new ArrayList<>(rules);
        list.add(new NamedRule(name, rule, null));
        ((Schema<?>) s).rules = List.copyOf(list);
        return s;
    }

    final boolean hasRule(String name) {
        for (NamedRule r : rules) {
            if (r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The allowed values as Joi displays them in {@code alternatives.types}. */
    final List<String> allowedForDisplay() {
        List<String> out = new ArrayList<>();
        for (JsonNode v : allowed) {
            out.add(v.isString() ? v.stringValue() : v.isNumber()
                    ? org.blocklet4j.meta.internal.js.JsNumbers.toString(v.doubleValue()) : v.toString());
        }
        return out;
    }

    final boolean isRequired() {
        return presence == Presence.REQUIRED;
    }

    /** Conversion before anything else (Joi's {@code coerce}); null for "no change". */
    @Nullable JsonNode coerce(JsonNode value, Path path, Context ctx) throws Reject {
        return null;
    }

    /**
     * The type check and structural validation (Joi's {@code validate} of the type). Errors returned here end
     * the validation of this value before its rules, as in Joi.
     */
    abstract Result base(JsonNode value, Path path, Context ctx);

    /** Validates {@code value} (null for undefined) found at {@code path} in {@code parent}. */
    public final Result validate(@Nullable JsonNode value, Path path, Context ctx, @Nullable ObjectNode parent) {
        if (value != null) {
            try {
                JsonNode coerced = coerce(value, path, ctx);
                if (coerced != null) {
                    value = coerced;
                }
            } catch (Reject r) {
                return finish(value, List.of(r.toIssue(path)), ctx, parent);
            }
        }
        if (value != null && !emptyValues.isEmpty() && contains(emptyValues, value)) {
            value = null;
        }
        if (value == null) {
            if (presence == Presence.REQUIRED) {
                return finish(null, List.of(Issue.error("any.required", path, "\"" + path.label() + "\" is required")),
                        ctx, parent);
            }
            return finish(null, List.of(), ctx, parent);
        }
        List<Issue> errors = new ArrayList<>();
        if (!allowed.isEmpty()) {
            if (contains(allowed, value)) {
                return finish(value, List.of(), ctx, parent);
            }
            if (only) {
                errors.add(Issue.error("any.only", path, "\"" + path.label() + "\" must be "
                        + (allowed.size() == 1 ? "" : "one of ") + display(allowed)));
            }
        }
        Result base = base(value, path, ctx);
        if (!base.isValid()) {
            errors.addAll(base.errors());
            return finish(base.value(), errors, ctx, parent);
        }
        value = base.value();
        for (NamedRule r : rules) {
            try {
                JsonNode next = r.rule().apply(value, path, ctx, parent);
                value = next;
            } catch (ArraySchema.ItemErrors items) {
                value = items.value;
                errors.addAll(items.errors);
            } catch (RuntimeException e) {
                // A rule must never take the whole validation down; report the failure where it happened.
                errors.add(new Issue("any.custom", "internal.rule-failed", path,
                        "\"" + path.label() + "\" could not be checked: " + e, false));
            } catch (Reject reject) {
                Issue issue = reject.toIssue(path);
                if (r.message() != null) {
                    issue = new Issue(issue.type(), issue.code(), issue.path(), r.message(), false);
                }
                errors.add(issue);
            }
        }
        return finish(value, errors, ctx, parent);
    }

    private Result finish(@Nullable JsonNode value, List<Issue> errors, Context ctx, @Nullable ObjectNode parent) {
        if (value == null && defaultValue != null && ctx.applyDefaults()) {
            value = defaultValue.apply(parent);
        }
        return new Result(value, errors);
    }

    static boolean contains(List<JsonNode> values, JsonNode value) {
        for (JsonNode v : values) {
            if (strictEquals(v, value)) {
                return true;
            }
        }
        return false;
    }

    /** JavaScript {@code ===} on primitives; objects are never equal to allowed values here. */
    static boolean strictEquals(JsonNode a, JsonNode b) {
        if (a.isString() && b.isString()) {
            return a.stringValue().equals(b.stringValue());
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        if (a.isBoolean() && b.isBoolean()) {
            return a.booleanValue() == b.booleanValue();
        }
        return a.isNull() && b.isNull();
    }

    static String display(List<JsonNode> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            JsonNode v = values.get(i);
            sb.append(v.isString() ? v.stringValue() : v.isNumber() ? org.blocklet4j.meta.internal.js.JsNumbers
                    .toString(v.doubleValue()) : v.toString());
        }
        return sb.append(']').toString();
    }

    static Reject reject(String type, Path path, String suffix) {
        return Reject.of(type, type, "\"" + path.label() + "\" " + suffix);
    }

    static String typeOf(JsonNode value) {
        return JsTree.typeOf(value);
    }
}
