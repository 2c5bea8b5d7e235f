package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.number;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.string;

import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.schema.ArraySchema;
import org.blocklet4j.meta.internal.schema.ObjectSchema;

/**
 * What the bundling and publishing steps add: {@code dist}, {@code stats}, {@code signatures}, media,
 * {@code resource} and {@code events}.
 */
final class Bundle {
    private Bundle() {
    }

    static final ObjectSchema DIST = object(
            "tarball", alternatives(Fields.uri(false), string()).required(),
            "integrity", string().required(),
            "size", number().optional());

    static final ObjectSchema STATS = object(
            "downloads", number().integer().greater(-1),
            "star", number().defaultValue(org.blocklet4j.meta.internal.schema.Joi.num(0)),
            "purchases", number().defaultValue(org.blocklet4j.meta.internal.schema.Joi.num(0)));

    static final ObjectSchema SIGNATURE = object(
            "type", string().required(),
            "name", string().required(),
            "signer", string().required(),
            "pk", string().required(),
            "created", Fields.isoDate().required(),
            "sig", string().required(),
            "excludes", array().items(string()).optional(),
            "appended", array().items(string()).optional(),
            "delegatee", string(),
            "delegateePk", string(),
            "delegation", string());

    private static final Pattern VIDEO = Pattern.compile("^https://(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)/[A-Za-z0-9_\\-/?&=]+");

    static final ArraySchema VIDEOS = array().items(string()
            .pattern(VIDEO, "/^https:\\/\\/(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)\\/[\\w\\-/?&=]+/")
            .message("Each video URL must be a valid YouTube or Vimeo link"))
            .max(3).optional();

    static final ObjectSchema RESOURCE = object(
            "exportApi", string().trim(),
            "bundles", array().items(object(
                    "did", Fields.did().trim().required(),
                    "type", string().trim().min(1).required(),
                    "public", bool())),
            "types", array().items(object(
                    "type", string().trim().min(1).required(),
                    "description", string().trim().min(1))).max(10));

    /**
     * The reference's {@code /^(?!blocklet\\.)[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)+$/}: possessive, since the dots make
     * it unambiguous, so that a long run of parts is matched in a loop rather than one stack frame per part; and
     * {@code \\z}, because JavaScript's {@code $} is the end where Java's also allows a final line terminator.
     */
    private static final Pattern EVENT_TYPE = Pattern.compile(
            "^(?!blocklet\\.)[a-zA-Z0-9_-]++(?:\\.[a-zA-Z0-9_-]++)++\\z");

    static final ArraySchema EVENTS = array().items(object(
            "type", string().trim().min(1).max(128)
                    .pattern(EVENT_TYPE, "/^(?!blocklet\\.)[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)+$/")
                    .message("Event type must be in format of \"[noun.]verb\" like \"post.published\" or "
                            + "\"post.comment.published\", and prefix \"blocklet.\" is reserved")
                    .required(),
            "description", string().trim().min(1).max(256).required()))
            .unique("type");
}
