package org.blocklet4j.resolver;

import java.util.Locale;

import org.blocklet4j.meta.internal.format.UrlPaths;

/**
 * The mount point a component gets when its config names none: {@code /} and the url-path-friendly form of its
 * title, else name, else DID, lower-cased, as {@code parseComponents} computes it.
 */
final class MountPoints {
    private MountPoints() {
    }

    /** {@code `/${urlPathFriendly(title || name || did)}`.toLowerCase()}; empty strings count as absent. */
    static String defaultFor(String title, String name, String did) {
        String base = !title.isEmpty() ? title : !name.isEmpty() ? name : did;
        // urlPathFriendly leaves only ASCII, so a locale-free lower-casing is JavaScript's toLowerCase.
        return ("/" + UrlPaths.urlPathFriendly(base, true)).toLowerCase(Locale.ROOT);
    }
}
