package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Requirements}: requirements, timeout, capabilities and copyright. */
class RequirementsTest {
    @Test
    void defaultsRequirementsAndTimeoutWhenAbsent() {
        assertThat(json("", "requirements")).isEqualTo("{\"server\":\">=1.7.0\",\"os\":\"*\",\"cpu\":\"*\",\"nodejs\":\"*\"}");
        assertThat(json("", "timeout")).isEqualTo("{\"start\":60}");
    }

    @Test
    void addsNoDefaultsInsideGivenRequirements() {
        assertThat(json("requirements:\n  server: \">=1.16.0\"\n", "requirements")).isEqualTo("{\"server\":\">=1.16.0\"}");
    }

    @Test
    void acceptsOsAndCpuAsStringOrList() {
        assertThat(json("requirements:\n  os: linux\n  cpu: x64\n", "requirements"))
                .isEqualTo("{\"os\":\"linux\",\"cpu\":\"x64\"}");
        assertThat(json("requirements:\n  os: [linux, darwin]\n  cpu: [x64, arm64]\n", "requirements"))
                .isEqualTo("{\"os\":[\"linux\",\"darwin\"],\"cpu\":[\"x64\",\"arm64\"]}");
    }

    @Test
    void rejectsStarInsideOsList() {
        ManifestResult r = read("requirements:\n  os: [\"*\"]\n");
        assertThat(render(r)).containsExactly("E alternatives.match /requirements/os 4:7");
        assertThat(messages(r)).containsExactly("\"requirements.os\" does not match any of the allowed types");
    }

    @Test
    void rejectsEmptyOsList() {
        assertThat(render(read("requirements:\n  os: []\n"))).containsExactly("E alternatives.match /requirements/os 4:7");
    }

    @Test
    void rejectsUnknownCpuInList() {
        assertThat(render(read("requirements:\n  cpu: [x64, amd64]\n")))
                .containsExactly("E alternatives.match /requirements/cpu 4:8");
    }

    @Test
    void rejectsServerThatIsNotASemverRange() {
        ManifestResult r = read("requirements:\n  server: \"not a range\"\n");
        assertThat(render(r)).containsExactly("E semver.valid /requirements/server 4:11");
        assertThat(messages(r)).containsExactly("\"requirements.server\" needs to be a valid semver range");
    }

    @Test
    void keepsSemverRangesAsWritten() {
        assertThat(json("requirements:\n  nodejs: \">=18 || ^20\"\n  abtnode: \"1.x\"\n", "requirements"))
                .isEqualTo("{\"nodejs\":\">=18 || ^20\",\"abtnode\":\"1.x\"}");
    }

    @Test
    void trimsFuels() {
        assertThat(json("requirements:\n  fuels:\n    - endpoint: \" https://x \"\n      value: \" 1 \"\n"
                + "      reason: \" gas \"\n      address: \" z1 \"\n", "requirements"))
                .isEqualTo("{\"fuels\":[{\"endpoint\":\"https://x\",\"value\":\"1\",\"reason\":\"gas\",\"address\":\"z1\"}]}");
    }

    @Test
    void requiresFuelReasonAndStringValue() {
        assertThat(render(read("requirements:\n  fuels:\n    - endpoint: https://x\n      value: \"1\"\n")))
                .containsExactly("E any.required /requirements/fuels/0/reason 5:7");
        assertThat(render(read("requirements:\n  fuels:\n    - endpoint: https://x\n      value: 1\n      reason: gas\n")))
                .containsExactly("E string.base /requirements/fuels/0/value 6:14");
    }

    @Test
    void acceptsAigneFlag() {
        assertThat(json("requirements:\n  aigne: true\n", "requirements")).isEqualTo("{\"aigne\":true}");
    }

    @Test
    void limitsStartTimeoutToTenThroughSixHundred() {
        ManifestResult r = read("timeout:\n  start: 5\n");
        assertThat(render(r)).containsExactly("E number.min /timeout/start 4:10");
        assertThat(messages(r)).containsExactly("\"timeout.start\" must be greater than or equal to 10");
        assertThat(render(read("timeout:\n  start: 601\n"))).containsExactly("E number.max /timeout/start 4:10");
    }

    @Test
    void limitsScriptTimeoutToEighteenHundred() {
        ManifestResult r = read("timeout:\n  script: 2000\n");
        assertThat(render(r)).containsExactly("E number.max /timeout/script 4:11");
        assertThat(messages(r)).containsExactly("\"timeout.script\" must be less than or equal to 1800");
        assertThat(json("timeout:\n  script: 30\n", "timeout")).isEqualTo("{\"script\":30}");
    }

    @Test
    void defaultsCapabilitiesNavigationToTrue() {
        assertThat(json("", "capabilities")).isEqualTo("{}");
        assertThat(json("capabilities:\n  clusterMode: true\n", "capabilities"))
                .isEqualTo("{\"clusterMode\":true,\"navigation\":true}");
        assertThat(json("capabilities:\n  navigation: false\n", "capabilities")).isEqualTo("{\"navigation\":false}");
    }

    @Test
    void rejectsUnknownDidSpaceRequirement() {
        ManifestResult r = read("capabilities:\n  didSpace: maybe\n");
        assertThat(render(r)).containsExactly("E any.only /capabilities/didSpace 4:13");
        assertThat(messages(r)).containsExactly(
                "\"capabilities.didSpace\" must be one of [required, requiredOnSetup, optional, requiredOnConnect]");
        assertThat(json("capabilities:\n  didSpace: requiredOnConnect\n", "capabilities")).contains("requiredOnConnect");
    }

    @Test
    void acceptsCopyrightYearAsStringOrNumber() {
        assertThat(json("copyright:\n  owner: ArcBlock\n  year: 2024\n", "copyright"))
                .isEqualTo("{\"owner\":\"ArcBlock\",\"year\":2024}");
        assertThat(json("copyright:\n  year: \"2020-2024\"\n", "copyright")).isEqualTo("{\"year\":\"2020-2024\"}");
    }

    @Test
    void rejectsBooleanCopyrightYearAndEmptyOwner() {
        ManifestResult year = read("copyright:\n  year: true\n");
        assertThat(render(year)).containsExactly("E alternatives.types /copyright/year 4:9");
        assertThat(messages(year)).containsExactly("\"copyright.year\" must be one of [string, number]");
        assertThat(render(read("copyright:\n  owner: \"\"\n"))).containsExactly("E string.empty /copyright/owner 4:10");
    }

    @Test
    void listsAllowedValuesOfAnOsOutsideTheSet() {
        assertThat(messages(read("requirements:\n  os: windows\n"))).containsExactly(
                "\"requirements.os\" must be one of [*, aix, darwin, freebsd, linux, openbsd, sunos, win32, array]");
    }
}
