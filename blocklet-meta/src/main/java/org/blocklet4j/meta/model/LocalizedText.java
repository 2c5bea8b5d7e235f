package org.blocklet4j.meta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A text given either once or per locale ({@code title: Home} or {@code title: {en: Home, zh: 首页}}).
 * Instances are immutable and safe to share between threads.
 *
 * @param text     the text when given once, else null
 * @param byLocale the texts by locale when given per locale, else empty
 */
public record LocalizedText(@Nullable String text, Map<String, String> byLocale) {
    /** Keeps an unmodifiable copy of {@code byLocale}. */
    public LocalizedText {
        byLocale = Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
    }

    /** The text for {@code locale}, else the single text, else the English one. */
    public Optional<String> in(String locale) {
        if (byLocale.containsKey(locale)) {
            return Optional.of(byLocale.get(locale));
        }
        return Optional.ofNullable(text != null ? text : byLocale.get("en"));
    }

    static @Nullable LocalizedText of(@Nullable JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isString()) {
            return new LocalizedText(n.stringValue(), Map.of());
        }
        Map<String, String> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return new LocalizedText(null, out);
    }
}
