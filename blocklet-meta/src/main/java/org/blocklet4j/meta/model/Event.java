package org.blocklet4j.meta.model;

import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code events}: an event the blocklet emits. Instances are immutable and safe to share between threads.
 *
 * @param type        its type, such as {@code post.published}
 * @param description what it means
 */
public record Event(String type, String description) {
    static Event of(JsonNode n) {
        return new Event(Json.text(n, "type", ""), Json.text(n, "description", ""));
    }
}
