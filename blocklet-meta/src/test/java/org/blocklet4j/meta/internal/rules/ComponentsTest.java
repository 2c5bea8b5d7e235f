package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.BASE;
import static org.blocklet4j.meta.internal.rules.Manifests.OPTIONS;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.readRaw;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Components}: component sources, the store check, versions, mount points; and {@code engine}. */
class ComponentsTest {
    private static final String STORE = "      store: https://store.example.com\n      name: other\n";

    private static String component(String more, String source) {
        return "components:\n  - " + more + "source:\n" + source;
    }

    @Test
    void acceptsUrlSource() {
        assertThat(json(component("name: other\n    ", "      url: https://example.com/other.json\n"), "components"))
                .isEqualTo("[{\"name\":\"other\",\"source\":{\"url\":\"https://example.com/other.json\"}}]");
    }

    @Test
    void acceptsListOfUrlsWithVersionRange() {
        assertThat(json(component("", "      url:\n        - https://example.com/a.json\n"
                + "        - https://example.com/b.json\n      version: ^1.0.0\n"), "components"))
                .isEqualTo("[{\"source\":{\"url\":[\"https://example.com/a.json\",\"https://example.com/b.json\"],"
                        + "\"version\":\"^1.0.0\"}}]");
    }

    @Test
    void warnsAboutUnknownSourceKeyOfTheMatchingAlternative() {
        ManifestResult r = read(component("", "      url: https://example.com/a.json\n      foo: 1\n"));
        assertThat(render(r)).containsExactly("W key.unknown /components/0/source/foo 6:7");
        assertThat(r.json().orElseThrow().at("/components/0/source").toString())
                .isEqualTo("{\"url\":\"https://example.com/a.json\"}");
    }

    @Test
    void rejectsEmptyUrlList() {
        ManifestResult r = read(component("", "      url: []\n"));
        assertThat(render(r)).containsExactly("E alternatives.match /components/0/source 5:7");
        assertThat(messages(r)).containsExactly("\"components[0].source\" does not match any of the allowed types");
    }

    @Test
    void requiresStoreInStoreSourceByDefault() {
        ManifestResult r = read(component("name: other\n    ", "      name: other\n"));
        assertThat(render(r)).containsExactly("E component.store.missing /components/0 4:5");
        assertThat(messages(r)).containsExactly("missing 'store' in source of component other");
    }

    @Test
    void namesUndefinedComponentInStoreMessage() {
        assertThat(messages(read(component("", "      name: other\n"))))
                .containsExactly("missing 'store' in source of component undefined");
    }

    @Test
    void skipsStoreCheckWhenEnsureComponentStoreIsOff() {
        ManifestResult r = readRaw(OPTIONS.toBuilder().ensureComponentStore(false).build(),
                BASE + component("name: other\n    ", "      name: other\n"), null);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().orElseThrow().get("components").toString())
                .isEqualTo("[{\"name\":\"other\",\"source\":{\"name\":\"other\",\"version\":\"latest\"}}]");
    }

    @Test
    void fillsInDefaultStoreBeforeTheCheck() {
        ManifestResult r = readRaw(OPTIONS.toBuilder().defaultStoreUrl("https://store.example.com").build(),
                BASE + component("", "      name: other\n      version: 1.2.3\n"), null);
        assertThat(r.json().orElseThrow().get("components").toString()).isEqualTo(
                "[{\"source\":{\"name\":\"other\",\"version\":\"1.2.3\",\"store\":\"https://store.example.com\"}}]");
    }

    @Test
    void rejectsStoreWithSchemeOtherThanHttp() {
        assertThat(render(read(component("", "      store: ftp://store.example.com\n      name: other\n"))))
                .containsExactly("E alternatives.match /components/0/source 5:7");
    }

    @Test
    void defaultsStoreVersionToLatest() {
        assertThat(json(component("", STORE), "components")).contains("\"version\":\"latest\"");
    }

    @Test
    void acceptsLatestOrSemverRangeAsVersion() {
        assertThat(json(component("", STORE + "      version: latest\n"), "components")).contains("\"latest\"");
        assertThat(json(component("", STORE + "      version: \">=1.0.0 <2\"\n"), "components"))
                .contains("\">=1.0.0 <2\"");
    }

    @Test
    void rejectsVersionThatIsNeitherLatestNorRange() {
        assertThat(render(read(component("", STORE + "      version: banana\n"))))
                .containsExactly("E alternatives.match /components/0/source 5:7");
    }

    @Test
    void rejectsSourceNameThatIsNotAValidName() {
        assertThat(render(read(component("", "      store: https://store.example.com\n      name: _other\n"))))
                .containsExactly("E alternatives.match /components/0/source 5:7");
    }

    @Test
    void rejectsComponentNameThatIsNotAValidName() {
        ManifestResult r = read(component("name: Other\n    ", STORE));
        assertThat(render(r)).containsExactly("E name.invalid /components/0/name 4:11");
        assertThat(messages(r)).containsExactly(
                "\"components[0].name\" failed custom validation because name can no longer contain capital letters");
    }

    @Test
    void rejectsMountPointWithSpace() {
        ManifestResult r = read(component("mountPoint: /a b\n    ", STORE));
        assertThat(render(r)).containsExactly("E mount-point.invalid /components/0/mountPoint 4:17");
        assertThat(messages(r)).containsExactly("mountPoint cannot contain such characters space $*+~()'\"!:@\\");
    }

    @Test
    void trimsMountPoint() {
        assertThat(json(component("mountPoint: \" /blog \"\n    ", STORE), "components")).contains("\"/blog\"");
    }

    @Test
    void checksComponentTitleAndDescriptionLikeTheBlocklet() {
        ManifestResult title = read(component("title: " + "a".repeat(41) + "\n    ", STORE));
        assertThat(render(title)).containsExactly("E title.too-long /components/0/title 4:12");
        ManifestResult description = read(component("description: ab\n    ", STORE));
        assertThat(render(description)).containsExactly("E string.min /components/0/description 4:18");
    }

    @Test
    void requiresSource() {
        ManifestResult r = read("components:\n  - name: other\n");
        assertThat(render(r)).containsExactly("E any.required /components/0/source 4:5");
    }

    @Test
    void renamesChildrenToComponents() {
        assertThat(json("children:\n  - name: other\n    source:\n      url: https://example.com/other.json\n",
                "components")).isEqualTo("[{\"name\":\"other\",\"source\":{\"url\":\"https://example.com/other.json\"}}]");
    }

    @Test
    void pointsAtChildrenKeyForComponentsError() {
        ManifestResult r = read("children:\n  - source:\n      url: nope\n");
        assertThat(render(r)).containsExactly("E alternatives.match /components/0/source 5:7");
    }

    @Test
    void rejectsChildrenBesideComponentsAtTheChildrenKey() {
        ManifestResult r = read("children:\n  - source:\n      url: https://example.com/a.json\n"
                + "components:\n  - source:\n      url: https://example.com/b.json\n");
        assertThat(render(r)).containsExactly("E key.rename.conflict /children 3:1");
        assertThat(messages(r)).containsExactly(
                "\"value\" cannot rename \"children\" because override is disabled and target \"components\" exists");
    }

    @Test
    void acceptsSingleEngineAndFillsInDefaults() {
        assertThat(json("engine:\n  source: ./bin/app\n", "engine"))
                .isEqualTo("{\"source\":\"./bin/app\",\"interpreter\":\"node\",\"args\":[]}");
    }

    @Test
    void acceptsListOfEnginesWithUrlAndStoreSources() {
        assertThat(json("engine:\n  - platform: linux\n    source:\n      url: https://example.com/x.tgz\n"
                + "      name: engine-x\n  - platform: darwin\n    source:\n      store: https://store.example.com\n"
                + "      name: engine-x\n", "engine")).isEqualTo("[{\"platform\":\"linux\",\"source\":{\"url\":"
                + "\"https://example.com/x.tgz\",\"name\":\"engine-x\"},\"interpreter\":\"node\",\"args\":[]},"
                + "{\"platform\":\"darwin\",\"source\":{\"store\":\"https://store.example.com\",\"name\":\"engine-x\","
                + "\"version\":\"latest\"},\"interpreter\":\"node\",\"args\":[]}]");
    }

    @Test
    void rejectsUnknownEnginePlatformAndInterpreter() {
        ManifestResult platform = read("engine:\n  platform: windows\n  source: x\n");
        assertThat(render(platform)).containsExactly("E any.only /engine/platform 4:13");
        assertThat(messages(platform)).containsExactly(
                "\"engine.platform\" must be one of [aix, darwin, freebsd, linux, openbsd, sunos, win32]");
        assertThat(render(read("engine:\n  - interpreter: python\n")))
                .containsExactly("E any.only /engine/0/interpreter 4:18");
    }

    @Test
    void rejectsEngineUrlWithFtpScheme() {
        assertThat(render(read("engine:\n  source:\n    url: ftp://x.example.com/a\n    name: e\n")))
                .containsExactly("E alternatives.match /engine/source 5:5");
    }
}
