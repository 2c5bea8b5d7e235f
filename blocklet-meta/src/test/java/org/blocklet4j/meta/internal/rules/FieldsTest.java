package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.Context;
import org.blocklet4j.meta.internal.schema.Issue;
import org.blocklet4j.meta.internal.schema.Path;
import org.blocklet4j.meta.internal.schema.Result;
import org.blocklet4j.meta.internal.schema.Schema;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@link Fields}: the shared field types, validated on their own at {@code /field}. */
class FieldsTest {
    private static final Path AT = Path.ROOT.key("field");

    private static Result check(Schema<?> schema, JsonNode value, ZoneId zone) {
        return schema.validate(value, AT, new Context(null, zone, true, true), null);
    }

    private static Result check(Schema<?> schema, String value) {
        return check(schema, JsTree.NODES.stringNode(value), ZoneOffset.UTC);
    }

    private static Issue onlyError(Result r) {
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0);
    }

    @Test
    void rejectsInvalidDidWithValueInMessage() {
        Issue e = onlyError(check(Fields.did(), "abc"));
        assertThat(e.code()).isEqualTo("did.invalid");
        assertThat(e.path().pointer()).isEqualTo("/field");
        assertThat(e.message()).isEqualTo("did \"abc\" is not valid");
        assertThat(check(Fields.did(), Manifests.DID).isValid()).isTrue();
        assertThat(check(Fields.did(), "did:abt:" + Manifests.DID).isValid()).isTrue();
    }

    @Test
    void acceptsLooseSemverAndKeepsItAsWritten() {
        assertThat(check(Fields.semver(), "v1.2.3").value().stringValue()).isEqualTo("v1.2.3");
        Issue e = onlyError(check(Fields.semver(), "1.2"));
        assertThat(e.code()).isEqualTo("semver.valid");
        assertThat(e.message()).isEqualTo("\"field\" needs to be a valid semver expression");
    }

    @Test
    void acceptsSemverRangesAndRejectsGarbage() {
        assertThat(check(Fields.semverRange(), "^1.2 || >=3").isValid()).isTrue();
        assertThat(check(Fields.semverRange(), "*").isValid()).isTrue();
        assertThat(onlyError(check(Fields.semverRange(), "not a range")).message())
                .isEqualTo("\"field\" needs to be a valid semver range");
    }

    @Test
    void acceptsLatestOrRangeAsVersion() {
        assertThat(check(Fields.versionOrLatest(), "latest").isValid()).isTrue();
        assertThat(check(Fields.versionOrLatest(), "1.x").isValid()).isTrue();
        assertThat(onlyError(check(Fields.versionOrLatest(), "banana")).code()).isEqualTo("semver.valid");
    }

    @Test
    void restrictsUriSchemesWhenGiven() {
        assertThat(check(Fields.uri(false), "ftp://example.com/a").isValid()).isTrue();
        Issue e = onlyError(check(Fields.uri(false, "http", "https"), "ftp://example.com/a"));
        assertThat(e.code()).isEqualTo("string.uriCustomScheme");
        assertThat(e.message()).isEqualTo("\"field\" must be a valid uri with a scheme matching the http|https pattern");
    }

    @Test
    void acceptsRelativeUriOnlyWhenAllowed() {
        assertThat(check(Fields.uri(true), "/a/b").isValid()).isTrue();
        assertThat(onlyError(check(Fields.uri(false), "/a/b")).message()).isEqualTo("\"field\" must be a valid uri");
    }

    @Test
    void checksEmailWithoutTopLevelDomainList() {
        assertThat(check(Fields.email(), "jane@example.invalidtld").isValid()).isTrue();
        assertThat(onlyError(check(Fields.email(), "jane")).message()).isEqualTo("\"field\" must be a valid email");
    }

    @Test
    void convertsIsoDateInTheContextZone() {
        Result r = check(Fields.isoDate(), JsTree.NODES.stringNode("2024-01-02T03:04:05"), ZoneId.of("Asia/Tokyo"));
        assertThat(r.value().stringValue()).isEqualTo("2024-01-01T18:04:05.000Z");
        assertThat(onlyError(check(Fields.isoDate(), "2024-13-01")).message())
                .isEqualTo("\"field\" must be in iso format");
    }

    @Test
    void trimsTitleBeforeMeasuringIt() {
        assertThat(check(Fields.title(), "  " + "a".repeat(40) + "  ").value().stringValue()).isEqualTo("a".repeat(40));
        Issue e = onlyError(check(Fields.title(), "中".repeat(21)));
        assertThat(e.type()).isEqualTo("any.custom");
        assertThat(e.code()).isEqualTo("title.too-long");
    }

    @Test
    void trimsDescriptionAndBoundsItsLength() {
        assertThat(check(Fields.description(), " abc ").value().stringValue()).isEqualTo("abc");
        assertThat(onlyError(check(Fields.description(), "ab")).code()).isEqualTo("string.min");
        assertThat(onlyError(check(Fields.description(), "a".repeat(161))).code()).isEqualTo("string.max");
    }

    @Test
    void acceptsBlockletRoleDidAsNameButNotAnyRoleDid() {
        assertThat(check(Fields.blockletName(), Manifests.BLOCKLET_ROLE_DID).isValid()).isTrue();
        Issue e = onlyError(check(Fields.blockletName(), Manifests.DID));
        assertThat(e.code()).isEqualTo("name.invalid");
        assertThat(e.message()).isEqualTo("\"field\" failed custom validation because Blocklet DID's type must be ROLE_BLOCKLET");
    }

    @Test
    void rejectsMountPointCharactersAfterTrimming() {
        assertThat(check(Fields.mountPoint(), " /blog ").value().stringValue()).isEqualTo("/blog");
        for (String bad : new String[] {"/a b", "/a$", "/a*", "/a+", "/a~", "/a(", "/a'", "/a\"", "/a!", "/a:", "/a@", "/a\\"}) {
            Issue e = onlyError(check(Fields.mountPoint(), bad));
            assertThat(e.code()).as(bad).isEqualTo("mount-point.invalid");
        }
        assertThat(onlyError(check(Fields.mountPoint(), "  ")).code()).isEqualTo("string.empty");
    }
}
