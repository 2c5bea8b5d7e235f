package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.AlternativesSchema;
import org.blocklet4j.meta.internal.schema.ArraySchema;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;

import tools.jackson.databind.JsonNode;

/** {@code components} (formerly {@code children}) and {@code engine}: where each comes from, which version. */
final class Components {
    static final String[] PLATFORMS = {"aix", "darwin", "freebsd", "linux", "openbsd", "sunos", "win32"};

    private Components() {
    }

    static final AlternativesSchema SOURCE = alternatives(
            object(
                    "url", alternatives(Fields.uri(false), array().items(Fields.uri(false)).min(1)).required(),
                    "version", Fields.versionOrLatest()),
            object(
                    "store", Fields.uri(false, "http", "https"),
                    "name", Fields.blockletName().required(),
                    "version", Fields.versionOrLatest().defaultValue(str("latest"))));

    private static ObjectSchema component(boolean checkStore) {
        return object(
                "source", SOURCE.required(),
                "required", bool(),
                "title", Fields.title(),
                "description", Fields.description(),
                "mountPoint", Fields.mountPoint(),
                "name", Fields.blockletName())
                .custom((value, path, ctx) -> {
                    if (checkStore) {
                        JsonNode source = value.get("source");
                        if (source != null && JsTree.isTruthy(source.get("name"))
                                && !JsTree.isTruthy(source.get("store"))) {
                            throw Reject.message("component.store.missing", "missing 'store' in source of component "
                                    + Environments.display(value.get("name")));
                        }
                    }
                    return value;
                });
    }

    /** {@code components}, with or without the check that store sources name their store. */
    static ArraySchema components(boolean checkStore) {
        return array().items(component(checkStore)).optional().defaultValue(JsTree.NODES.arrayNode());
    }

    static final ArraySchema WITH_STORE_CHECK = components(true);
    static final ArraySchema WITHOUT_STORE_CHECK = components(false);

    private static final AlternativesSchema ENGINE_SOURCE = alternatives(
            string().required(),
            object(
                    "url", Fields.uri(false, "http", "https", "file").required(),
                    "name", Fields.blockletName().required(),
                    "version", Fields.versionOrLatest()),
            object(
                    "store", Fields.uri(false, "http", "https").required(),
                    "name", Fields.blockletName().required(),
                    "version", Fields.versionOrLatest().defaultValue(str("latest"))));

    static final ObjectSchema ENGINE_ITEM = object(
            "platform", string().valid(strs(PLATFORMS)).optional(),
            "interpreter", string().valid(strs("binary", "node", "blocklet", "bun")).defaultValue(str("node")),
            "source", ENGINE_SOURCE,
            "args", array().items(string()).optional().defaultValue(JsTree.NODES.arrayNode()));

    /** {@code engine}: one or a list. */
    static final AlternativesSchema ENGINE = alternatives(ENGINE_ITEM, array().items(ENGINE_ITEM)).optional();
}
