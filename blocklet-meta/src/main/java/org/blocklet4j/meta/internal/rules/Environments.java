package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.js.JsValues;
import org.blocklet4j.meta.internal.schema.ArraySchema;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.StringSchema;

import tools.jackson.databind.JsonNode;

/** {@code environments}: names, reserved prefixes, secure values without defaults, no duplicates. */
final class Environments {
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9_]");

    private Environments() {
    }

    /** The reference's {@code environmentNameSchema}. */
    static final StringSchema NAME = string().trim().min(1).max(50).required().custom((value, path, ctx) -> {
        String name = value.stringValue();
        if (name.startsWith("BLOCKLET")) {
            throw Reject.message("env.name.reserved", "Env name can not start with BLOCKLET_");
        }
        if (name.startsWith("COMPONENT")) {
            throw Reject.message("env.name.reserved", "Env name can not start with COMPONENT_");
        }
        if (name.startsWith("ABTNODE")) {
            throw Reject.message("env.name.reserved", "Env name can not start with ABTNODE_");
        }
        if (NOT_WORD.matcher(name).find()) {
            throw Reject.message("env.name.invalid", "Env name can include only numbers or letters or \"_\"");
        }
        return value;
    });

    /** The reference's {@code environmentSchema}. */
    static final ObjectSchema ENVIRONMENT = object(
            "name", NAME.required(),
            "description", string().trim().required(),
            "default", string().optional().allow(str("")).defaultValue(str("")),
            "required", bool().defaultValue(JsTree.NODES.booleanNode(false)),
            "secure", bool().defaultValue(JsTree.NODES.booleanNode(false)),
            "validation", string().optional(),
            "shared", bool().defaultFrom(parent -> parent != null && JsTree.isTruthy(parent.get("secure"))
                    ? JsTree.NODES.booleanNode(false) : null))
            .custom((value, path, ctx) -> {
                if (JsTree.isTruthy(value.get("secure")) && JsTree.isTruthy(value.get("default"))) {
                    throw Reject.message("env.secure.default", "Cannot declare default value for secure env "
                            + display(value.get("name")));
                }
                return value;
            });

    /** {@code environments}. */
    static final ArraySchema ENVIRONMENTS = array().items(ENVIRONMENT).defaultValue(JsTree.NODES.arrayNode())
            .optional()
            .custom((value, path, ctx) -> {
                List<String> duplicates = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    JsonNode name = value.get(i).get("name");
                    if (firstIndex(value, name) != i) {
                        duplicates.add(name == null || name.isNull() ? "" : display(name));
                    }
                }
                if (!duplicates.isEmpty()) {
                    throw Reject.message("env.name.duplicate", "find duplicate environment names "
                            + String.join(", ", duplicates));
                }
                return value;
            });

    private static int firstIndex(JsonNode list, JsonNode name) {
        for (int i = 0; i < list.size(); i++) {
            if (sameName(list.get(i).get("name"), name)) {
                return i;
            }
        }
        return -1;
    }

    /** JavaScript {@code ===}: primitives by value, objects never (they are distinct objects here). */
    private static boolean sameName(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.isContainer() || b.isContainer()) {
            return a == b;
        }
        return a.equals(b);
    }

    /** A value in a template literal: {@code undefined} for an absent one. */
    static String display(@org.jspecify.annotations.Nullable JsonNode v) {
        return JsValues.toJsString(v);
    }
}
