package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** URL text as WHATWG parsers, ufo's joinURL and decodeURIComponent treat it. */
class UrlsTest {
    @Test
    void joinsAsUfoDoes() {
        assertThat(Urls.join("http://s", "/api/blocklets", "zDid", "", "blocklet.json"))
                .isEqualTo("http://s/api/blocklets/zDid/blocklet.json");
        assertThat(Urls.join("http://s/", "/api", "./x", "/", "y")).isEqualTo("http://s/api/x/y");
        assertThat(Urls.join("", "/api/blocklets", "d")).isEqualTo("/api/blocklets/d");
    }

    @Test
    void parsesWhatBrowsersAcceptAndRefusesRelativeUrls() {
        assertThat(Urls.parse("http://s/api/d/^1.0.0 || 2.x/blocklet.json")).get().hasToString(
                "http://s/api/d/%5E1.0.0%20%7C%7C%202.x/blocklet.json");
        assertThat(Urls.parse("http://s/ä")).get().hasToString("http://s/%C3%A4");
        assertThat(Urls.parse("/api/blocklets/d/blocklet.json")).isEmpty();
        assertThat(Urls.parse("http://[bad")).isEmpty();
    }

    @Test
    void resolvesTarballsAsNewUrlDoes() {
        String base = "http://s/api/blocklets/d/1.0.0/blocklet.json";
        assertThat(Urls.resolve("../../tarballs/x.tgz", base)).contains("http://s/api/blocklets/tarballs/x.tgz");
        assertThat(Urls.resolve("/t/x y.tgz", base)).contains("http://s/t/x%20y.tgz");
        assertThat(Urls.resolve("https://cdn/x.tgz", base)).contains("https://cdn/x.tgz");
        assertThat(Urls.resolve("../../../../../../x.tgz", base)).contains("http://s/x.tgz");
        assertThat(Urls.resolve("x.tgz", "file:///tmp/b/blocklet.json")).contains("file:///tmp/b/x.tgz");
        assertThat(Urls.resolve("x.tgz", "not a url")).isEmpty();
    }

    @Test
    void decodesComponentsAndRefusesMalformedOnes() {
        assertThat(Urls.decodeComponent("a%20b%2Fc%C3%A4")).isEqualTo("a b/cä");
        assertThat(Urls.decodeComponent("plain")).isEqualTo("plain");
        assertThatThrownBy(() -> Urls.decodeComponent("%E0%A4%A")).hasMessage("URI malformed");
        assertThatThrownBy(() -> Urls.decodeComponent("%zz")).hasMessage("URI malformed");
        assertThatThrownBy(() -> Urls.decodeComponent("%C3")).hasMessage("URI malformed");
    }
}
