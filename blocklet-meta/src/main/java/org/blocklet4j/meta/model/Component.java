package org.blocklet4j.meta.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code components} (formerly {@code children}): a blocklet this one composes. Instances are
 * immutable and safe to share between threads.
 *
 * @param source      where it comes from
 * @param required    whether it must be installed with this one; null when not said
 * @param title       its suggested title
 * @param description its suggested description
 * @param mountPoint  its suggested mount point
 * @param name        its name (legacy)
 */
public record Component(Source source, @Nullable Boolean required, @Nullable String title,
                        @Nullable String description, @Nullable String mountPoint, @Nullable String name) {
    /**
     * Where a component comes from: URLs of its {@code blocklet.json}, or stores and a name.
     *
     * @param urls    the URLs, first that answers wins; empty for a store source
     * @param stores  the stores, first that answers wins; empty for a URL source (or when the store check is off
     *                and none is named)
     * @param name    the blocklet name, for a store source
     * @param version the version or range ({@code latest} by default for a store source)
     */
    public record Source(List<String> urls, List<String> stores, @Nullable String name, @Nullable String version) {
        static Source of(@Nullable JsonNode n) {
            if (n == null) {
                return new Source(List.of(), List.of(), null, null);
            }
            return new Source(Json.strings(n, "url"), Json.strings(n, "store"), Json.text(n, "name"),
                    Json.text(n, "version"));
        }
    }

    static Component of(JsonNode n) {
        return new Component(Source.of(n.get("source")), Json.bool(n, "required"), Json.text(n, "title"),
                Json.text(n, "description"), Json.text(n, "mountPoint"), Json.text(n, "name"));
    }
}
