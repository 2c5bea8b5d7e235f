package org.blocklet4j.meta.internal.fix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The manifest after {@code parse()}'s camel-casing of top-level keys, with the way back from each key to the
 * source keys it came from, so that diagnostics can point at what the file says.
 *
 * @param manifest   the new top-level object (values are shared with the input, not copied)
 * @param sourceKeys for each key of {@code manifest}, the source keys that camel-case to it in source order; the
 *                   last one's value won, the earlier ones were overwritten; in the order of {@code manifest}
 */
public record CamelCasedManifest(ObjectNode manifest, Map<String, List<String>> sourceKeys) {
    public CamelCasedManifest {
        Objects.requireNonNull(manifest, "manifest");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(sourceKeys, "sourceKeys").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        sourceKeys = Collections.unmodifiableMap(copy);
    }

    /** The source key whose value {@code normalisedKey} holds (the last one that camel-cased to it). */
    public Optional<String> sourceKeyOf(String normalisedKey) {
        List<String> keys = sourceKeys.get(normalisedKey);
        return keys == null ? Optional.empty() : Optional.of(keys.get(keys.size() - 1));
    }

    /** Source keys whose values were dropped because a later key camel-cased to the same name. */
    public List<String> overwrittenKeys() {
        return sourceKeys.values().stream().filter(l -> l.size() > 1).flatMap(l -> l.subList(0, l.size() - 1)
                .stream()).toList();
    }
}
