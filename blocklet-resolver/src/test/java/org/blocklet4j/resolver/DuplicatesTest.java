package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@code filterDuplicateComponents}: each DID once, the lowest version in the place of the first. */
class DuplicatesTest {
    private static ResolvedComponent c(String did, String version, String mountPoint) {
        var json = Metas.NODES.objectNode().put("did", did).put("version", version);
        return new ResolvedComponent(did, did, version, mountPoint, true, 1, json, null, null, List.of(),
                List.of());
    }

    @Test
    void keepsTheLowestVersionInThePlaceOfTheFirst() {
        ResolvedComponent d2 = c("d", "2.0.0", "/first");
        ResolvedComponent a = c("a", "1.0.0", "/a");
        ResolvedComponent d1 = c("d", "1.0.0", "/second");
        ResolvedComponent d3 = c("d", "3.0.0", "/third");
        assertThat(Duplicates.keepLowest(List.of(d2, a, d1, d3), Set.of())).containsExactly(d1, a);
    }

    @Test
    void keepsTheFirstAmongEqualVersions() {
        ResolvedComponent first = c("d", "1.0.0", "/first");
        ResolvedComponent second = c("d", "1.0.0", "/second");
        assertThat(Duplicates.keepLowest(List.of(first, second), Set.of())).containsExactly(first);
    }

    @Test
    void comparesAsSemverDoes() {
        ResolvedComponent release = c("d", "1.0.0", "/r");
        ResolvedComponent pre = c("d", "1.0.0-beta.2", "/p");
        ResolvedComponent ten = c("d", "1.10.0", "/t");
        ResolvedComponent nine = c("d", "1.9.0", "/n");
        assertThat(Duplicates.keepLowest(List.of(release, pre), Set.of())).containsExactly(pre);
        assertThat(Duplicates.keepLowest(List.of(ten, nine), Set.of())).containsExactly(nine);
    }

    @Test
    void leavesOutWhatIsAlreadyThere() {
        ResolvedComponent root = c("root", "1.0.0", "/");
        ResolvedComponent a = c("a", "1.0.0", "/a");
        assertThat(Duplicates.keepLowest(List.of(root, a), Set.of("root"))).containsExactly(a);
        assertThat(Duplicates.keepLowest(List.of(), Set.of())).isEmpty();
    }

    @Test
    void rejectsAVersionSemverCannotRead() {
        assertThatThrownBy(() -> Duplicates.keepLowest(List.of(c("d", "1.0.0", "/"), c("d", "one", "/")), Set.of()))
                .isInstanceOf(ResolverException.class).hasFieldOrPropertyWithValue("code", "invalid-meta");
    }
}
