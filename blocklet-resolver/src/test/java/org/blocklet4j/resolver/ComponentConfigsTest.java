package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** {@code getComponentConfig}, {@code getBlockletEngine}, {@code hasStartEngine}, {@code getSourceUrlsFromConfig}. */
class ComponentConfigsTest {
    private static ObjectNode meta() {
        return Metas.meta("comp-a", "1.0.0");
    }

    private static ObjectNode blockletEngine(ObjectNode meta, String name) {
        ObjectNode engine = meta.putObject("engine");
        engine.put("interpreter", "blocklet");
        engine.putObject("source").put("store", "http://s").put("name", name).put("version", "1.2.3");
        return engine;
    }

    @Test
    void appendsABlockletEngineAsARequiredConfig() {
        ObjectNode m = meta();
        Metas.storeComponent(m, "http://s", "comp-b", null, false);
        blockletEngine(m, "comp-engine");

        var configs = ComponentConfigs.of(m, "linux");

        assertThat(configs).hasSize(2);
        assertThat(configs.get(1).get("required").booleanValue()).isTrue();
        assertThat(configs.get(1).at("/source/name").stringValue()).isEqualTo("comp-engine");
        assertThat(m.get("components")).hasSize(1); // the manifest itself is not changed
    }

    @Test
    void leavesOutTheStaticServerAndOtherInterpreters() {
        ObjectNode m = meta();
        blockletEngine(m, ComponentConfigs.STATIC_SERVER_ENGINE_DID);
        assertThat(ComponentConfigs.of(m, "linux")).isEmpty();
        assertThat(ComponentConfigs.hasStartEngine(m, "linux")).isFalse();
        m.putObject("engine").put("interpreter", "node");
        assertThat(ComponentConfigs.of(m, "linux")).isEmpty();
        assertThat(ComponentConfigs.hasStartEngine(m, "linux")).isFalse();
        m.put("main", "index.js");
        assertThat(ComponentConfigs.hasStartEngine(m, "linux")).isTrue();
        m.put("group", "static");
        assertThat(ComponentConfigs.hasStartEngine(m, "linux")).isFalse();
    }

    @Test
    void readsLegacyChildren() {
        ObjectNode m = meta();
        m.putArray("children").addObject().putObject("source").put("url", "http://s/x.json");
        assertThat(ComponentConfigs.of(m, "linux")).hasSize(1);
        m.putArray("components");
        assertThat(ComponentConfigs.of(m, "linux")).isEmpty();
    }

    @Test
    void matchesAnEngineListByPlatform() {
        ObjectNode m = meta();
        var list = m.putArray("engine");
        list.addObject().put("platform", "linux").put("interpreter", "node");
        list.addObject().put("platform", "darwin").put("interpreter", "binary");
        assertThat(ComponentConfigs.engine(m, "darwin").get("interpreter").stringValue()).isEqualTo("binary");
        assertThatThrownBy(() -> ComponentConfigs.engine(m, "win32")).isInstanceOf(ResolverException.class)
                .hasMessage("can not find a proper engine interpreter on win32");
        assertThat(ComponentConfigs.engine(meta(), "win32").get("interpreter").stringValue()).isEqualTo("node");
    }

    @Test
    void takesUrlsBeforeStoresAndRefusesAConfigWithoutSource() {
        ObjectNode config = Metas.NODES.objectNode();
        config.putObject("source").put("url", "http://a/x.json").put("store", "http://s").put("name", "n");
        assertThat(ComponentConfigs.sourceUrls(config, List.of())).containsExactly("http://a/x.json");
        ObjectNode resolved = Metas.NODES.objectNode().put("resolved", "http://r/x.json");
        assertThat(ComponentConfigs.sourceUrls(resolved, List.of())).containsExactly("http://r/x.json");
        assertThatThrownBy(() -> ComponentConfigs.sourceUrls(Metas.NODES.objectNode(), List.of()))
                .isInstanceOf(ResolverException.class).hasMessage("Invalid child config")
                .hasFieldOrPropertyWithValue("code", "invalid-config");
        ObjectNode stringSource = Metas.NODES.objectNode().put("source", "node");
        assertThatThrownBy(() -> ComponentConfigs.sourceUrls(stringSource, List.of()))
                .hasFieldOrPropertyWithValue("code", "invalid-config");
    }

    @Test
    void usesTheDefaultStoresOnlyWhenTheSourceHasNone() {
        ObjectNode config = Metas.NODES.objectNode();
        config.putObject("source").put("name", "comp-a").put("version", "latest");
        assertThat(ComponentConfigs.sourceUrls(config, List.of("http://one", "http://two/"))).containsExactly(
                "http://one/api/blocklets/" + Metas.did("comp-a") + "/blocklet.json",
                "http://two/api/blocklets/" + Metas.did("comp-a") + "/blocklet.json");
        ((ObjectNode) config.get("source")).put("store", "http://own");
        assertThat(ComponentConfigs.sourceUrls(config, List.of("http://one"))).containsExactly(
                "http://own/api/blocklets/" + Metas.did("comp-a") + "/blocklet.json");
    }
}
