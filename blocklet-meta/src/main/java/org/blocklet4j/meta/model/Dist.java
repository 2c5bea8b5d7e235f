package org.blocklet4j.meta.model;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * {@code dist}: the published bundle. Instances are immutable and safe to share between threads.
 *
 * @param tarball   the bundle's file name or URL
 * @param integrity its integrity string ({@code sha512-…})
 * @param size      its size in bytes, when given
 */
public record Dist(String tarball, String integrity, @Nullable Double size) {
    static Dist of(JsonNode n) {
        return new Dist(Json.text(n, "tarball", ""), Json.text(n, "integrity", ""), Json.number(n, "size"));
    }
}
