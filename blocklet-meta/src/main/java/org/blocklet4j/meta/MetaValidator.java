package org.blocklet4j.meta;

import java.util.Objects;

import org.blocklet4j.meta.internal.pipeline.Pipeline;
import org.blocklet4j.meta.internal.yaml.SourceMap;

import tools.jackson.databind.JsonNode;

/**
 * Validates a manifest that is already a tree (a {@code blocklet.json} from a bundle or a store), as the
 * reference's {@code validateMeta(meta, options)} does: no fix steps, the same schema.
 * {@link #validateBlockletMeta} is {@code @blocklet/resolver}'s variant, which first fixes the services and
 * accepts a manifest without {@code name}.
 *
 * <p>Instances are immutable and safe to use from many threads at once.
 */
public final class MetaValidator {
    private final Pipeline pipeline;

    private MetaValidator(ManifestOptions options) {
        this.pipeline = new Pipeline(options);
    }

    /** A validator with {@code options} ({@code ensureFiles} does not apply to trees). */
    public static MetaValidator create(ManifestOptions options) {
        return new MetaValidator(Objects.requireNonNull(options, "options"));
    }

    /** {@code validateMeta(meta)}; {@code meta} is not changed. */
    public ManifestResult validate(JsonNode meta) {
        return pipeline.validateTree(Objects.requireNonNull(meta, "meta"), false, SourceMap.EMPTY);
    }

    /** {@code validateBlockletMeta(meta)} of {@code @blocklet/resolver}; {@code meta} is not changed. */
    public ManifestResult validateBlockletMeta(JsonNode meta) {
        return pipeline.validateTree(Objects.requireNonNull(meta, "meta"), true, SourceMap.EMPTY);
    }

    /** {@code validateMeta(JSON.parse(text))}, with positions in {@code text}. */
    public ManifestResult validateJson(String text) {
        return pipeline.validateJson(Objects.requireNonNull(text, "text"), false);
    }
}
