package org.blocklet4j.meta.model;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code environments}: a setting the blocklet reads from its environment. Instances are immutable
 * and safe to share between threads.
 *
 * @param name         the variable name
 * @param description  what it is for
 * @param defaultValue its default ({@code ""} when none)
 * @param required     whether it must be set
 * @param secure       whether it is a secret (then it has no default)
 * @param shared       whether components share it; null when not said
 * @param validation   a validation expression, when given
 */
public record Environment(String name, String description, String defaultValue, boolean required, boolean secure,
                          @Nullable Boolean shared, @Nullable String validation) {
    static Environment of(JsonNode n) {
        return new Environment(Json.text(n, "name", ""), Json.text(n, "description", ""),
                Json.text(n, "default", ""), Json.bool(n, "required", false), Json.bool(n, "secure", false),
                Json.bool(n, "shared"), Json.text(n, "validation"));
    }
}
