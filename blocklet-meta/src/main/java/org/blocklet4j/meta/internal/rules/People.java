package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;

import org.blocklet4j.meta.internal.schema.ObjectSchema;

import tools.jackson.databind.node.NullNode;

/** {@code author}, {@code contributors}, {@code maintainers} (the reference's {@code personSchema}) and {@code owner}. */
final class People {
    private People() {
    }

    /** The reference's {@code personSchema}. */
    static final ObjectSchema PERSON = object(
            "name", string().min(1).required(),
            "email", Fields.email().optional(),
            "url", Fields.uri(false).optional());

    /** The {@code owner} that Blocklet Server writes. */
    static final ObjectSchema OWNER = object(
            "avatar", string().optional(),
            "did", Fields.did().trim().required(),
            "fullName", string().trim().required(),
            "email", string().optional().allow(NullNode.getInstance()).empty(str("")).defaultValue(str("")))
            .optional();
}
