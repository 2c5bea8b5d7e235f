package org.blocklet4j.meta.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where known differences from the reference are listed: {@code known-gaps.txt}, one
 * {@code suite id  reason} a line. A listed case that agrees again fails the suite, so the list stays true.
 */
final class KnownGaps {
    private KnownGaps() {
    }

    /** Reasons by {@code suite/id}. */
    static Map<String, String> load() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = KnownGaps.class.getResourceAsStream("known-gaps.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 3);
                out.put(parts[0] + "/" + parts[1], parts.length > 2 ? parts[2] : "");
            }
        }
        return out;
    }
}
