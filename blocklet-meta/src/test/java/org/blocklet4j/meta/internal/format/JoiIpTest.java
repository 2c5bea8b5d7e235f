package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.blocklet4j.meta.internal.format.JoiIp.Cidr;
import org.blocklet4j.meta.internal.format.JoiIp.Version;
import org.junit.jupiter.api.Test;

class JoiIpTest {
    private static final Set<Version> ALL = EnumSet.allOf(Version.class);

    @VectorTest("ip")
    void agreesWithTheReference(Vectors.Line line) {
        String s = line.input();
        var e = line.expected();
        assertThat(JoiIp.isValid(s)).as("v4v6").isEqualTo(e.get("v4v6").booleanValue());
        assertThat(JoiIp.isValid(s, ALL, Cidr.OPTIONAL)).as("all").isEqualTo(e.get("all").booleanValue());
        assertThat(JoiIp.isValid(s, ALL, Cidr.REQUIRED)).as("allRequired")
                .isEqualTo(e.get("allRequired").booleanValue());
        assertThat(JoiIp.isValid(s, ALL, Cidr.FORBIDDEN)).as("allForbidden")
                .isEqualTo(e.get("allForbidden").booleanValue());
        assertThat(JoiIp.isValid(s, Set.of(Version.IPV4), Cidr.OPTIONAL)).as("v4")
                .isEqualTo(e.get("v4").booleanValue());
        assertThat(JoiIp.isValid(s, Set.of(Version.IPV6), Cidr.REQUIRED)).as("v6Required")
                .isEqualTo(e.get("v6Required").booleanValue());
        assertThat(JoiIp.isValid(s, Set.of(Version.IPVFUTURE), Cidr.OPTIONAL)).as("futureOnly")
                .isEqualTo(e.get("futureOnly").booleanValue());
    }

    @Test
    void acceptsLeadingZerosInIpv4OctetsButNotInShortPrefixes() {
        assertThat(JoiIp.isValid("001.002.003.004")).isTrue();
        assertThat(JoiIp.isValid("1.2.3.4/05")).isFalse();
        assertThat(JoiIp.isValid("::/007")).isTrue();
    }

    @Test
    void rejectsZoneIdentifiers() {
        assertThat(JoiIp.isValid("fe80::1%eth0")).isFalse();
    }
}
