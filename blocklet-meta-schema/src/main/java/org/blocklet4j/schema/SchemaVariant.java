package org.blocklet4j.schema;

import java.net.URI;

import org.blocklet4j.schema.internal.SchemaResources;

import tools.jackson.databind.JsonNode;

/**
 * The two variants of the JSON Schema of {@code blocklet.yml}, both draft-07 and shipped in this module.
 *
 * <p>{@link #STANDARD} describes the manifest as a person writes it and accepts every manifest that
 * {@code @blocklet/meta} 1.17.12 accepts: the raw forms the reference converts are allowed (a numeric string for a
 * number, {@code "true"} for a boolean, one value where a list is allowed, {@code pre-start} for
 * {@code preStart}, {@code children} for {@code components}, {@code author: "Name <mail> (url)"}), and objects are
 * open, as the reference strips keys it does not know rather than rejecting them. {@link #STRICT} is the same
 * schema with {@code additionalProperties: false} on every object, for authoring: it flags unknown keys, such as
 * the typo {@code enviroments:}. It is derived from the standard variant, never edited by hand.
 *
 * <p>Rules that JSON Schema cannot express (DID checksums, the name ↔ DID rule, payment share totals,
 * CJK-weighted title width, unique names and ids, semver range grammar, cross-field docker rules) are left to
 * the library's validator.
 *
 * <p>Constants are immutable and safe to share between threads.
 */
public enum SchemaVariant {
    /** {@code blocklet.schema.json}: open objects, no false alarms. */
    STANDARD("blocklet.schema.json"),
    /** {@code blocklet.strict.schema.json}: unknown keys are errors. */
    STRICT("blocklet.strict.schema.json");

    private final String fileName;

    SchemaVariant(String fileName) {
        this.fileName = fileName;
    }

    /** The file name the schema is published under, such as {@code blocklet.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The schema's {@code $id}: the URL it is published at. */
    public URI id() {
        return URI.create(SchemaResources.tree(fileName).get("$id").stringValue());
    }

    /** The schema as JSON text, exactly as shipped (UTF-8, two-space indentation). */
    public String text() {
        return SchemaResources.text(fileName);
    }

    /** A copy of the schema as a tree. */
    public JsonNode tree() {
        return SchemaResources.tree(fileName).deepCopy();
    }
}
