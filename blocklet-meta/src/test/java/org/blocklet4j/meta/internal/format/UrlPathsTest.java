package org.blocklet4j.meta.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPathsTest {
    @VectorTest("urlpath")
    void agreesWithTheReference(Vectors.Line line) {
        String s = line.input();
        var e = line.expected();
        assertThat(IsAbsoluteUrl.test(s)).as("isAbsoluteUrl").isEqualTo(e.get("isAbsoluteUrl").booleanValue());
        assertThat(UrlPaths.isValidUrlPath(s)).as("isValidUrlPath").isEqualTo(e.get("isValidUrlPath").booleanValue());
        assertThat(UrlPaths.checkUrlPath(s)).as("checkUrlPath").isEqualTo(e.get("checkUrlPath").booleanValue());
        assertThat(UrlPaths.checkLink(s)).as("checkLink").isEqualTo(e.get("checkLink").booleanValue());
        String friendly = UrlPaths.urlPathFriendly(s);
        assertThat(Vectors.matchesString(e.get("urlPathFriendly"), friendly)).as("urlPathFriendly %s", friendly)
                .isTrue();
        String noSlash = UrlPaths.urlPathFriendly(s, false);
        assertThat(Vectors.matchesString(e.get("urlPathFriendlyNoSlash"), noSlash))
                .as("urlPathFriendly keepSlash=false %s", noSlash).isTrue();
    }

    @Test
    void rejectsWindowsDrivePathsAsAbsoluteUrls() {
        assertThat(IsAbsoluteUrl.test("c:\\logo.png")).isFalse();
        assertThat(IsAbsoluteUrl.test("c:/logo.png")).isTrue();
    }

    @Test
    void collapsesRunsAfterDroppingNonAscii() {
        assertThat(UrlPaths.urlPathFriendly(" /a-é-b//c.. ", true)).isEqualTo("/a-b/c.");
        assertThat(UrlPaths.urlPathFriendly("/a b/", false)).isEqualTo("a-b");
    }
}
