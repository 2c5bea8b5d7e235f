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

import java.time.ZoneId;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Bundle}: dist, stats, signatures, videos, resource and events. */
class BundleTest {
    private static final String EVENT_MESSAGE = "Event type must be in format of \"[noun.]verb\" like \"post.published\" "
            + "or \"post.comment.published\", and prefix \"blocklet.\" is reserved";

    private static String signature(String created) {
        return "signatures:\n  - type: ED25519\n    name: publisher\n    signer: z1\n    pk: pk\n    created: " + created
                + "\n    sig: s\n";
    }

    private static String created(ZoneId zone, String created) {
        ManifestResult r = readRaw(OPTIONS.toBuilder().zone(zone).build(), BASE + signature(created), null);
        return r.json().orElseThrow().at("/signatures/0/created").stringValue();
    }

    @Test
    void convertsSignatureDateWithOffsetToUtcIsoString() {
        assertThat(created(ZoneId.of("America/New_York"), "\"2024-01-02T03:04:05+08:00\""))
                .isEqualTo("2024-01-01T19:04:05.000Z");
    }

    @Test
    void readsSignatureDateWithoutOffsetInTheConfiguredZone() {
        assertThat(created(ZoneId.of("UTC"), "\"2024-01-02T03:04:05\"")).isEqualTo("2024-01-02T03:04:05.000Z");
        assertThat(created(ZoneId.of("Asia/Shanghai"), "\"2024-01-02T03:04:05\"")).isEqualTo("2024-01-01T19:04:05.000Z");
        assertThat(created(ZoneId.of("America/New_York"), "\"2024-06-01T00:00:00\"")).isEqualTo("2024-06-01T04:00:00.000Z");
    }

    @Test
    void readsDateOnlySignatureDateAsUtcMidnightInAnyZone() {
        assertThat(created(ZoneId.of("Asia/Shanghai"), "\"2024-01-02\"")).isEqualTo("2024-01-02T00:00:00.000Z");
    }

    @Test
    void rejectsSignatureDateThatIsNotIso() {
        ManifestResult r = read(signature("yesterday"));
        assertThat(render(r)).containsExactly("E string.isoDate /signatures/0/created 8:14");
        assertThat(messages(r)).containsExactly("\"signatures[0].created\" must be in iso format");
    }

    @Test
    void rejectsUnquotedYamlTimestampAsNotAString() {
        assertThat(render(read(signature("2024-01-02T03:04:05Z"))))
                .containsExactly("E string.base /signatures/0/created 8:14");
    }

    @Test
    void reportsEachMissingSignatureFieldAtTheSignature() {
        assertThat(render(read("signatures:\n  - type: ED25519\n    name: publisher\n"))).containsExactly(
                "E any.required /signatures/0/signer 4:5", "E any.required /signatures/0/pk 4:5",
                "E any.required /signatures/0/created 4:5", "E any.required /signatures/0/sig 4:5");
    }

    @Test
    void convertsLastPublishedAtAndAllowsNull() {
        assertThat(json("last_published_at: \"2024-05-06T07:08:09.123Z\"\n", "lastPublishedAt"))
                .isEqualTo("\"2024-05-06T07:08:09.123Z\"");
        assertThat(json("lastPublishedAt: null\n", "lastPublishedAt")).isEqualTo("null");
    }

    @Test
    void acceptsDistWithRelativeTarball() {
        assertThat(json("dist:\n  tarball: a.tgz\n  integrity: sha512-abc\n  size: 100\n", "dist"))
                .isEqualTo("{\"tarball\":\"a.tgz\",\"integrity\":\"sha512-abc\",\"size\":100}");
    }

    @Test
    void requiresDistIntegrity() {
        ManifestResult r = read("dist:\n  tarball: a.tgz\n");
        assertThat(render(r)).containsExactly("E any.required /dist/integrity 4:3");
    }

    @Test
    void requiresDistWithEnsureDist() {
        ManifestResult r = readRaw(OPTIONS.toBuilder().ensureDist(true).build(), BASE, null);
        assertThat(render(r)).containsExactly("E any.required /dist 1:1");
        assertThat(messages(r)).containsExactly("\"dist\" is required");
        ManifestResult present = readRaw(OPTIONS.toBuilder().ensureDist(true).build(),
                BASE + "dist:\n  tarball: a.tgz\n  integrity: x\n", null);
        assertThat(present.isValid()).isTrue();
    }

    @Test
    void defaultsStatsCountersAndRequiresIntegerDownloads() {
        assertThat(json("stats:\n  downloads: 5\n", "stats")).isEqualTo("{\"downloads\":5,\"star\":0,\"purchases\":0}");
        assertThat(render(read("stats:\n  downloads: 1.5\n"))).containsExactly("E number.integer /stats/downloads 4:14");
        assertThat(messages(read("stats:\n  downloads: -1\n")))
                .containsExactly("\"stats.downloads\" must be greater than -1");
    }

    @Test
    void acceptsYoutubeAndVimeoVideos() {
        assertThat(json("videos:\n  - https://www.youtube.com/watch?v=abc\n  - https://vimeo.com/123\n", "videos"))
                .isEqualTo("[\"https://www.youtube.com/watch?v=abc\",\"https://vimeo.com/123\"]");
    }

    @Test
    void rejectsOtherVideoLinksWithCustomMessage() {
        ManifestResult r = read("videos:\n  - https://example.com/v.mp4\n");
        assertThat(render(r)).containsExactly("E string.pattern.base /videos/0 4:5");
        assertThat(messages(r)).containsExactly("Each video URL must be a valid YouTube or Vimeo link");
    }

    @Test
    void rejectsFourthVideo() {
        assertThat(render(read("videos:\n  - https://youtu.be/a\n  - https://youtu.be/b\n  - https://youtu.be/c\n"
                + "  - https://youtu.be/d\n"))).containsExactly("E array.max /videos 4:3");
    }

    @Test
    void trimsResourceFields() {
        assertThat(json("resource:\n  exportApi: \" /api/resource \"\n  bundles:\n    - did: \" " + DID + " \"\n"
                + "      type: \" image \"\n      public: true\n  types:\n    - type: \" image \"\n"
                + "      description: \" pictures \"\n", "resource")).isEqualTo("{\"exportApi\":\"/api/resource\","
                + "\"bundles\":[{\"did\":\"" + DID + "\",\"type\":\"image\",\"public\":true}],"
                + "\"types\":[{\"type\":\"image\",\"description\":\"pictures\"}]}");
    }

    @Test
    void rejectsResourceBundleWithBadDidOrNoType() {
        assertThat(render(read("resource:\n  bundles:\n    - did: abc\n      type: image\n")))
                .containsExactly("E did.invalid /resource/bundles/0/did 5:12");
        assertThat(render(read("resource:\n  bundles:\n    - did: " + DID + "\n")))
                .containsExactly("E any.required /resource/bundles/0/type 5:7");
    }

    @Test
    void rejectsEleventhResourceType() {
        StringBuilder types = new StringBuilder("resource:\n  types:\n");
        for (int i = 0; i < 11; i++) {
            types.append("    - type: t").append(i).append('\n');
        }
        ManifestResult r = read(types.toString());
        assertThat(render(r)).containsExactly("E array.max /resource/types 5:5");
        assertThat(messages(r)).containsExactly("\"resource.types\" must contain less than or equal to 10 items");
    }

    @Test
    void trimsEventTypeAndDescription() {
        assertThat(json("events:\n  - type: \" post.published \"\n    description: \" A post \"\n", "events"))
                .isEqualTo("[{\"type\":\"post.published\",\"description\":\"A post\"}]");
    }

    @Test
    void rejectsEventTypeWithoutNoun() {
        ManifestResult r = read("events:\n  - type: published\n    description: d\n");
        assertThat(render(r)).containsExactly("E string.pattern.base /events/0/type 4:11");
        assertThat(messages(r)).containsExactly(EVENT_MESSAGE);
    }

    @Test
    void reservesBlockletPrefixOnlyAtTheStart() {
        assertThat(messages(read("events:\n  - type: blocklet.started\n    description: d\n")))
                .containsExactly(EVENT_MESSAGE);
        assertThat(read("events:\n  - type: my.blocklet.started\n    description: d\n").isValid()).isTrue();
    }

    @Test
    void rejectsEventTypeEndingInALineTerminatorThatTrimKeeps() {
        // U+0085 is no JavaScript white space, so trim() keeps it, and JavaScript's $ does not match before it.
        assertThat(messages(read("events:\n  - type: \"post.published\\N\"\n    description: d\n")))
                .containsExactly(EVENT_MESSAGE);
    }

    @Test
    void checksAnEventTypeOfThirtyThousandPartsWithoutRecursion() {
        String type = "a" + ".b".repeat(30_000);
        ManifestResult r = read("events:\n  - type: " + type + "\n    description: d\n");
        assertThat(render(r)).containsExactly("E string.max /events/0/type 4:11");
    }

    @Test
    void rejectsEventTypeUsedTwiceAfterTrimming() {
        ManifestResult r = read("events:\n  - type: a.b\n    description: d\n  - type: \" a.b\"\n    description: e\n");
        assertThat(render(r)).containsExactly("E array.unique /events/1 6:5");
        assertThat(messages(r)).containsExactly("\"events[1]\" contains a duplicate value");
    }

    @Test
    void requiresEventDescription() {
        assertThat(render(read("events:\n  - type: a.b\n"))).containsExactly("E any.required /events/0/description 4:5");
    }

    @Test
    void limitsEventTypeTo128Characters() {
        String type = "a".repeat(126) + ".b";
        assertThat(read("events:\n  - type: " + type + "\n    description: d\n").isValid()).isTrue();
        assertThat(render(read("events:\n  - type: a" + type + "\n    description: d\n")))
                .containsExactly("E string.max /events/0/type 4:11");
    }
}
