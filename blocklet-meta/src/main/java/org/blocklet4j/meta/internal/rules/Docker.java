package org.blocklet4j.meta.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.Joi;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.Schema;
import org.blocklet4j.meta.internal.schema.StringSchema;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code docker} section: the schema {@code dockerSchema} of {@code @abtnode/docker-utils} 1.17.12 that
 * {@code createBlockletSchema} uses for it, and the docker part of {@code createBlockletSchema}'s top-level rule.
 *
 * <p>Instances are not created; the schema is immutable and safe to share between threads.
 */
public final class Docker {
    /** {@code /^[^\s]+$/} with JavaScript's {@code \s}; {@code \z} because JavaScript's {@code $} is the end. */
    private static final Pattern NO_WHITESPACE = Pattern.compile(
            "^[^\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+\\z");

    private static final ObjectSchema SCHEMA = build();

    private Docker() {
    }

    /**
     * The equivalent of {@code dockerSchema}: the keys in its order, strings trimmed (except {@code command}),
     * {@code command} defaulting to {@code ''} and checked by {@code dockerCmdValidator}, {@code image} without
     * inner white space, {@code publish}, {@code volume} and {@code volumes} lists of strings, {@code volume}
     * entries checked by the {@code --volume} rule, and the three boolean switches. Keys it does not name
     * ({@code dockerfile} and {@code network} among them) are unknown: stripped with the reference's default
     * {@code stripUnknown}.
     */
    public static ObjectSchema schema() {
        return SCHEMA;
    }

    private static ObjectSchema build() {
        Map<String, Schema<?>> keys = new LinkedHashMap<>();
        keys.put("workdir", Joi.string().trim().optional());
        keys.put("image", Joi.string().trim().pattern(NO_WHITESPACE, "/^[^\\s]+$/").optional());
        keys.put("shell", Joi.string().trim().optional());
        keys.put("volumes", Joi.array().items(Joi.string().trim()).optional());
        keys.put("script", Joi.string().trim().optional());
        keys.put("installNodeModules", Joi.bool().optional());
        keys.put("skipWrapDockerfile", Joi.bool().optional());
        keys.put("tmpfs", Joi.string().trim().optional());
        keys.put("command", Joi.string().allow(Joi.str("")).defaultValue(Joi.str("")).optional()
                .custom((value, path, ctx) -> {
                    if (!DockerCommand.isValid(value.stringValue())) {
                        // helpers.error('any.invalid', {message}): Joi's own any.invalid text, not the message.
                        throw Reject.of("any.invalid", "docker.command.invalid",
                                "\"" + path.label() + "\" contains an invalid value");
                    }
                    return value;
                }));
        keys.put("runBaseScript", Joi.bool().optional());
        // The argument keys follow; "workdir" is one of them, and keeps its place as a repeated key of a JavaScript
        // object literal does.
        for (String key : DockerArgs.allowedKeys()) {
            StringSchema value = Joi.string().trim();
            Function<String, @Nullable String> validator = DockerArgs.validator(key);
            if (validator != null) {
                value = value.custom((v, path, ctx) -> {
                    String problem = validator.apply(v.stringValue());
                    if (problem != null) {
                        throw Reject.message("docker." + key + ".invalid", problem);
                    }
                    return v;
                });
            }
            Schema<?> schema = DockerArgs.MULTI_VALUE.contains(key)
                    ? Joi.array().items(value).optional()
                    : value.optional();
            keys.put(key, schema);
        }
        return Joi.object().keys(keys).optional();
    }

    /**
     * The docker part of {@code createBlockletSchema}'s top-level rule, run on the validated manifest: an
     * {@code image} together with a {@code dockerfile} is an error, so is a {@code network}; otherwise a
     * {@code dockerfile} is appended to {@code files} (created, as the manifest's last key, when missing).
     *
     * <p>Side effect: {@code meta}'s {@code files} array is changed in place, as the reference's
     * {@code data.files.push(dockerfile)} does, with the value as it is (not validated as a file name).
     *
     * <p>With the reference's default options this rule never fires: {@code dockerSchema} names neither
     * {@code dockerfile} nor {@code network}, so {@code stripUnknown} has removed them before the rule runs. It
     * does when unknown keys are kept ({@code allowUnknown} without {@code stripUnknown}).
     *
     * @param meta the manifest after its keys were validated
     * @throws Reject {@code docker.dockerfile.conflict} or {@code docker.network.conflict}, with the reference's
     *                message at the root; {@code docker.files.invalid} if {@code files} were a truthy non-array
     *                (the reference's {@code TypeError}, unreachable once {@code files} is validated)
     */
    public static void checkTopLevel(ObjectNode meta) throws Reject {
        Objects.requireNonNull(meta, "meta");
        JsonNode docker = meta.get("docker");
        if (!JsTree.isTruthy(docker)) {
            return;
        }
        JsonNode image = docker.get("image");
        JsonNode dockerfile = docker.get("dockerfile");
        JsonNode network = docker.get("network");
        if (JsTree.isTruthy(image) && JsTree.isTruthy(dockerfile)) {
            throw Reject.message("docker.dockerfile.conflict", "Image and dockerfile cannot be set at the same time");
        }
        if (JsTree.isTruthy(network)) {
            throw Reject.message("docker.network.conflict", "ExportPorts and network cannot be set at the same time");
        }
        if (JsTree.isTruthy(dockerfile)) {
            JsonNode files = meta.get("files");
            if (!JsTree.isTruthy(files)) {
                files = JsTree.NODES.arrayNode();
                meta.set("files", files);
            }
            if (!(files instanceof ArrayNode list)) {
                throw Reject.thrown("docker.files.invalid", "data.files.push is not a function");
            }
            list.add(dockerfile);
        }
    }
}
