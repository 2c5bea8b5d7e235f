package org.blocklet4j.meta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.blocklet4j.meta.ManifestReader;
import org.junit.jupiter.api.Test;

class BlockletMetaTest {
    private static final BlockletMeta HELLO = ManifestReader.withDefaults()
            .read(Path.of("..", "examples", "hello-blocklet")).meta().orElseThrow();

    @Test
    void readsIdentityAndPeople() {
        assertThat(HELLO.did()).isEqualTo("z8iZtEmtMGiJwDyShVXcGu4agbqAGMj23xTom");
        assertThat(HELLO.name()).contains("hello-blocklet");
        assertThat(HELLO.version()).isEqualTo("1.0.0");
        assertThat(HELLO.author()).contains(new Person("Jane Doe", "jane@example.com", "https://example.com"));
        assertThat(HELLO.repository()).contains(
                new Repository("git", "git+https://github.com/example/hello-blocklet.git", null));
        assertThat(HELLO.keywords()).containsExactly("hello", "static", "example");
    }

    @Test
    void readsInterfacesWithTheirDefaults() {
        BlockletInterface web = HELLO.interfaces().get(0);
        assertThat(web.type()).isEqualTo("web");
        assertThat(web.port()).isEqualTo(new BlockletInterface.Port("BLOCKLET_PORT", null));
        assertThat(web.proxyBehavior()).isEqualTo("service");
    }

    @Test
    void readsEnvironmentsScriptsAndNavigation() {
        assertThat(HELLO.environments()).extracting(Environment::name).containsExactly("GREETING", "API_KEY");
        assertThat(HELLO.environments().get(1).shared()).isFalse();
        assertThat(HELLO.environments().get(0).shared()).isNull();
        assertThat(HELLO.scripts()).containsEntry("preStart", "node scripts/check.js");
        assertThat(HELLO.navigation().get(0).title().in("zh")).contains("首页");
        assertThat(HELLO.capabilities().navigation()).isTrue();
    }

    @Test
    void appliesDefaultsForAbsentSections() {
        assertThat(HELLO.payment().price()).isEmpty();
        assertThat(HELLO.requirements().server()).isEqualTo(">=1.7.0");
        assertThat(HELLO.requirements().os()).containsExactly("*");
        assertThat(HELLO.startTimeout()).contains(60.0);
        assertThat(HELLO.egress()).isTrue();
        assertThat(HELLO.components()).isEmpty();
    }

    @Test
    void isAValueOverItsJson() {
        assertThat(BlockletMeta.of(HELLO.json())).isEqualTo(HELLO);
    }
}
