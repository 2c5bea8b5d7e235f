package org.blocklet4j.meta.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.JsonText;
import org.blocklet4j.meta.internal.js.JsTree;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ServiceFix}: the reference's {@code fixService} step. Expected messages are the ones {@code parse()}
 * throws for the same input.
 */
class ServiceFixTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static ObjectNode meta(String json) {
        return (ObjectNode) JsTree.fromJson(JSON.readTree(json));
    }

    private static Diagnostic only(List<Diagnostic> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static String withService(String service) {
        return "{\"interfaces\":[{\"type\":\"web\",\"name\":\"a\",\"services\":[" + service + "]}]}";
    }

    @Test
    void leavesManifestWithoutInterfacesAlone() {
        ObjectNode m = meta("{\"name\":\"x\"}");
        assertThat(ServiceFix.apply(m)).isEmpty();
        assertThat(m.toString()).isEqualTo("{\"name\":\"x\"}");
        assertThat(ServiceFix.apply(meta("{\"interfaces\":[]}"))).isEmpty();
        assertThat(ServiceFix.apply(meta("{\"interfaces\":\"\"}"))).isEmpty();
    }

    @Test
    void stopsAtNonEmptyInterfacesString() {
        Diagnostic d = only(ServiceFix.apply(meta("{\"interfaces\":\"web\"}")));
        assertThat(d.code()).isEqualTo("fix.service");
        assertThat(d.pointer()).isEqualTo("/interfaces");
        assertThat(d.message()).isEqualTo("meta.interfaces.forEach is not a function");
    }

    @Test
    void stopsAtNullInterface() {
        Diagnostic d = only(ServiceFix.apply(meta("{\"interfaces\":[null]}")));
        assertThat(d.pointer()).isEqualTo("/interfaces/0");
        assertThat(d.message()).isEqualTo("Cannot read properties of null (reading 'services')");
    }

    @Test
    void stopsAtNullService() {
        Diagnostic d = only(ServiceFix.apply(meta(withService("null"))));
        assertThat(d.pointer()).isEqualTo("/interfaces/0/services/0");
        assertThat(d.message()).isEqualTo("Cannot read properties of null (reading 'name')");
    }

    @Test
    void stopsAtServiceWithoutName() {
        Diagnostic d = only(ServiceFix.apply(meta(withService("{\"config\":{}}"))));
        assertThat(d.code()).isEqualTo("service.name.empty");
        assertThat(d.pointer()).isEqualTo("/interfaces/0/services/0/name");
        assertThat(d.message()).isEqualTo("service name should not be empty");
    }

    @Test
    void stopsAtUnknownServiceWithNameAsWritten() {
        Diagnostic d = only(ServiceFix.apply(meta(withService("{\"name\":\" auth \"}"))));
        assertThat(d.code()).isEqualTo("service.unknown");
        assertThat(d.message()).isEqualTo("service  auth  does not exist");
        assertThat(only(ServiceFix.apply(meta(withService("{\"name\":true}")))).message())
                .isEqualTo("service true does not exist");
    }

    @Test
    void stripsUnknownAuthConfigKeys() {
        ObjectNode m = meta(withService("{\"name\":\"auth\",\"config\":{\"whoCanAccess\":\"invited\",\"extra\":1}}"));
        assertThat(ServiceFix.apply(m)).isEmpty();
        assertThat(JsonText.write(m.at("/interfaces/0/services/0"))).isEqualTo(
                "{\"name\":\"auth\",\"config\":{\"whoCanAccess\":\"invited\"}}");
    }

    @Test
    void replacesAbsentOrNullConfigWithEmptyObject() {
        ObjectNode absent = meta(withService("{\"name\":\"auth\"}"));
        assertThat(ServiceFix.apply(absent)).isEmpty();
        assertThat(absent.at("/interfaces/0/services/0/config").toString()).isEqualTo("{}");
        ObjectNode nul = meta(withService("{\"name\":\"auth\",\"config\":null}"));
        assertThat(ServiceFix.apply(nul)).isEmpty();
        assertThat(nul.at("/interfaces/0/services/0/config").toString()).isEqualTo("{}");
    }

    @Test
    void stopsAtInvalidConfigWithItsMessage() {
        Diagnostic d = only(ServiceFix.apply(meta(withService("{\"name\":\"auth\",\"config\":{\"whoCanAccess\":\"x\"}}"))));
        assertThat(d.code()).isEqualTo("service.config.invalid");
        assertThat(d.pointer()).isEqualTo("/interfaces/0/services/0/config");
        assertThat(d.message()).isEqualTo(
                "Invalid blocklet service config: \"whoCanAccess\" must be one of [owner, invited, all]");
    }

    @Test
    void stopsAtConfigThatIsNotAnObject() {
        assertThat(only(ServiceFix.apply(meta(withService("{\"name\":\"auth\",\"config\":[1]}")))).message())
                .isEqualTo("Invalid blocklet service config: \"value\" must be of type object");
    }

    @Test
    void stopsAtFirstProblemAcrossInterfaces() {
        ObjectNode m = meta("{\"interfaces\":[{\"services\":[{\"name\":\"nope\"}]},{\"services\":[null]}]}");
        assertThat(only(ServiceFix.apply(m)).pointer()).isEqualTo("/interfaces/0/services/0/name");
    }

    @Test
    void stopsAtServicesGivenAsAString() {
        Diagnostic d = only(ServiceFix.apply(meta("{\"interfaces\":[{\"type\":\"web\",\"name\":\"a\",\"services\":\"auth\"}]}")));
        assertThat(d.pointer()).isEqualTo("/interfaces/0/services");
        assertThat(d.message()).isEqualTo("d.services.forEach is not a function");
    }

    @Test
    void printsANumericServiceNameAsJavaScriptDoes() {
        assertThat(only(ServiceFix.apply(meta(withService("{\"name\":5}")))).message())
                .isEqualTo("service 5 does not exist");
    }

    @Test
    void reportsTheFirstConfigErrorOnlyAsTheReferenceDoes() {
        Diagnostic d = only(ServiceFix.apply(meta(withService(
                "{\"name\":\"auth\",\"config\":{\"whoCanAccess\":\"nobody\",\"allowSwitchProfile\":\"maybe\"}}"))));
        assertThat(d.message()).isEqualTo(
                "Invalid blocklet service config: \"whoCanAccess\" must be one of [owner, invited, all]");
    }

    @Test
    void stopsAtServiceNamesThatFindObjectPrototype() {
        assertThat(only(ServiceFix.apply(meta(withService("{\"name\":\"toString\"}")))).message())
                .isEqualTo("service.validate is not a function");
    }
}
