package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.Context;
import org.blocklet4j.meta.internal.schema.Issue;
import org.blocklet4j.meta.internal.schema.Path;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.Result;
import org.blocklet4j.meta.testing.JsonLines;
import org.blocklet4j.meta.testing.TaggedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link Docker}: the schema's shape, the argument rules, the top-level rule and long inputs. */
class DockerTest {
    private static Result validate(JsonNode docker) {
        return Docker.schema().validate(docker, Path.ROOT.key("docker"), new Context(null, ZoneOffset.UTC, true, true),
                null);
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) TaggedJson.decode(JsonLines.JSON.readTree(json));
    }

    @Test
    void camelCasesArgumentsAsReference() {
        assertThat(DockerArgs.toCamelCase("--link-local-ip")).isEqualTo("linkLocalIp");
        assertThat(DockerArgs.toCamelCase("--disable-content-trust")).isEqualTo("disableContentTrust");
        assertThat(DockerArgs.toCamelCase("-x")).isEqualTo("x");
        assertThat(DockerArgs.toCamelCase("--a-B-c")).isEqualTo("a-BC");
        assertThat(DockerArgs.allowedKeys()).containsExactly("env", "publish", "volume", "attach", "quiet",
                "entrypoint", "workdir", "cidfile", "detachKeys", "disableContentTrust", "domainname", "expose", "ip",
                "linkLocalIp", "platform");
    }

    @Test
    void keepsWorkdirFirstAmongKeys() {
        Result r = validate(object("{\"platform\":\"p\",\"workdir\":\"/w\",\"image\":\"i\"}"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.value().propertyNames()).containsExactly("platform", "workdir", "image", "command");
    }

    @Test
    void defaultsCommandToEmptyWithoutCheckingIt() {
        Result r = validate(object("{}"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.value().get("command").stringValue()).isEmpty();
    }

    @Test
    void reportsInvalidCommandWithJoisAnyInvalidText() {
        Issue issue = validate(object("{\"command\":\"sudo rm -rf /\"}")).errors().get(0);
        assertThat(issue.type()).isEqualTo("any.invalid");
        assertThat(issue.code()).isEqualTo("docker.command.invalid");
        assertThat(issue.path().pointer()).isEqualTo("/docker/command");
        assertThat(issue.message()).isEqualTo("\"docker.command\" contains an invalid value");
    }

    @Test
    void reportsVolumeRuleWithItsOwnMessage() {
        List<Issue> errors = validate(object("{\"volume\":[\"/etc:/etc\",\":x\",\"$BLOCKLET_DATA_DIR/../x\","
                + "\"$BLOCKLET_DATA_DIR/db:/db\",\"named:/x\"]}")).errors();
        assertThat(errors).extracting(Issue::type).containsOnly("custom");
        assertThat(errors).extracting(Issue::code).containsOnly("docker.volume.invalid");
        assertThat(errors).extracting(e -> e.path().pointer())
                .containsExactly("/docker/volume/0", "/docker/volume/1", "/docker/volume/2");
        assertThat(errors).extracting(Issue::message).containsExactly(
                "Volume must start with $BLOCKLET_APP_DIR or $BLOCKLET_DATA_DIR", "Volume must start with key:value",
                "Volume cannot contain \"..\"");
    }

    @Test
    void doesNotCheckPluralVolumesOrPublish() {
        assertThat(validate(object("{\"volumes\":[\"/etc:/etc\"],\"publish\":[\"../x\"]}")).isValid()).isTrue();
    }

    @Test
    void stripsDockerfileAndNetworkSoTopLevelRuleSeesNeither() throws Reject {
        Result r = validate(object("{\"image\":\"x\",\"dockerfile\":\"Dockerfile\",\"network\":\"host\"}"));
        assertThat(r.isValid()).isTrue();
        ObjectNode meta = JsTree.NODES.objectNode();
        meta.set("docker", r.value());
        Docker.checkTopLevel(meta);
        assertThat(meta.has("files")).isFalse();
    }

    @Test
    void rejectsImageWithDockerfile() {
        ObjectNode meta = object("{\"docker\":{\"image\":\"x\",\"dockerfile\":\"D\",\"network\":\"n\"}}");
        assertThatThrownBy(() -> Docker.checkTopLevel(meta)).isInstanceOf(Reject.class)
                .hasMessage("Image and dockerfile cannot be set at the same time");
    }

    @Test
    void rejectsNetwork() {
        ObjectNode meta = object("{\"docker\":{\"dockerfile\":\"D\",\"network\":1}}");
        assertThatThrownBy(() -> Docker.checkTopLevel(meta)).isInstanceOf(Reject.class)
                .hasMessage("ExportPorts and network cannot be set at the same time");
    }

    @Test
    void ignoresFalsyNetworkAndDockerfile() throws Reject {
        ObjectNode meta = object("{\"docker\":{\"image\":\"x\",\"dockerfile\":\"\",\"network\":false},\"a\":1}");
        Docker.checkTopLevel(meta);
        assertThat(meta.propertyNames()).containsExactly("docker", "a");
    }

    @Test
    void appendsDockerfileToFilesCreatingThemLast() throws Reject {
        ObjectNode meta = object("{\"docker\":{\"dockerfile\":\"Dockerfile\"},\"egress\":true}");
        Docker.checkTopLevel(meta);
        assertThat(meta.propertyNames()).containsExactly("docker", "egress", "files");
        assertThat(meta.get("files").get(0).stringValue()).isEqualTo("Dockerfile");
    }

    @Test
    void appendsDockerfileAsItIsToExistingFiles() throws Reject {
        ObjectNode meta = object("{\"files\":[],\"docker\":{\"dockerfile\":[1]}}");
        Docker.checkTopLevel(meta);
        ArrayNode files = (ArrayNode) meta.get("files");
        assertThat(files.size()).isEqualTo(1);
        assertThat(files.get(0).isArray()).isTrue();
        assertThat(meta.propertyNames()).containsExactly("files", "docker");
    }

    @Test
    void failsAsReferenceWhenFilesIsNotAnArray() {
        ObjectNode meta = object("{\"files\":\"x\",\"docker\":{\"dockerfile\":\"D\"}}");
        assertThatThrownBy(() -> Docker.checkTopLevel(meta)).isInstanceOf(Reject.class)
                .hasMessage("data.files.push is not a function");
    }

    @Test
    void ignoresManifestWithoutDocker() throws Reject {
        ObjectNode meta = object("{\"files\":[\"a\"]}");
        Docker.checkTopLevel(meta);
        assertThat(meta.get("files").size()).isEqualTo(1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only
    void returnsOnHundredThousandCharacterValues() {
        String run = "a".repeat(100_000);
        String spaces = " \u00a0\u3000".repeat(33_334);
        ObjectNode docker = JsTree.NODES.objectNode();
        docker.put("command", run + "#");
        docker.put("image", run + " " + run);
        docker.put("workdir", spaces);
        docker.put("shell", spaces + run + spaces);
        ArrayNode volume = docker.putArray("volume");
        volume.add("/" + ".".repeat(99_999));
        volume.add(":".repeat(100_000));
        volume.add("$BLOCKLET_DATA_DIR/" + "x:".repeat(50_000));
        docker.putArray("publish").add(spaces + run);
        Result r = validate(docker);
        assertThat(r.errors()).extracting(Issue::type).containsExactly("string.empty", "string.pattern.base",
                "any.invalid", "custom", "custom");
        assertThat(r.value().get("shell").stringValue()).isEqualTo(run);

        ObjectNode valid = JsTree.NODES.objectNode();
        valid.put("command", "@a ".repeat(33_333));
        valid.put("image", run);
        valid.putArray("volume").add("$BLOCKLET_APP_DIR/" + run);
        assertThat(validate(valid).isValid()).isTrue();
    }
}
