package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Scripts}: hook names renamed to camelCase, values trimmed and non-empty. */
class ScriptsTest {
    @Test
    void renamesPreStartToCamelCase() {
        assertThat(json("scripts:\n  pre-start: \" node a.js \"\n", "scripts")).isEqualTo("{\"preStart\":\"node a.js\"}");
    }

    @Test
    void renamesEveryKebabCaseHook() {
        String yaml = "scripts:\n  pre-flight: a\n  pre-install: b\n  post-install: c\n  pre-start: d\n"
                + "  post-start: e\n  pre-stop: f\n  pre-uninstall: g\n  pre-config: h\n";
        assertThat(json(yaml, "scripts")).isEqualTo("{\"preFlight\":\"a\",\"preInstall\":\"b\",\"postInstall\":\"c\","
                + "\"preStart\":\"d\",\"postStart\":\"e\",\"preStop\":\"f\",\"preUninstall\":\"g\",\"preConfig\":\"h\"}");
    }

    @Test
    void ordersRenamedHooksAfterTheOthers() {
        assertThat(json("scripts:\n  pre-start: a\n  post-install: b\n  dev: c\n", "scripts"))
                .isEqualTo("{\"dev\":\"c\",\"postInstall\":\"b\",\"preStart\":\"a\"}");
    }

    @Test
    void pointsAtKebabCaseValueForErrorInRenamedHook() {
        ManifestResult r = read("scripts:\n  pre-start: \"  \"\n");
        assertThat(render(r)).containsExactly("E string.empty /scripts/preStart 4:14");
        assertThat(messages(r)).containsExactly("\"scripts.preStart\" is not allowed to be empty");
    }

    @Test
    void rejectsBothSpellingsOfOneHookAtTheKebabCaseKey() {
        ManifestResult r = read("scripts:\n  pre-start: a\n  preStart: b\n");
        assertThat(render(r)).containsExactly("E key.rename.conflict /scripts/pre-start 4:3");
        assertThat(messages(r)).containsExactly(
                "\"scripts\" cannot rename \"pre-start\" because override is disabled and target \"preStart\" exists");
    }

    @Test
    void warnsAboutUnknownHookAndDropsIt() {
        ManifestResult r = read("scripts:\n  build: x\n");
        assertThat(render(r)).containsExactly("W key.unknown /scripts/build 4:3");
        assertThat(r.json().orElseThrow().get("scripts").toString()).isEqualTo("{}");
    }

    @Test
    void rejectsNonStringHook() {
        assertThat(render(read("scripts:\n  dev: 1\n"))).containsExactly("E string.base /scripts/dev 4:8");
    }
}
