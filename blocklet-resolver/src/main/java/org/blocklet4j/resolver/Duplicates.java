package org.blocklet4j.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blocklet4j.meta.semver.SemVer;

/**
 * {@code filterDuplicateComponents(components, currents)} of {@code @blocklet/resolver}: each DID once, those
 * already installed left out; of several versions the lowest is kept, in the place of the first (a component
 * asked for as {@code 1.0.0} by one parent and as {@code latest} by another gets {@code 1.0.0}); among equal
 * versions the first stays.
 */
final class Duplicates {
    private Duplicates() {
    }

    static List<ResolvedComponent> keepLowest(List<ResolvedComponent> components, Set<String> currentDids) {
        List<ResolvedComponent> out = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (ResolvedComponent c : components) {
            if (currentDids.contains(c.did())) {
                continue;
            }
            Integer i = index.get(c.did());
            if (i == null) {
                index.put(c.did(), out.size());
                out.add(c);
            } else if (lower(c, out.get(i))) {
                out.set(i, c);
            }
        }
        return List.copyOf(out);
    }

    /** {@code semver.lt(a.version, b.version)}; a version semver cannot read is an error, as there. */
    private static boolean lower(ResolvedComponent a, ResolvedComponent b) {
        try {
            return SemVer.lt(a.version(), b.version());
        } catch (IllegalArgumentException e) {
            throw new ResolverException("invalid-meta", "Invalid Version: " + a.version() + " or " + b.version()
                    + " of " + a.did(), List.of(a.did()), e);
        }
    }
}
