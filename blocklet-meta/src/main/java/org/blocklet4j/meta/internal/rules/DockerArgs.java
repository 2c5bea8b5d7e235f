package org.blocklet4j.meta.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The {@code docker run} arguments a manifest may set, as {@code @abtnode/docker-utils} 1.17.12 lists them
 * ({@code allowDockerArgs}), and the checks it makes of their values ({@code dockerArgsValidator}).
 */
final class DockerArgs {
    /** {@code allowDockerArgs}, in its order. */
    private static final List<String> ALLOWED = List.of("--env", "--publish", "--volume", "--attach", "--quiet",
            "--entrypoint", "--workdir", "--cidfile", "--detach-keys", "--disable-content-trust", "--domainname",
            "--expose", "--ip", "--link-local-ip", "--platform");

    /** {@code multiValueArgs}: keys whose value is a list. */
    static final Set<String> MULTI_VALUE = Set.of("publish", "volume");

    private DockerArgs() {
    }

    /** The manifest keys of the allowed arguments, camel-cased and without duplicates, in the reference's order. */
    static List<String> allowedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String arg : ALLOWED) {
            keys.add(toCamelCase(arg));
        }
        return List.copyOf(keys);
    }

    /** {@code dockerArgsToCamelCase}: {@code --link-local-ip} → {@code linkLocalIp}. */
    static String toCamelCase(String arg) {
        int start = 0;
        while (start < arg.length() && arg.charAt(start) == '-') {
            start++;
        }
        StringBuilder sb = new StringBuilder(arg.length());
        for (int i = start; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '-' && i + 1 < arg.length() && arg.charAt(i + 1) >= 'a' && arg.charAt(i + 1) <= 'z') {
                sb.append((char) (arg.charAt(i + 1) - 'a' + 'A'));
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The value check {@code dockerArgsValidator} has for the argument of manifest key {@code key}, or null: it
     * gives the problem's message, or null when the value passes. Only {@code --volume} has one.
     */
    static @Nullable Function<String, @Nullable String> validator(String key) {
        return key.equals("volume") ? DockerArgs::volumeProblem : null;
    }

    /**
     * The {@code --volume} check: the message the reference gives, or null when the value passes. A path on the
     * host must lie under {@code $BLOCKLET_APP_DIR/} or {@code $BLOCKLET_DATA_DIR/}, and no value may contain
     * {@code ..}.
     */
    static @Nullable String volumeProblem(String volume) {
        if (hostPart(volume).isEmpty()) {
            return "Volume must start with key:value";
        }
        if (isVolumePath(volume) && !volume.startsWith("$BLOCKLET_APP_DIR/")
                && !volume.startsWith("$BLOCKLET_DATA_DIR/")) {
            return "Volume must start with $BLOCKLET_APP_DIR or $BLOCKLET_DATA_DIR";
        }
        if (volume.contains("..")) {
            return "Volume cannot contain \"..\"";
        }
        return null;
    }

    /** {@code isVolumePath}: the host part names a path rather than a named volume. */
    static boolean isVolumePath(String volume) {
        String host = hostPart(volume);
        return host.startsWith("/") || host.startsWith("./") || host.startsWith("../") || host.startsWith("~")
                || host.startsWith("$BLOCKLET");
    }

    /** {@code volume.split(":")[0]}. */
    private static String hostPart(String volume) {
        int colon = volume.indexOf(':');
        return colon < 0 ? volume : volume.substring(0, colon);
    }
}
