package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.BASE;
import static org.blocklet4j.meta.internal.rules.Manifests.DID;
import static org.blocklet4j.meta.internal.rules.Manifests.OPTIONS;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.readRaw;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BlockletSchema}: the keys it checks itself (links, repository, keywords, tags, files, …), unknown keys,
 * and the variants of {@code ensureFiles}.
 */
class BlockletSchemaTest {
    private static final ManifestOptions ENSURE_FILES = OPTIONS.toBuilder().ensureFiles(true).build();

    private static ManifestResult withFiles(Path dir, String more) {
        return readRaw(ENSURE_FILES, BASE + more, dir);
    }

    private static void touch(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void buildsEachVariantOnce() {
        BlockletSchema.Variant v = new BlockletSchema.Variant(false, false, true, false, false);
        assertThat(BlockletSchema.of(v)).isSameAs(BlockletSchema.of(new BlockletSchema.Variant(false, false, true, false, false)));
        assertThat(BlockletSchema.of(v)).isNotSameAs(BlockletSchema.of(new BlockletSchema.Variant(false, true, true, false, false)));
    }

    @Test
    void defaultsLinksAndLicenseToEmpty() {
        String meta = read("").json().orElseThrow().toString();
        assertThat(meta).contains("\"community\":\"\",\"documentation\":\"\",\"homepage\":\"\",\"license\":\"\","
                + "\"nftFactory\":\"\"");
    }

    @Test
    void rejectsLinksThatAreNotUris() {
        ManifestResult r = read("community: \"not a uri\"\nhomepage: example.com\ndocumentation: https://docs.example.com\n");
        assertThat(render(r)).containsExactly("E string.uri /community 3:12", "E string.uri /homepage 4:11");
        assertThat(messages(r)).containsExactly("\"community\" must be a valid uri", "\"homepage\" must be a valid uri");
    }

    @Test
    void rejectsNonStringLicense() {
        assertThat(render(read("license: 3\n"))).containsExactly("E string.base /license 3:10");
    }

    @Test
    void acceptsSupportAsUriOrEmail() {
        assertThat(json("support: help@example.com\n", "support")).isEqualTo("\"help@example.com\"");
        assertThat(json("support: https://example.com/support\n", "support")).isEqualTo("\"https://example.com/support\"");
        ManifestResult r = read("support: \"help at example\"\n");
        assertThat(render(r)).containsExactly("E alternatives.match /support 3:10");
        assertThat(messages(r)).containsExactly("\"support\" does not match any of the allowed types");
    }

    @Test
    void turnsRepositoryStringIntoGitObject() {
        assertThat(json("repository: https://github.com/example/repo\n", "repository"))
                .isEqualTo("{\"type\":\"git\",\"url\":\"git+https://github.com/example/repo.git\"}");
        assertThat(json("repository: github:example/repo\n", "repository"))
                .isEqualTo("{\"type\":\"git\",\"url\":\"git+https://github.com/example/repo.git\"}");
    }

    @Test
    void checksRepositoryObject() {
        assertThat(render(read("repository:\n  type: hg\n  url: https://example.com/repo\n")))
                .containsExactly("E any.only /repository/type 4:9");
        assertThat(render(read("repository:\n  type: git\n  url: \"not a url\"\n")))
                .containsExactly("E string.uri /repository/url 5:8");
        assertThat(json("repository:\n  type: git\n  url: https://example.com/repo.git\n  directory: packages/a\n",
                "repository")).isEqualTo("{\"type\":\"git\",\"url\":\"https://example.com/repo.git\",\"directory\":\"packages/a\"}");
    }

    @Test
    void rejectsNumericRepository() {
        ManifestResult r = read("repository: 5\n");
        assertThat(render(r)).containsExactly("E alternatives.types /repository 3:13");
        assertThat(messages(r)).containsExactly("\"repository\" must be one of [string, object]");
    }

    @Test
    void keepsKeywordsAndTagsAsTheFixLeavesThem() {
        assertThat(json("keywords:\n  - a\n  - \"\"\n", "keywords")).isEqualTo("[\"a\"]");
        assertThat(json("keywords:\n  - 1\n", "keywords")).isEqualTo("[]");
        assertThat(json("tags: \"x,y\"\n", "tags")).isEqualTo("[\"x,y\"]");
        assertThat(json("tags: \"\"\n", "tags")).isEqualTo("[]");
    }

    @Test
    void rejectsInvalidNftFactoryAtTheKeyAsWritten() {
        ManifestResult r = read("nft_factory: abc\n");
        assertThat(render(r)).containsExactly("E did.invalid /nftFactory 3:14");
        assertThat(json("nftFactory: " + DID + "\n", "nftFactory")).isEqualTo("\"" + DID + "\"");
    }

    @Test
    void rejectsInvalidBundleDid() {
        assertThat(render(read("bundleDid: nope\n"))).containsExactly("E did.invalid /bundleDid 3:12");
    }

    @Test
    void acceptsEmptyGitHashAndAnyHtmlAst() {
        assertThat(json("git_hash: \"\"\n", "gitHash")).isEqualTo("\"\"");
        assertThat(json("htmlAst:\n  any: [1, 2]\n", "htmlAst")).isEqualTo("{\"any\":[1,2]}");
    }

    @Test
    void defaultsEgressToTrueAndScreenshotsToEmpty() {
        assertThat(json("", "egress")).isEqualTo("true");
        assertThat(json("egress: false\n", "egress")).isEqualTo("false");
        assertThat(json("", "screenshots")).isEqualTo("[]");
        assertThat(render(read("screenshots:\n  - \"\"\n"))).containsExactly("E string.empty /screenshots/0 4:5");
    }

    @Test
    void warnsAboutUnknownTopLevelKeyUnderItsCamelCaseNameAtTheKeyAsWritten() {
        ManifestResult r = read("my_key: 1\n");
        assertThat(render(r)).containsExactly("W key.unknown /myKey 3:1");
        assertThat(r.warnings().get(0).message()).isEqualTo("\"myKey\" is not allowed and was removed");
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void warnsAboutUnknownKeyInsideChildrenAtItsKey() {
        ManifestResult r = read("children:\n  - foo: 1\n    source:\n      url: https://example.com/a.json\n");
        assertThat(render(r)).containsExactly("W key.unknown /components/0/foo 4:5");
    }

    @Test
    void takesTheLaterOfTwoKeysWithTheSameCamelCaseName() {
        assertThat(read("nft_factory: bad\nnftFactory: " + DID + "\n").isValid()).isTrue();
        assertThat(render(read("nftFactory: " + DID + "\nnft_factory: bad\n")))
                .containsExactly("E did.invalid /nftFactory 4:14");
    }

    @Test
    void trimsFilesWithoutEnsureFiles() {
        assertThat(json("files:\n  - \" dist \"\n", "files")).isEqualTo("[\"dist\"]");
    }

    @Test
    void doesNotCheckLogoWithoutEnsureFiles(@TempDir Path dir) {
        assertThat(readRaw(OPTIONS, BASE + "logo: missing.png\n", dir).isValid()).isTrue();
    }

    @Test
    void rejectsMissingLogoWithEnsureFiles(@TempDir Path dir) {
        ManifestResult r = withFiles(dir, "logo: logo.png\n");
        assertThat(render(r)).containsExactly("E file.enoent /logo 3:7");
        assertThat(messages(r)).containsExactly("file \"logo.png\" does not exist");
    }

    @Test
    void trimsLogoBeforeCheckingItExists(@TempDir Path dir) throws IOException {
        touch(dir, "logo.png");
        assertThat(withFiles(dir, "logo: \" logo.png \"\n").json().orElseThrow().get("logo").stringValue())
                .isEqualTo("logo.png");
    }

    @Test
    void rejectsAbsoluteLogoPathAsOutsideTheBlockletDirectory(@TempDir Path dir) throws IOException {
        // The reference joins "/logo.png" under the directory; a store must not let a manifest name absolute paths.
        touch(dir, "logo.png");
        ManifestResult r = withFiles(dir, "logo: /logo.png\n");
        assertThat(render(r)).containsExactly("E file.outside /logo 3:7");
    }

    @Test
    void rejectsFilesThatClimbOutOfTheBlockletDirectory(@TempDir Path parent) throws IOException {
        Path dir = Files.createDirectory(parent.resolve("blocklet"));
        touch(parent, "secret.txt");
        ManifestResult r = withFiles(dir, "files:\n  - ../secret.txt\n  - sub/../../secret.txt\n");
        assertThat(render(r)).containsExactly("E file.outside /files/0 4:5", "E file.outside /files/1 5:5");
        assertThat(messages(r).get(0)).isEqualTo("file \"../secret.txt\" is outside the blocklet directory");
    }

    @Test
    void rejectsALinkThatLeadsOutOfTheBlockletDirectory(@TempDir Path parent) throws IOException {
        Path dir = Files.createDirectory(parent.resolve("blocklet"));
        touch(parent, "secret.png");
        Files.createSymbolicLink(dir.resolve("logo.png"), parent.resolve("secret.png"));
        ManifestResult r = withFiles(dir, "logo: logo.png\n");
        assertThat(render(r)).containsExactly("E file.outside /logo 3:7");
    }

    @Test
    void acceptsDotSegmentsThatStayInside(@TempDir Path dir) throws IOException {
        touch(dir, "README.md");
        assertThat(withFiles(dir, "files: [./README.md, api/../README.md]\n").diagnostics()).isEmpty();
    }

    @Test
    void reportsEachMissingFile(@TempDir Path dir) throws IOException {
        touch(dir, "a.js");
        ManifestResult r = withFiles(dir, "files:\n  - a.js\n  - b.js\n  - c.js\n");
        assertThat(render(r)).containsExactly("E file.enoent /files/1 5:5", "E file.enoent /files/2 6:5");
        assertThat(messages(r)).containsExactly("file \"b.js\" does not exist", "file \"c.js\" does not exist");
    }

    @Test
    void skipsBundleEntryFilesAndGlobs(@TempDir Path dir) {
        ManifestResult r = withFiles(dir, "files:\n  - blocklet.js\n  - blocklet.zip\n  - \"dist/**\"\n  - \"*.md\"\n"
                + "  - \"public/{a,b}.png\"\n");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void checksBlockletJsInASubdirectory(@TempDir Path dir) {
        assertThat(render(withFiles(dir, "files:\n  - sub/blocklet.js\n"))).containsExactly("E file.enoent /files/0 4:5");
    }

    @Test
    void acceptsDirectoryAsFile(@TempDir Path dir) throws IOException {
        touch(dir, "dist/index.html");
        assertThat(withFiles(dir, "files:\n  - dist\n").isValid()).isTrue();
    }

    @Test
    void doesNotTrimFilesWithEnsureFiles(@TempDir Path dir) throws IOException {
        touch(dir, "a.js");
        assertThat(messages(withFiles(dir, "files:\n  - \" a.js\"\n"))).containsExactly("file \" a.js\" does not exist");
    }

    @Test
    void turnsOffEnsureFilesWithoutDirectory() {
        assertThat(readRaw(ENSURE_FILES, BASE + "logo: missing.png\n", null).isValid()).isTrue();
        assertThat(readRaw(ENSURE_FILES, BASE + "logo: missing.png\n", Path.of("no-such-dir-for-test")).isValid())
                .isTrue();
    }
}
