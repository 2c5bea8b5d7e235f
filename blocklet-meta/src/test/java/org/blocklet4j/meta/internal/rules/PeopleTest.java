package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.DID;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link People}: author, contributors, maintainers (after the person fix) and owner. */
class PeopleTest {
    @Test
    void parsesAuthorStringIntoPerson() {
        assertThat(json("author: \"Jane Doe <jane@example.com> (https://jane.example.com)\"\n", "author"))
                .isEqualTo("{\"name\":\"Jane Doe\",\"email\":\"jane@example.com\",\"url\":\"https://jane.example.com\"}");
    }

    @Test
    void requiresPersonName() {
        ManifestResult r = read("author:\n  email: jane@example.com\n");
        assertThat(render(r)).containsExactly("E any.required /author/name 4:3");
        assertThat(messages(r)).containsExactly("\"author.name\" is required");
    }

    @Test
    void rejectsPersonEmailThatIsNotAnEmail() {
        ManifestResult r = read("author:\n  name: Jane\n  email: not-an-email\n");
        assertThat(render(r)).containsExactly("E string.email /author/email 5:10");
        assertThat(messages(r)).containsExactly("\"author.email\" must be a valid email");
    }

    @Test
    void rejectsPersonUrlThatIsNotAUri() {
        ManifestResult r = read("author:\n  name: Jane\n  url: \"not a url\"\n");
        assertThat(render(r)).containsExactly("E string.uri /author/url 5:8");
        assertThat(messages(r)).containsExactly("\"author.url\" must be a valid uri");
    }

    @Test
    void acceptsContributorsAsStringsAndObjects() {
        assertThat(json("contributors:\n  - \"Bob <bob@example.com>\"\n  - name: Alice\n", "contributors"))
                .isEqualTo("[{\"name\":\"Bob\",\"email\":\"bob@example.com\"},{\"name\":\"Alice\"}]");
    }

    @Test
    void pointsAtTheMaintainerWhoseNameIsMissing() {
        ManifestResult r = read("maintainers:\n  - name: Alice\n  - name: \"\"\n");
        assertThat(render(r)).containsExactly("E any.required /maintainers/1/name 5:11");
        assertThat(messages(r)).containsExactly("\"maintainers[1].name\" is required");
    }

    @Test
    void dropsUnknownPersonKeysInThePersonFix() {
        ManifestResult r = read("author:\n  name: Jane\n  twitter: jd\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().orElseThrow().get("author").toString()).isEqualTo("{\"name\":\"Jane\"}");
    }

    @Test
    void trimsOwnerDidAndFullNameAndDefaultsEmail() {
        assertThat(json("owner:\n  did: \" " + DID + " \"\n  fullName: \" Jane \"\n", "owner"))
                .isEqualTo("{\"did\":\"" + DID + "\",\"fullName\":\"Jane\",\"email\":\"\"}");
    }

    @Test
    void treatsEmptyOwnerEmailAsAbsentAndKeepsNull() {
        String owner = "owner:\n  did: " + DID + "\n  fullName: Jane\n";
        assertThat(json(owner + "  email: \"\"\n", "owner")).endsWith("\"email\":\"\"}");
        assertThat(json(owner + "  email: null\n", "owner")).endsWith("\"email\":null}");
        assertThat(json(owner + "  email: a@b.c\n", "owner")).endsWith("\"email\":\"a@b.c\"}");
    }

    @Test
    void requiresOwnerDid() {
        ManifestResult r = read("owner:\n  fullName: Jane\n");
        assertThat(render(r)).containsExactly("E any.required /owner/did 4:3");
    }

    @Test
    void rejectsInvalidOwnerDid() {
        ManifestResult r = read("owner:\n  did: abc\n  fullName: Jane\n");
        assertThat(render(r)).containsExactly("E did.invalid /owner/did 4:8");
        assertThat(messages(r)).containsExactly("did \"abc\" is not valid");
    }
}
