package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.BLOCKLET_ROLE_DID;
import static org.blocklet4j.meta.internal.rules.Manifests.DID;
import static org.blocklet4j.meta.internal.rules.Manifests.OPTIONS;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.readRaw;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;
import org.junit.jupiter.api.Test;

/**
 * {@link Identity} and the identity keys of {@link BlockletSchema}: did, version, description, title, logo, group,
 * main, specVersion and the closing did ↔ name rule.
 */
class IdentityTest {
    private static ManifestResult raw(String text) {
        return readRaw(OPTIONS, text, null);
    }

    /** {@code validateMeta}: the schema without the fix steps, so the did ↔ name rule sees the name as given. */
    private static ManifestResult validateMeta(ManifestOptions options, String json) {
        return MetaValidator.create(options).validateJson(json);
    }

    private static String meta(String did, String nameMember) {
        return "{\"did\":\"" + did + "\"," + nameMember + "\"version\":\"1.0.0\",\"description\":\"hello\"}";
    }

    @Test
    void rejectsInvalidDidAtItsValue() {
        ManifestResult r = raw("name: example\ndid: zNotADid\n");
        assertThat(render(r)).containsExactly("E did.invalid /did 2:6");
        assertThat(messages(r)).containsExactly("did \"zNotADid\" is not valid");
    }

    @Test
    void trimsDid() {
        ManifestResult r = raw("name: example\ndid: \"  " + DID + "  \"\n");
        assertThat(r.json().orElseThrow().get("did").stringValue()).isEqualTo(DID);
    }

    @Test
    void requiresDidAtTheRoot() {
        assertThat(render(raw("name: example\n"))).containsExactly("E any.required /did 1:1");
    }

    @Test
    void rejectsNumericVersionAsNotAString() {
        ManifestResult r = read("version: 1.0\n");
        assertThat(render(r)).containsExactly("E string.base /version 3:10");
        assertThat(messages(r)).containsExactly("\"version\" must be a string");
    }

    @Test
    void keepsLooseVersionAsWritten() {
        assertThat(json("version: v1.2.3\n", "version")).isEqualTo("\"v1.2.3\"");
        assertThat(json("version: 1.0.0-beta.1\n", "version")).isEqualTo("\"1.0.0-beta.1\"");
    }

    @Test
    void defaultsEmptyVersionAndDescription() {
        ManifestResult r = raw("name: example\ndid: " + DID + "\nversion: \"\"\ndescription: \"\"\n");
        assertThat(r.json().orElseThrow().get("version").stringValue()).isEqualTo("1.0.0");
        assertThat(r.json().orElseThrow().get("description").stringValue()).isEqualTo("Blocklet from undefined");
    }

    @Test
    void rejectsDescriptionShorterThanThreeAfterTrim() {
        ManifestResult r = read("description: \" ab \"\n");
        assertThat(render(r)).containsExactly("E string.min /description 3:14");
        assertThat(messages(r)).containsExactly("\"description\" length must be at least 3 characters long");
    }

    @Test
    void rejectsDescriptionLongerThan160() {
        ManifestResult r = read("description: " + "a".repeat(161) + "\n");
        assertThat(render(r)).containsExactly("E string.max /description 3:14");
        assertThat(json("description: " + "a".repeat(160) + "\n", "description")).hasSize(162);
    }

    @Test
    void countsCjkCharactersTwiceInTitle() {
        assertThat(json("title: " + "一二三四五六七八九十".repeat(2) + "\n", "title")).contains("十");
        ManifestResult r = read("title: " + "一二三四五六七八九十".repeat(2) + "一\n");
        assertThat(render(r)).containsExactly("E title.too-long /title 3:8");
        assertThat(messages(r)).containsExactly("\"title\" failed custom validation because title length should not "
                + "exceed 40 (see: https://www.npmjs.com/package/cjk-length)");
    }

    @Test
    void countsFullwidthLettersTwiceInTitle() {
        assertThat(read("title: ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴ\n").isValid()).isTrue();
        assertThat(render(read("title: ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵ\n")))
                .containsExactly("E title.too-long /title 3:8");
    }

    @Test
    void acceptsFortyAsciiTitleCharactersButNotFortyOne() {
        assertThat(read("title: " + "a".repeat(40) + "\n").isValid()).isTrue();
        assertThat(render(read("title: " + "a".repeat(41) + "\n"))).containsExactly("E title.too-long /title 3:8");
    }

    @Test
    void allowsEmptyTitleAndTrimsBlankTitleToEmpty() {
        assertThat(json("title: \"\"\n", "title")).isEqualTo("\"\"");
        assertThat(json("title: \"   \"\n", "title")).isEqualTo("\"\"");
        assertThat(json("title: \"  My App  \"\n", "title")).isEqualTo("\"My App\"");
    }

    @Test
    void trimsLogoAndMainWithoutCheckingFilesByDefault() {
        assertThat(json("logo: \"  missing.png \"\n", "logo")).isEqualTo("\"missing.png\"");
        assertThat(json("main: \" index.js \"\n", "main")).isEqualTo("\"index.js\"");
        assertThat(render(read("logo: 5\n"))).containsExactly("E string.base /logo 3:7");
    }

    @Test
    void rejectsUnknownGroup() {
        ManifestResult r = read("group: web\n");
        assertThat(render(r)).containsExactly("E any.only /group 3:8");
        assertThat(messages(r)).containsExactly("\"group\" must be one of [dapp, static, gateway, pack]");
        assertThat(json("group: pack\n", "group")).isEqualTo("\"pack\"");
    }

    @Test
    void requiresSpecVersionAtLeastOne() {
        ManifestResult r = read("specVersion: 0.9.0\n");
        assertThat(render(r)).containsExactly("E spec-version.too-low /specVersion 3:14");
        assertThat(messages(r)).containsExactly("\"specVersion\" needs to be greater than or equal to 1.0.0");
        assertThat(json("specVersion: 1.0.0\n", "specVersion")).isEqualTo("\"1.0.0\"");
    }

    @Test
    void reportsInvalidSpecVersionOnlyAsInvalidSemver() {
        ManifestResult r = read("specVersion: abc\n");
        assertThat(render(r)).containsExactly("E semver.valid /specVersion 3:14");
        assertThat(messages(r)).containsExactly("\"specVersion\" needs to be a valid semver expression");
    }

    @Test
    void reportsEveryIdentityErrorNotOnlyTheFirst() {
        ManifestResult r = raw("name: example\ndid: bad\nspecVersion: 0.5.0\n");
        assertThat(render(r)).containsExactly("E did.invalid /did 2:6", "E spec-version.too-low /specVersion 3:14");
    }

    @Test
    void rejectsDidThatIsNotDerivedFromName() {
        ManifestResult r = raw("name: other\ndid: " + DID + "\n");
        assertThat(render(r)).containsExactly("E did.name.mismatch  1:1");
        assertThat(messages(r)).containsExactly(
                "The did of name \"other\" should be \"z8iZwmvDg1NXetm7aRyQ5JUbvH47MxrUUV2hx\"");
    }

    @Test
    void comparesDerivedDidWithDidAsWrittenIncludingPrefix() {
        ManifestResult r = raw("name: example\ndid: did:abt:" + DID + "\n");
        assertThat(messages(r)).containsExactly("The did of name \"example\" should be \"" + DID + "\"");
    }

    @Test
    void rejectsNameThatIsNotAValidNewPackageName() {
        assertThat(messages(raw("name: Example\ndid: " + DID + "\n"))).containsExactly(
                "\"value\" failed custom validation because name can no longer contain capital letters");
        assertThat(messages(raw("name: http\ndid: " + DID + "\n"))).containsExactly(
                "\"value\" failed custom validation because http is a core module name");
        ManifestResult tooLong = raw("name: " + "x".repeat(33) + "\ndid: " + DID + "\n");
        assertThat(render(tooLong)).containsExactly("E name.invalid  1:1");
        assertThat(messages(tooLong)).containsExactly(
                "\"value\" failed custom validation because Blocklet name is too long");
    }

    @Test
    void rejectsNonStringName() {
        assertThat(render(raw("name: 5\ndid: " + DID + "\n"))).containsExactly("E string.base /name 1:7");
    }

    @Test
    void acceptsBlockletRoleDidWithAnyNameAndFixesNameToTheDid() {
        ManifestResult r = raw("name: whatever\ndid: " + BLOCKLET_ROLE_DID + "\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().orElseThrow().get("name").stringValue()).isEqualTo(BLOCKLET_ROLE_DID);
    }

    @Test
    void acceptsBlockletRoleDidWithoutNameInParse() {
        ManifestResult r = raw("did: " + BLOCKLET_ROLE_DID + "\n");
        assertThat(r.json().orElseThrow().get("name").stringValue()).isEqualTo(BLOCKLET_ROLE_DID);
    }

    @Test
    void requiresNameForRoleAnyDid() {
        assertThat(render(raw("did: " + DID + "\n"))).containsExactly("E any.required /name 1:1");
    }

    @Test
    void skipsNameCheckForBlockletRoleDidInValidateMeta() {
        ManifestResult r = validateMeta(OPTIONS, meta(BLOCKLET_ROLE_DID, "\"name\":\"whatever\","));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().orElseThrow().get("name").stringValue()).isEqualTo("whatever");
    }

    @Test
    void reportsRoleProblemWhenNameIsOptionalAndAbsent() {
        ManifestOptions ensureName = OPTIONS.toBuilder().ensureName(true).build();
        assertThat(validateMeta(ensureName, meta(BLOCKLET_ROLE_DID, "")).isValid()).isTrue();
        ManifestResult r = validateMeta(ensureName, meta(DID, ""));
        assertThat(render(r)).containsExactly("E did.role.invalid  1:1");
        assertThat(messages(r)).containsExactly("Blocklet DID's type must be ROLE_BLOCKLET");
    }

    @Test
    void rejectsRoleAnyDidAsNameUnlessSkipValidateDidName() {
        String m = meta(DID, "\"name\":\"" + DID + "\",");
        assertThat(messages(validateMeta(OPTIONS, m))).containsExactly(
                "\"value\" failed custom validation because Blocklet DID's type must be ROLE_BLOCKLET");
        assertThat(validateMeta(OPTIONS.toBuilder().skipValidateDidName(true).build(), m).isValid()).isTrue();
    }

    @Test
    void derivesDidOfBlockletRoleDidNameAsTheDidItself() {
        ManifestResult r = validateMeta(OPTIONS, meta(DID, "\"name\":\"" + BLOCKLET_ROLE_DID + "\","));
        assertThat(messages(r)).containsExactly(
                "The did of name \"" + BLOCKLET_ROLE_DID + "\" should be \"" + BLOCKLET_ROLE_DID + "\"");
    }
}
