package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;
import static org.blocklet4j.meta.internal.rules.Manifests.valid;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Environments}: names, reserved prefixes, secure values, shared, duplicates. */
class EnvironmentsTest {
    private static String env(String name, String more) {
        return "environments:\n  - name: " + name + "\n    description: s\n" + more;
    }

    private static String first(String yaml) {
        return valid(yaml).get("environments").get(0).toString();
    }

    @Test
    void trimsNameAndDescriptionAndFillsInDefaults() {
        assertThat(first("environments:\n  - name: \" API_KEY \"\n    description: \" key \"\n")).isEqualTo(
                "{\"name\":\"API_KEY\",\"description\":\"key\",\"default\":\"\",\"required\":false,\"secure\":false}");
    }

    @Test
    void defaultsSharedToFalseForSecureEnvironment() {
        assertThat(first(env("SECRET", "    secure: true\n"))).isEqualTo("{\"name\":\"SECRET\",\"description\":\"s\","
                + "\"secure\":true,\"default\":\"\",\"required\":false,\"shared\":false}");
    }

    @Test
    void keepsSharedAsWrittenForSecureEnvironment() {
        assertThat(first(env("SECRET", "    secure: true\n    shared: true\n"))).contains("\"shared\":true");
    }

    @Test
    void leavesSharedUnsetForPlainEnvironment() {
        assertThat(first(env("A", ""))).doesNotContain("shared");
    }

    @Test
    void rejectsSecureEnvironmentWithDefault() {
        ManifestResult r = read(env("SECRET", "    secure: true\n    default: abc\n"));
        assertThat(render(r)).containsExactly("E env.secure.default /environments/0 4:5");
        assertThat(messages(r)).containsExactly("Cannot declare default value for secure env SECRET");
    }

    @Test
    void acceptsSecureEnvironmentWithEmptyDefault() {
        assertThat(read(env("SECRET", "    secure: true\n    default: \"\"\n")).isValid()).isTrue();
    }

    @Test
    void rejectsReservedPrefixesEvenWithoutUnderscore() {
        assertThat(messages(read(env("BLOCKLET_X", "")))).containsExactly("Env name can not start with BLOCKLET_");
        assertThat(messages(read(env("BLOCKLETX", "")))).containsExactly("Env name can not start with BLOCKLET_");
        assertThat(messages(read(env("COMPONENT_X", "")))).containsExactly("Env name can not start with COMPONENT_");
        ManifestResult r = read(env("ABTNODE_X", ""));
        assertThat(render(r)).containsExactly("E env.name.reserved /environments/0/name 4:11");
        assertThat(messages(r)).containsExactly("Env name can not start with ABTNODE_");
    }

    @Test
    void treatsReservedPrefixesCaseSensitively() {
        assertThat(read(env("blocklet_x", "")).isValid()).isTrue();
    }

    @Test
    void rejectsNameWithNonWordCharacters() {
        ManifestResult r = read(env("MY-VAR", ""));
        assertThat(render(r)).containsExactly("E env.name.invalid /environments/0/name 4:11");
        assertThat(messages(r)).containsExactly("Env name can include only numbers or letters or \"_\"");
    }

    @Test
    void rejectsNonAsciiLettersInName() {
        assertThat(render(read(env("ÄPFEL", "")))).containsExactly("E env.name.invalid /environments/0/name 4:11");
    }

    @Test
    void acceptsFiftyCharacterNameButNotFiftyOne() {
        assertThat(read(env("A".repeat(50), "")).isValid()).isTrue();
        ManifestResult r = read(env("A".repeat(51), ""));
        assertThat(render(r)).containsExactly("E string.max /environments/0/name 4:11");
        assertThat(messages(r)).containsExactly(
                "\"environments[0].name\" length must be less than or equal to 50 characters long");
    }

    @Test
    void rejectsEmptyName() {
        assertThat(render(read(env("\"\"", "")))).containsExactly("E string.empty /environments/0/name 4:11");
    }

    @Test
    void listsEachDuplicateNameInMessage() {
        ManifestResult r = read("environments:\n  - name: A\n    description: s\n"
                + "  - name: B\n    description: s\n  - name: A\n    description: s\n  - name: B\n    description: s\n");
        assertThat(render(r)).containsExactly("E env.name.duplicate /environments 4:3");
        assertThat(messages(r)).containsExactly("find duplicate environment names A, B");
    }

    @Test
    void repeatsNameForEachLaterOccurrence() {
        String a = "  - name: A\n    description: s\n";
        assertThat(messages(read("environments:\n" + a + a + a))).containsExactly("find duplicate environment names A, A");
    }

    @Test
    void comparesNamesAfterTrimming() {
        ManifestResult r = read("environments:\n  - name: A\n    description: s\n  - name: \" A\"\n    description: s\n");
        assertThat(messages(r)).containsExactly("find duplicate environment names A");
    }

    @Test
    void requiresDescription() {
        ManifestResult r = read("environments:\n  - name: A\n");
        assertThat(render(r)).containsExactly("E any.required /environments/0/description 4:5");
    }

    @Test
    void rejectsNonStringDefault() {
        ManifestResult r = read(env("A", "    default: 5\n"));
        assertThat(render(r)).containsExactly("E string.base /environments/0/default 6:14");
        assertThat(messages(r)).containsExactly("\"environments[0].default\" must be a string");
    }

    @Test
    void convertsBooleanStringsButRejectsOtherStrings() {
        assertThat(first(env("A", "    required: \"true\"\n"))).contains("\"required\":true");
        ManifestResult r = read(env("A", "    required: \"yes\"\n"));
        assertThat(render(r)).containsExactly("E boolean.base /environments/0/required 6:15");
    }

    @Test
    void keepsValidationPattern() {
        assertThat(first(env("A", "    validation: \"^\\\\d+$\"\n"))).contains("\"validation\":\"^\\\\d+$\"");
    }
}
