package org.blocklet4j.meta.internal.rules;

import java.util.Map;

import org.blocklet4j.meta.internal.schema.ObjectSchema;

/** The services an interface can name, with the schema of each one's config (only {@code auth} today). */
public final class Services {
    private static final Map<String, ObjectSchema> CONFIGS = Map.of("auth", Interfaces.AUTH_CONFIG);

    private Services() {
    }

    /** True for a service Blocklet Server knows. */
    public static boolean exists(String name) {
        return CONFIGS.containsKey(name);
    }

    /** The config schema of a known service. */
    public static ObjectSchema config(String name) {
        ObjectSchema s = CONFIGS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown service " + name);
        }
        return s;
    }
}
