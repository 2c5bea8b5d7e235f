package org.blocklet4j.meta.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.blocklet4j.meta.internal.js.JsError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostedGitInfoTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "user/repo|shortcut|git+https://github.com/user/repo.git",
        "github:user/repo#v1|shortcut|git+https://github.com/user/repo.git#v1",
        "gitlab:group/sub/repo|shortcut|git+https://gitlab.com/group/sub/repo.git",
        "bitbucket:user/repo|shortcut|git+https://bitbucket.org/user/repo.git",
        "gist:abcdef1234567|shortcut|git+https://gist.github.com/abcdef1234567.git",
        "https://github.com/user/repo|https|git+https://github.com/user/repo.git",
        "git@github.com:user/repo.git|sshurl|git+ssh://git@github.com/user/repo.git",
        "git://github.com/user/repo.git|git|git://github.com/user/repo.git",
        "http://github.com/user/repo|http|git+ssh://git@github.com/user/repo.git",
        "https://user:pass@github.com/user/repo.git|https|git+https://user:pass@github.com/user/repo.git",
    })
    void printsTheUrlTheFixStepWrites(String url, String representation, String fixed) {
        HostedGitInfo info = HostedGitInfo.fromUrl(url).orElseThrow();
        assertThat(info.getDefaultRepresentation()).isEqualTo(representation);
        assertThat(representation.equals("shortcut") ? info.https() : info.toString()).isEqualTo(fixed);
    }

    @Test
    void leavesAMissingUserPlaceholderInPlace() {
        assertThat(HostedGitInfo.fromUrl("github:repo").orElseThrow().https())
                .isEqualTo("git+https://github.com/{user}/repo.git");
    }

    @Test
    void expandsReplacementPatternsInTheRawCommittish() {
        assertThat(HostedGitInfo.fromUrl("https://github.com/u/r#a$&b").orElseThrow().https())
                .isEqualTo("git+https://github.com/u/r.git#a{#committish}b");
    }

    @Test
    void recognisesNoHostForAnUnknownDomain() {
        assertThat(HostedGitInfo.fromUrl("https://example.com/user/repo")).isEmpty();
        assertThat(HostedGitInfo.fromUrl("")).isEmpty();
    }

    @Test
    void throwsUriErrorForAMalformedEscapeInTheUserInfo() {
        assertThatThrownBy(() -> HostedGitInfo.fromUrl("https://%E0@github.com/u/r"))
                .isInstanceOfSatisfying(JsError.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "URIError: URI malformed"));
    }

    @Test
    void throwsInvalidUrlForUserInfoWithoutScheme() {
        assertThatThrownBy(() -> HostedGitInfo.fromUrl("//user@github.com/u/r"))
                .isInstanceOfSatisfying(JsError.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "TypeError: Invalid URL"));
    }

    @Test
    void throwsRangeErrorWhenPlaceholdersInTheCommittishOutgrowAString() {
        String url = "https://github.com/u/r#" + "{/committish}".repeat(8000);
        assertThatThrownBy(() -> HostedGitInfo.fromUrl(url).orElseThrow().https())
                .isInstanceOfSatisfying(JsError.class, e -> assertThat(e.errorName()).isEqualTo("RangeError"));
    }

    @Test
    void staysLinearOnInputsThatMakeTheReferenceRegexesBacktrack() {
        assertThat(HostedGitInfo.isGitHubShorthand("a/" + "b#".repeat(100_000) + "\n")).isFalse();
        assertThat(HostedGitInfo.fromUrl("git@h:" + "#".repeat(100_000) + "\nx")).isEmpty();
        assertThat(HostedGitInfo.fromUrl("x:" + "@".repeat(100_000) + "/")).isEmpty();
    }
}
