package org.blocklet4j.meta.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code navigation}, with its nested {@code items}. Instances are immutable and safe to share between
 * threads.
 *
 * @param id          its id, when given
 * @param title       its title
 * @param description its description
 * @param link        where it leads
 * @param component   the component it belongs to
 * @param section     the sections it appears in
 * @param role        the roles that see it
 * @param icon        its icon
 * @param visible     whether it is shown; null when not said
 * @param hidden      the manifest's {@code private}: hidden from other users; null when not said
 * @param items       nested items
 */
public record NavigationItem(@Nullable String id, @Nullable LocalizedText title, @Nullable LocalizedText description,
                             @Nullable LocalizedText link, @Nullable String component, List<String> section,
                             List<String> role, @Nullable String icon, @Nullable Boolean visible,
                             @Nullable Boolean hidden, List<NavigationItem> items) {
    static NavigationItem of(JsonNode n) {
        return new NavigationItem(Json.text(n, "id"), LocalizedText.of(n.get("title")),
                LocalizedText.of(n.get("description")), LocalizedText.of(n.get("link")), Json.text(n, "component"),
                Json.strings(n, "section"), Json.strings(n, "role"), Json.text(n, "icon"), Json.bool(n, "visible"),
                Json.bool(n, "private"), Json.list(n, "items", NavigationItem::of));
    }
}
