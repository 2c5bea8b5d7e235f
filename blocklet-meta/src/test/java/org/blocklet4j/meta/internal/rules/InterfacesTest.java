package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;
import static org.blocklet4j.meta.internal.rules.Manifests.valid;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@link Interfaces}: each interface's keys and defaults, and the rules on the list. */
class InterfacesTest {
    private static final String WEB = "interfaces:\n  - type: web\n    name: a\n";

    /** The first interface of a valid manifest whose interfaces are {@code yaml}. */
    private static JsonNode first(String yaml) {
        return valid(yaml).get("interfaces").get(0);
    }

    @Test
    void lowercasesTypeAndFillsInDefaults() {
        assertThat(first("interfaces:\n  - type: WEB\n    name: publicUrl\n").toString()).isEqualTo(
                "{\"type\":\"web\",\"name\":\"publicUrl\",\"path\":\"/\",\"prefix\":\"*\",\"protocol\":\"http\","
                        + "\"port\":\"BLOCKLET_PORT\",\"proxyBehavior\":\"service\"}");
    }

    @Test
    void rejectsUnknownType() {
        ManifestResult r = read("interfaces:\n  - type: socket\n    name: a\n");
        assertThat(render(r)).containsExactly("E any.only /interfaces/0/type 4:11");
        assertThat(messages(r)).containsExactly(
                "\"interfaces[0].type\" must be one of [web, service, wellknown, docker]");
    }

    @Test
    void reportsNonStringTypeAsNotAllowedAndNotAString() {
        ManifestResult r = read("interfaces:\n  - type: 1\n    name: a\n");
        assertThat(render(r)).containsExactly("E any.only /interfaces/0/type 4:11",
                "E string.base /interfaces/0/type 4:11");
    }

    @Test
    void requiresName() {
        ManifestResult r = read("interfaces:\n  - type: web\n");
        assertThat(render(r)).containsExactly("E any.required /interfaces/0/name 4:5");
        assertThat(messages(r)).containsExactly("\"interfaces[0].name\" is required");
    }

    @Test
    void lowercasesProtocol() {
        assertThat(first(WEB + "    protocol: TCP\n").get("protocol").stringValue()).isEqualTo("tcp");
    }

    @Test
    void rejectsUnknownProtocol() {
        ManifestResult r = read(WEB + "    protocol: ftp\n");
        assertThat(render(r)).containsExactly("E any.only /interfaces/0/protocol 6:15");
        assertThat(messages(r)).containsExactly("\"interfaces[0].protocol\" must be one of [tcp, udp, http]");
    }

    @Test
    void uppercasesPortName() {
        assertThat(first(WEB + "    port: my_port\n").get("port").stringValue()).isEqualTo("MY_PORT");
    }

    @Test
    void uppercasesInternalPortOfPortObject() {
        assertThat(first(WEB + "    port:\n      internal: my_port\n      external: 8080\n").get("port").toString())
                .isEqualTo("{\"internal\":\"MY_PORT\",\"external\":8080}");
    }

    @Test
    void rejectsExternalPortOutOfRange() {
        ManifestResult r = read(WEB + "    port:\n      internal: my_port\n      external: 70000\n");
        assertThat(render(r)).containsExactly("E number.port /interfaces/0/port/external 8:17");
        assertThat(messages(r)).containsExactly("\"interfaces[0].port.external\" must be a valid port");
    }

    @Test
    void rejectsNumericPortAsNeitherStringNorObject() {
        ManifestResult r = read(WEB + "    port: 8080\n");
        assertThat(render(r)).containsExactly("E alternatives.types /interfaces/0/port 6:11");
        assertThat(messages(r)).containsExactly("\"interfaces[0].port\" must be one of [string, object]");
    }

    @Test
    void trimsPrefixAndPath() {
        JsonNode x = first(WEB + "    prefix: \" /api \"\n    path: \" /x \"\n");
        assertThat(x.get("prefix").stringValue()).isEqualTo("/api");
        assertThat(x.get("path").stringValue()).isEqualTo("/x");
    }

    @Test
    void rejectsEmptyPrefix() {
        ManifestResult r = read(WEB + "    prefix: \"\"\n");
        assertThat(render(r)).containsExactly("E string.empty /interfaces/0/prefix 6:13");
        assertThat(messages(r)).containsExactly("\"interfaces[0].prefix\" is not allowed to be empty");
    }

    @Test
    void keepsContainerPortAndTrimsHostIp() {
        JsonNode x = first("interfaces:\n  - type: docker\n    name: a\n    containerPort: 3000\n"
                + "    hostIP: \" 127.0.0.1 \"\n");
        assertThat(x.get("containerPort").doubleValue()).isEqualTo(3000);
        assertThat(x.get("hostIP").stringValue()).isEqualTo("127.0.0.1");
    }

    @Test
    void rejectsContainerPortOutOfRange() {
        ManifestResult r = read("interfaces:\n  - type: docker\n    name: a\n    containerPort: 65536\n");
        assertThat(render(r)).containsExactly("E number.port /interfaces/0/containerPort 6:20");
    }

    @Test
    void acceptsHostIpWithCidrAndRejectsBadAddress() {
        assertThat(first(WEB + "    hostIP: 10.0.0.0/8\n").get("hostIP").stringValue()).isEqualTo("10.0.0.0/8");
        ManifestResult r = read(WEB + "    hostIP: 300.1.1.1\n");
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/interfaces/0/hostIP");
            assertThat(d.message()).isEqualTo("\"interfaces[0].hostIP\" must be a valid ip address of one of the "
                    + "following versions [ipv4, ipv6] with a optional CIDR");
        });
    }

    @Test
    void normalisesCacheablePaths() {
        assertThat(first(WEB + "    cacheable:\n      - \"//static//js/\"\n      - \" assets \"\n").get("cacheable")
                .toString()).isEqualTo("[\"/static/js\",\"/assets\"]");
    }

    @Test
    void rejectsRootAsCacheablePath() {
        ManifestResult r = read(WEB + "    cacheable:\n      - \"/\"\n");
        assertThat(render(r)).containsExactly("E interface.cacheable.invalid /interfaces/0/cacheable/0 7:9");
        assertThat(messages(r)).containsExactly("cacheable path must be a valid pathname that is not /");
    }

    @Test
    void comparesCacheablePathsAfterNormalising() {
        ManifestResult r = read(WEB + "    cacheable:\n      - /a\n      - a/\n");
        assertThat(render(r)).containsExactly("E array.unique /interfaces/0/cacheable/1 8:9");
        assertThat(messages(r)).containsExactly("\"interfaces[0].cacheable[1]\" contains a duplicate value");
    }

    @Test
    void rejectsServiceNamedTwice() {
        ManifestResult r = read(WEB + "    services:\n      - name: auth\n      - name: auth\n");
        assertThat(render(r)).containsExactly("E array.unique /interfaces/0/services/1 8:9");
    }

    @Test
    void stripsUnknownAuthConfigKeysInTheServiceFix() {
        JsonNode x = first(WEB + "    services:\n      - name: auth\n        config:\n"
                + "          whoCanAccess: invited\n          extra: 1\n");
        assertThat(x.get("services").toString()).isEqualTo("[{\"name\":\"auth\",\"config\":{\"whoCanAccess\":\"invited\"}}]");
    }

    @Test
    void stopsAtInvalidAuthConfig() {
        ManifestResult r = read(WEB + "    services:\n      - name: auth\n        config:\n          whoCanAccess: nobody\n");
        assertThat(render(r)).containsExactly("E service.config.invalid /interfaces/0/services/0/config 9:11");
        assertThat(messages(r)).containsExactly(
                "Invalid blocklet service config: \"whoCanAccess\" must be one of [owner, invited, all]");
    }

    @Test
    void rejectsEndpointTypeUsedTwice() {
        ManifestResult r = read(WEB + "    endpoints:\n      - type: x\n        path: /a\n      - type: x\n        path: /b\n");
        assertThat(render(r)).containsExactly("E array.unique /interfaces/0/endpoints/1 9:9");
    }

    @Test
    void trimsEndpointTypeAndParams() {
        JsonNode x = first(WEB + "    endpoints:\n      - type: \" x \"\n        path: /a\n        meta:\n"
                + "          vcType: T\n          payable: true\n          params:\n"
                + "            - name: \" p \"\n              description: \" d \"\n");
        assertThat(x.get("endpoints").toString()).isEqualTo("[{\"type\":\"x\",\"path\":\"/a\",\"meta\":{\"vcType\":\"T\","
                + "\"payable\":true,\"params\":[{\"name\":\"p\",\"description\":\"d\"}]}}]");
    }

    @Test
    void requiresEndpointPath() {
        ManifestResult r = read(WEB + "    endpoints:\n      - type: x\n");
        assertThat(render(r)).containsExactly("E any.required /interfaces/0/endpoints/0/path 7:9");
    }

    @Test
    void trimsPageGroupsAndRejectsDuplicates() {
        assertThat(first(WEB + "    pageGroups:\n      - \" g1 \"\n      - g2\n").get("pageGroups").toString())
                .isEqualTo("[\"g1\",\"g2\"]");
        assertThat(render(read(WEB + "    pageGroups:\n      - g1\n      - g1\n")))
                .containsExactly("E array.unique /interfaces/0/pageGroups/1 8:9");
    }

    @Test
    void acceptsOnlyServiceOrDirectProxyBehavior() {
        assertThat(first(WEB + "    proxyBehavior: direct\n").get("proxyBehavior").stringValue()).isEqualTo("direct");
        ManifestResult r = read(WEB + "    proxyBehavior: proxy\n");
        assertThat(render(r)).containsExactly("E any.only /interfaces/0/proxyBehavior 6:20");
        assertThat(messages(r)).containsExactly("\"interfaces[0].proxyBehavior\" must be one of [service, direct]");
    }

    @Test
    void rejectsSecondWebInterface() {
        ManifestResult r = read(WEB + "  - type: WEB\n    name: b\n");
        assertThat(render(r)).containsExactly("E interface.web.multiple /interfaces 4:3");
        assertThat(messages(r)).containsExactly("Only one web interface can be declared");
    }

    @Test
    void rejectsInterfaceNameUsedTwice() {
        ManifestResult r = read(WEB + "  - type: service\n    name: a\n");
        assertThat(render(r)).containsExactly("E array.unique /interfaces/1 6:5");
        assertThat(messages(r)).containsExactly("\"interfaces[1]\" contains a duplicate value");
    }

    @Test
    void requiresWellKnownPrefixForWellKnownInterface() {
        ManifestResult r = read("interfaces:\n  - type: wellknown\n    name: a\n    prefix: /api\n");
        assertThat(render(r)).containsExactly("E interface.wellknown.prefix /interfaces 4:3");
        assertThat(messages(r)).containsExactly("Wellknown path prefix must start with: /.well-known");
    }

    @Test
    void rejectsWellKnownInterfaceWithDefaultPrefix() {
        assertThat(render(read("interfaces:\n  - type: wellknown\n    name: a\n")))
                .containsExactly("E interface.wellknown.prefix /interfaces 4:3");
    }

    @Test
    void acceptsWellKnownPrefix() {
        assertThat(first("interfaces:\n  - type: wellknown\n    name: a\n    prefix: /.well-known/x\n")
                .get("prefix").stringValue()).isEqualTo("/.well-known/x");
    }

    @Test
    void warnsAboutUnknownInterfaceKeyAtTheKey() {
        ManifestResult r = read(WEB + "    colour: red\n");
        assertThat(render(r)).containsExactly("W key.unknown /interfaces/0/colour 6:5");
        assertThat(r.warnings().get(0).message()).isEqualTo("\"interfaces[0].colour\" is not allowed and was removed");
        assertThat(r.json().orElseThrow().get("interfaces").get(0).has("colour")).isFalse();
    }
}
