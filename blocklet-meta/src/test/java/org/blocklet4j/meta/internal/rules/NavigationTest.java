package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Navigation}: ids, localised texts and links, sections, nesting, duplicates; and {@code theme}. */
class NavigationTest {
    private static String item(String body) {
        return "navigation:\n  - " + body;
    }

    @Test
    void wrapsSingleSectionAndRoleInLists() {
        assertThat(json(item("id: home\n    title: Home\n    link: /home\n    section: header\n    role: admin\n"),
                "navigation")).isEqualTo("[{\"id\":\"home\",\"title\":\"Home\",\"link\":\"/home\",\"section\":[\"header\"],"
                        + "\"role\":[\"admin\"]}]");
    }

    @Test
    void acceptsSectionList() {
        assertThat(json(item("title: Home\n    section: [header, footer]\n"), "navigation"))
                .isEqualTo("[{\"title\":\"Home\",\"section\":[\"header\",\"footer\"]}]");
    }

    @Test
    void rejectsIdThatIsNotAVariableName() {
        ManifestResult r = read(item("id: 1abc\n    title: Home\n"));
        assertThat(render(r)).containsExactly("E navigation.id.invalid /navigation/0/id 4:9");
        assertThat(messages(r)).containsExactly("Invalid navigation id: 1abc");
    }

    @Test
    void rejectsReservedWordAsId() {
        assertThat(messages(read(item("id: class\n    title: Home\n")))).containsExactly("Invalid navigation id: class");
    }

    @Test
    void acceptsIdThatIsAParameterListAsIsVarNameDoes() {
        assertThat(read(item("id: \"a,b\"\n    title: Home\n")).isValid()).isTrue();
    }

    @Test
    void rejectsEmptyIdAsEmptyString() {
        assertThat(render(read(item("id: \"\"\n    title: Home\n")))).containsExactly("E string.empty /navigation/0/id 4:9");
    }

    @Test
    void requiresTitle() {
        ManifestResult r = read(item("id: home\n"));
        assertThat(render(r)).containsExactly("E any.required /navigation/0/title 4:5");
    }

    @Test
    void keepsKnownLocalesAndWarnsAboutUnknownOnes() {
        ManifestResult r = read(item("title:\n      en: Home\n      zh: 首页\n      xx: nope\n    description:\n"
                + "      en: The home\n    link:\n      en: /en/home\n      zh: https://example.com/zh\n"));
        assertThat(render(r)).containsExactly("W key.unknown /navigation/0/title/xx 7:7");
        assertThat(r.warnings().get(0).message()).isEqualTo("\"navigation[0].title.xx\" is not allowed and was removed");
        assertThat(r.json().orElseThrow().get("navigation").toString()).isEqualTo("[{\"title\":{\"en\":\"Home\",\"zh\":\"首页\"},"
                + "\"description\":{\"en\":\"The home\"},\"link\":{\"en\":\"/en/home\",\"zh\":\"https://example.com/zh\"}}]");
    }

    @Test
    void rejectsEmptyTitleObject() {
        ManifestResult r = read(item("title: {}\n"));
        assertThat(render(r)).containsExactly("E object.min /navigation/0/title 4:12");
        assertThat(messages(r)).containsExactly("\"navigation[0].title\" must have at least 1 key");
    }

    @Test
    void rejectsTitleObjectWithOnlyUnknownLocales() {
        assertThat(render(read(item("title:\n      xx: nope\n")))).containsExactly("E object.min /navigation/0/title 5:7");
    }

    @Test
    void limitsTitleToFortyCharactersWithoutCjkWidth() {
        assertThat(render(read(item("title: " + "a".repeat(41) + "\n"))))
                .containsExactly("E string.max /navigation/0/title 4:12");
        ManifestResult r = read(item("title:\n      en: " + "a".repeat(41) + "\n"));
        assertThat(render(r)).containsExactly("E string.max /navigation/0/title/en 5:11");
        assertThat(messages(r)).containsExactly(
                "\"navigation[0].title.en\" length must be less than or equal to 40 characters long");
    }

    @Test
    void limitsDescriptionToEightyCharacters() {
        assertThat(render(read(item("title: a\n    description: " + "a".repeat(81) + "\n"))))
                .containsExactly("E string.max /navigation/0/description 5:18");
    }

    @Test
    void rejectsLinkThatIsNeitherPathNorAbsoluteUrl() {
        ManifestResult r = read(item("title: Home\n    link: \"home page\"\n"));
        assertThat(render(r)).containsExactly("E navigation.link.invalid /navigation/0/link 5:11");
        assertThat(messages(r)).containsExactly("Invalid navigation link: home page");
    }

    @Test
    void rejectsUnknownSection() {
        assertThat(messages(read(item("title: Home\n    section: [header, sidebar]\n")))).containsExactly(
                "\"navigation[0].section[1]\" must be one of [header, footer, bottom, social, dashboard, sessionManager, "
                        + "userCenter, bottomNavigation]");
    }

    @Test
    void renamesChildToComponent() {
        assertThat(json(item("title: Blog\n    child: blog\n"), "navigation"))
                .isEqualTo("[{\"title\":\"Blog\",\"component\":\"blog\"}]");
    }

    @Test
    void renamesChildToComponentInNestedItems() {
        assertThat(json(item("title: Docs\n    items:\n      - title: API\n        child: api\n        link: /api\n"),
                "navigation")).isEqualTo("[{\"title\":\"Docs\",\"items\":[{\"title\":\"API\",\"link\":\"/api\","
                        + "\"component\":\"api\"}]}]");
    }

    @Test
    void pointsAtChildValueForComponentError() {
        ManifestResult r = read(item("title: Blog\n    child: \"\"\n"));
        assertThat(render(r)).containsExactly("E string.empty /navigation/0/component 5:12");
        assertThat(messages(r)).containsExactly("\"navigation[0].component\" is not allowed to be empty");
    }

    @Test
    void pointsAtNestedChildValueForComponentError() {
        ManifestResult r = read(item("title: Docs\n    items:\n      - title: API\n        child: \"\"\n"));
        assertThat(render(r)).containsExactly("E string.empty /navigation/0/items/0/component 7:16");
    }

    @Test
    void checksIdsOfNestedItems() {
        assertThat(render(read(item("title: Docs\n    items:\n      - id: 9x\n        title: API\n"))))
                .containsExactly("E navigation.id.invalid /navigation/0/items/0/id 6:13");
    }

    @Test
    void dropsThirdLevelItemsWithWarning() {
        ManifestResult r = read(item("title: A\n    items:\n      - title: B\n        items:\n          - title: C\n"));
        assertThat(render(r)).containsExactly("W key.unknown /navigation/0/items/0/items 7:9");
        assertThat(r.json().orElseThrow().get("navigation").toString()).isEqualTo("[{\"title\":\"A\",\"items\":[{\"title\":\"B\"}]}]");
    }

    @Test
    void rejectsDuplicateIds() {
        ManifestResult r = read(item("id: home\n    title: A\n  - id: home\n    title: B\n"));
        assertThat(render(r)).containsExactly("E array.unique /navigation/1 6:5");
        assertThat(messages(r)).containsExactly("\"navigation[1]\" contains a duplicate value");
    }

    @Test
    void doesNotCompareItemsWithoutIds() {
        assertThat(read(item("title: A\n  - title: A\n")).isValid()).isTrue();
    }

    @Test
    void keepsFlagsAndIcon() {
        assertThat(json(item("title: A\n    visible: false\n    private: true\n    icon: mdi:home\n"), "navigation"))
                .isEqualTo("[{\"title\":\"A\",\"visible\":false,\"private\":true,\"icon\":\"mdi:home\"}]");
    }

    @Test
    void acceptsThemeBackgroundAsStringOrObject() {
        assertThat(json("theme:\n  background: \"#fff\"\n", "theme")).isEqualTo("{\"background\":\"#fff\"}");
        assertThat(json("theme:\n  background:\n    header: \"#000\"\n    footer: \"#111\"\n", "theme"))
                .isEqualTo("{\"background\":{\"header\":\"#000\",\"footer\":\"#111\"}}");
    }

    @Test
    void rejectsThemeBackgroundWithoutKnownKeys() {
        ManifestResult r = read("theme:\n  background: {}\n");
        assertThat(render(r)).containsExactly("E object.min /theme/background 4:15");
        assertThat(messages(r)).containsExactly("\"theme.background\" must have at least 1 key");
        assertThat(render(read("theme:\n  background:\n    sidebar: \"#000\"\n")))
                .containsExactly("E object.min /theme/background 5:5");
    }

    @Test
    void reportsASingleSectionAtTheSectionItself() {
        ManifestResult r = read(item("title: Home\n    section: sidebar\n"));
        assertThat(render(r)).singleElement().asString().startsWith("E any.only /navigation/0/section ");
        assertThat(messages(r).get(0)).startsWith("\"navigation[0].section\" must be one of [");
    }
}
