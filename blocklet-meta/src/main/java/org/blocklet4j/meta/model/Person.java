package org.blocklet4j.meta.model;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An author, contributor or maintainer ({@code Name <email> (url)} strings are split by the fix step).
 * Instances are immutable and safe to share between threads.
 *
 * @param name  the name
 * @param email the e-mail address, when given
 * @param url   the web address, when given
 */
public record Person(String name, @Nullable String email, @Nullable String url) {
    static Person of(JsonNode n) {
        return new Person(Json.text(n, "name", ""), Json.text(n, "email"), Json.text(n, "url"));
    }
}
