package org.blocklet4j.meta.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockletNameTest {
    private static final String ANY_ROLE_DID = "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf";
    private static final String BLOCKLET_ROLE_DID = "z2qZwzdTFvPFN275o7wm4WwXTAVBvdSfHSDqq";

    @Test
    void reportsBlacklistErrorBeforeCapitalLetterWarning() {
        assertThat(BlockletName.validate("Node_Modules")).contains("node_modules is a blacklisted name");
        NpmPackageName.Result result = NpmPackageName.validate("Node_Modules");
        assertThat(result.errors()).containsExactly("node_modules is a blacklisted name");
        assertThat(result.warnings()).containsExactly("name can no longer contain capital letters");
        assertThat(result.validForOldPackages()).isFalse();
    }

    @Test
    void reportsCoreModuleNameAsWarning() {
        assertThat(BlockletName.validate("HTTP")).contains("http is a core module name");
        NpmPackageName.Result result = NpmPackageName.validate("http");
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).containsExactly("http is a core module name");
        assertThat(result.validForOldPackages()).isTrue();
        assertThat(result.validForNewPackages()).isFalse();
    }

    @Test
    void acceptsScopedNames() {
        assertThat(BlockletName.validate("@s/crypto")).isEmpty();
        assertThat(BlockletName.validate("@arcblock/did-connect")).isEmpty();
    }

    @Test
    void rejectsUnscopedSlash() {
        assertThat(BlockletName.validate("a/b")).contains("name can only contain URL-friendly characters");
        assertThat(BlockletName.validate("@s/p/q")).contains("name can only contain URL-friendly characters");
    }

    @Test
    void reportsSpacesFirst() {
        assertThat(BlockletName.validate(" lead")).contains("name cannot contain leading or trailing spaces");
        assertThat(BlockletName.validate("\u00a0lead")).contains("name cannot contain leading or trailing spaces");
    }

    @Test
    void limitsLengthTo32Utf16Units() {
        assertThat(BlockletName.validate("x".repeat(32))).isEmpty();
        assertThat(BlockletName.validate("x".repeat(33))).contains(BlockletName.TOO_LONG);
    }

    @Test
    void requiresBlockletRoleForDidNames() {
        assertThat(BlockletName.validate(ANY_ROLE_DID)).contains(BlockletName.NOT_BLOCKLET_ROLE);
        assertThat(BlockletName.validate(ANY_ROLE_DID, false)).isEmpty();
        assertThat(BlockletName.validate(BLOCKLET_ROLE_DID)).isEmpty();
        assertThat(BlockletName.validate("did:abt:" + BLOCKLET_ROLE_DID)).isEmpty();
        assertThat(BlockletName.validateNewDid(BLOCKLET_ROLE_DID)).isEmpty();
        assertThat(BlockletName.validateNewDid(ANY_ROLE_DID)).contains(BlockletName.NOT_BLOCKLET_ROLE);
        assertThat(BlockletName.validateNewDid(null)).contains(BlockletName.NOT_BLOCKLET_ROLE);
    }

    @Test
    void reportsLoneSurrogateAsUriMalformed() {
        assertThat(BlockletName.validate(" \ud800")).contains(NpmPackageName.URI_MALFORMED);
        assertThat(NpmPackageName.validate("a\udc00").errors()).containsExactly(NpmPackageName.URI_MALFORMED);
        assertThat(BlockletName.validate("\ud83d\ude00")).contains("name can only contain URL-friendly characters");
    }

    @Test
    void treatsNullAsUndefined() {
        assertThat(NpmPackageName.validate(null).errors()).containsExactly("name cannot be undefined");
        assertThat(BlockletName.validate(null)).contains("name cannot be undefined");
    }

    @Test
    void seesCapitalLettersNewerThanJava17() {
        assertThat(NpmPackageName.validate("\u2c2f").warnings())
                .containsExactly("name can no longer contain capital letters");
        assertThat(NpmPackageName.validate("\ud801\udd70").warnings())
                .containsExactly("name can no longer contain capital letters");
    }

    @Test
    void listsMessagesInReferenceOrder() {
        NpmPackageName.Result result = NpmPackageName.validate("_A b");
        assertThat(result.errors()).containsExactly("name cannot start with an underscore",
                "name can only contain URL-friendly characters");
        assertThat(result.warnings()).containsExactly("name can no longer contain capital letters");
        assertThat(NpmPackageName.validate("").errors()).containsExactly("name length must be greater than zero");
        assertThat(NpmPackageName.validate("A".repeat(215)).warnings()).containsExactly(
                "name can no longer contain more than 214 characters", "name can no longer contain capital letters");
        assertThat(NpmPackageName.validate("@s~/p(").warnings())
                .containsExactly("name can no longer contain special characters (\"~'!()*\")");
    }
}
