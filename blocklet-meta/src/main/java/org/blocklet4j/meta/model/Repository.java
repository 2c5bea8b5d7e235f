package org.blocklet4j.meta.model;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Where the source lives; shortcuts such as {@code github:user/repo} are expanded by the fix step.
 * Instances are immutable and safe to share between threads.
 *
 * @param type      {@code git}, {@code https} or {@code svn}; null when the manifest gave a plain string
 * @param url       the URL (or the string as given)
 * @param directory the folder inside the repository, when given
 */
public record Repository(@Nullable String type, String url, @Nullable String directory) {
    static Repository of(JsonNode n) {
        if (n.isString()) {
            return new Repository(null, n.stringValue(), null);
        }
        return new Repository(Json.text(n, "type"), Json.text(n, "url", ""), Json.text(n, "directory"));
    }
}
