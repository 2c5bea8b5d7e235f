package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blocklet4j.resolver.Metas.did;
import static org.blocklet4j.resolver.Metas.meta;
import static org.blocklet4j.resolver.Metas.runnable;
import static org.blocklet4j.resolver.Metas.storeComponent;
import static org.blocklet4j.resolver.Metas.urlComponent;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.blocklet4j.meta.ManifestReader;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Resolution rules, against manifests served from memory. */
class ComponentResolverTest {
    private static final String STORE = "http://store.test";

    /** Manifests by URL; a store URL without version gives the highest published one. */
    private final Map<String, ObjectNode> docs = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();

    private final ManifestSource source = url -> {
        fetches.incrementAndGet();
        Long delay = delays.get(url.toString());
        if (delay != null) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ObjectNode doc = docs.get(url.toString());
        return doc == null ? new FetchResult.Failed(url, FetchResult.Kind.HTTP_STATUS, "Request failed with status code 404")
                : new FetchResult.Found(url, doc);
    };

    private final ComponentResolver resolver = ComponentResolver.builder().source(source).platform("linux").build();

    private static String storeUrl(String name, String version) {
        return STORE + "/api/blocklets/" + did(name) + (version == null ? "" : "/" + version) + "/blocklet.json";
    }

    /** Publishes {@code meta} at its store URLs (with and without version). */
    private ObjectNode publish(ObjectNode meta) {
        String name = meta.get("name").stringValue();
        docs.put(storeUrl(name, meta.get("version").stringValue()), meta);
        docs.merge(storeUrl(name, null), meta, (a, b) ->
                org.blocklet4j.meta.semver.SemVer.gt(a.get("version").stringValue(), b.get("version").stringValue()) ? a : b);
        return meta;
    }

    private static ObjectNode root() {
        return meta("root-app", "1.0.0");
    }

    private static ObjectNode engine(ObjectNode meta, String engineName, String version) {
        ObjectNode engine = meta.putObject("engine");
        engine.put("interpreter", "blocklet");
        ObjectNode source = engine.putObject("source");
        source.put("store", STORE);
        source.put("name", engineName);
        if (version != null) {
            source.put("version", version);
        }
        return engine;
    }

    // ------------------------------------------------------------ engines

    @Test
    void resolvesABlockletEngineAsARequiredComponent() {
        ObjectNode app = runnable(meta("comp-e", "1.0.0"), true);
        engine(app, "comp-engine", "2.0.0");
        publish(app);
        publish(meta("comp-engine", "2.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-e", null, true);

        Resolution r = resolver.resolve(root);

        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-e", "comp-engine");
        assertThat(r.find(did("comp-e")).orElseThrow().dependencies())
                .containsExactly(new Dependency(did("comp-engine"), true, "2.0.0"));
        ResolvedComponent engine = r.find(did("comp-engine")).orElseThrow();
        assertThat(engine.required()).isTrue();
        assertThat(engine.mountPoint()).isEqualTo("/comp-engine");
        assertThat(r.layers()).containsExactly(List.of(did("comp-engine")), List.of(did("comp-e")));
    }

    @Test
    void resolvesTheRootsOwnEngineAfterItsComponents() {
        publish(meta("comp-a", "1.0.0"));
        publish(meta("comp-engine", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, false);
        engine(root, "comp-engine", null);

        Resolution r = resolver.resolve(root);

        assertThat(r.tree().dependencies()).containsExactly(new Dependency(did("comp-a"), false, "latest"),
                new Dependency(did("comp-engine"), true, "latest"));
        assertThat(r.layers()).containsExactly(List.of(did("comp-engine")));
        // filterRequiredComponents looks at the root's own components only, not at its engine.
        assertThat(r.requiredByRoot()).isEmpty();
    }

    @Test
    void leavesOutTheBuiltInStaticServerEngine() {
        ObjectNode app = meta("comp-s", "1.0.0");
        engine(app, ComponentConfigs.STATIC_SERVER_ENGINE_DID, "latest");
        publish(app);
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-s", null, true);

        Resolution r = resolver.resolve(root);

        // No engine component, and no web interface needed: the static server starts nothing of its own.
        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-s");
        assertThat(r.components().get(0).dependencies()).isEmpty();
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void picksTheEngineOfThePlatform() {
        ObjectNode app = meta("comp-p", "1.0.0");
        tools.jackson.databind.node.ArrayNode engines = app.putArray("engine");
        ObjectNode darwin = engines.addObject();
        darwin.put("platform", "darwin");
        darwin.put("interpreter", "blocklet");
        darwin.putObject("source").put("store", STORE).put("name", "comp-engine");
        engines.addObject().put("platform", "linux").put("interpreter", "node");
        publish(app);
        publish(meta("comp-engine", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-p", null, true);

        assertThat(resolver.resolve(root).components()).extracting(ResolvedComponent::name).containsExactly("comp-p");
        ComponentResolver mac = ComponentResolver.builder().source(source).platform("darwin").build();
        // On darwin the blocklet engine runs something, so the component needs a web interface it lacks.
        assertThatThrownBy(() -> mac.resolve(root)).hasFieldOrPropertyWithValue("code", "web-interface");
        runnable(app, true).remove("main");
        assertThat(mac.resolve(root).components()).extracting(ResolvedComponent::name)
                .containsExactly("comp-p", "comp-engine");
        ComponentResolver windows = ComponentResolver.builder().source(source).platform("win32").build();
        assertThatThrownBy(() -> windows.resolve(root)).hasFieldOrPropertyWithValue("code", "engine")
                .hasMessageStartingWith("can not find a proper engine interpreter on win32");
    }

    // ------------------------------------------------------------ checks

    @Test
    void requiresAWebInterfaceForAComponentThatStartsAProcess() {
        publish(runnable(meta("comp-w", "1.0.0"), false)).put("title", "Worker");
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-w", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "web-interface")
                .hasMessage("Web interface does not found in component Worker (in root-app)");
    }

    @Test
    void needsNoWebInterfaceForADockerImage() {
        ObjectNode docker = runnable(meta("comp-k", "1.0.0"), false);
        docker.putObject("docker").put("image", "nginx:1");
        publish(docker);
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-k", null, true);

        assertThat(resolver.resolve(root).components()).hasSize(1);
    }

    @Test
    void rejectsANameThatDoesNotMatchTheDid() {
        ObjectNode odd = meta("other-name", "1.0.0");
        odd.put("did", "z2qZwzdTFvPFN275o7wm4WwXTAVBvdSfHSDqq"); // a blocklet-role DID: the schema accepts it
        docs.put(STORE + "/odd.json", odd);
        ObjectNode root = root();
        urlComponent(root, "other-name", true, STORE + "/odd.json");

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "name-did")
                .hasMessage("name does not match with did in meta: other-name, z2qZwzdTFvPFN275o7wm4WwXTAVBvdSfHSDqq"
                        + " (in root-app)");
    }

    @Test
    void reportsAMissingComponentWithItsParents() {
        ObjectNode a = publish(meta("comp-a", "1.0.0"));
        storeComponent(a, STORE, "comp-missing", "1.2.3", true);
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasFieldOrPropertyWithValue("code", "fetch")
                .hasMessage("Failed get component meta. Component: " + storeUrl("comp-missing", "1.2.3")
                        + ", reason: Request failed with status code 404 (in root-app → comp-a)")
                .extracting(e -> ((ResolverException) e).dids()).isEqualTo(List.of(did("root-app"), did("comp-a")));
    }

    @Test
    void turnsAnExceptionFromTheSourceIntoAFailure() {
        ComponentResolver throwing = ComponentResolver.builder().source(url -> {
            throw new IllegalStateException("disk on fire");
        }).build();
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);

        assertThatThrownBy(() -> throwing.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasMessageContaining("reason: disk on fire");
    }

    @Test
    void appliesTheConfigsTitleAndDescriptionTrimmed() {
        publish(meta("comp-a", "1.0.0"));
        ObjectNode root = root();
        ObjectNode config = storeComponent(root, STORE, "comp-a", null, true);
        config.put("title", "  My Ünïcode Title! ");
        config.put("description", "  A better description ");

        ResolvedComponent c = resolver.resolve(root).components().get(0);

        assertThat(c.title()).contains("My Ünïcode Title!");
        assertThat(c.json().get("description").stringValue()).isEqualTo("A better description");
        assertThat(c.mountPoint()).isEqualTo("/my-ncode-title-");
        assertThat(c.meta().orElseThrow().title()).contains("My Ünïcode Title!");

        config.put("description", " ab ");
        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "invalid-config")
                .hasMessage("\"value\" length must be at least 3 characters long (in root-app)");
    }

    @Test
    void mountsAtTheConfigsMountPointElseTitleElseName() {
        publish(meta("comp-a", "1.0.0")).put("title", "Comp A Title");
        publish(meta("comp_b.x", "1.0.0"));
        publish(meta("comp-c", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);
        storeComponent(root, STORE, "comp_b.x", null, true);
        storeComponent(root, STORE, "comp-c", null, true).put("mountPoint", "/Custom/Path");

        assertThat(resolver.resolve(root).components()).extracting(ResolvedComponent::mountPoint)
                .containsExactly("/comp-a-title", "/comp_b.x", "/Custom/Path");
    }

    // ------------------------------------------------------------ structure

    @Test
    void keepsTheLowestVersionOfAComponentReachedTwice() {
        ObjectNode a = publish(meta("comp-a", "1.0.0"));
        ObjectNode b = publish(meta("comp-b", "1.0.0"));
        storeComponent(a, STORE, "comp-d", "1.0.0", true);
        storeComponent(b, STORE, "comp-d", null, true);
        publish(meta("comp-d", "1.0.0")).put("title", "Old D");
        publish(meta("comp-d", "2.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-b", null, true);
        storeComponent(root, STORE, "comp-a", null, true);

        Resolution r = resolver.resolve(root);

        assertThat(r.components()).extracting(ResolvedComponent::toString)
                .containsExactly("comp-b@1.0.0 /comp-b", "comp-a@1.0.0 /comp-a", "comp-d@1.0.0 /old-d");
        assertThat(r.tree().children().get(0).children()).extracting(ResolvedComponent::version).containsExactly("2.0.0");
        assertThat(r.layers()).containsExactly(List.of(did("comp-d")), List.of(did("comp-b"), did("comp-a")));
        List<ResolvedComponent> withRoot = new java.util.ArrayList<>(r.components());
        withRoot.add(0, r.tree());
        assertThat(RequiredLayers.ofResolved(r.rootDid(), withRoot, LayerOptions.DEFAULTS)).isEqualTo(r.layers());
    }

    @Test
    void failsWhenKeptVersionsRequireEachOther() {
        // root → a@1 → b@2 and root → b@1 → a@2: the lowest versions kept, a@1 and b@1, need each other.
        ObjectNode a1 = meta("comp-a", "1.0.0");
        ObjectNode b1 = meta("comp-b", "1.0.0");
        urlComponent(a1, "comp-b", true, STORE + "/b2.json");
        urlComponent(b1, "comp-a", true, STORE + "/a2.json");
        docs.put(STORE + "/a1.json", a1);
        docs.put(STORE + "/b1.json", b1);
        docs.put(STORE + "/a2.json", meta("comp-a", "2.0.0"));
        docs.put(STORE + "/b2.json", meta("comp-b", "2.0.0"));
        ObjectNode root = root();
        urlComponent(root, "comp-a", true, STORE + "/a1.json");
        urlComponent(root, "comp-b", true, STORE + "/b1.json");

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "cycle")
                .extracting(e -> ((ResolverException) e).dids())
                .isEqualTo(List.of(did("comp-a"), did("comp-b"), did("comp-a")));
    }

    @Test
    void detectsASelfDependency() {
        ObjectNode self = publish(meta("comp-self", "1.0.0"));
        storeComponent(self, STORE, "comp-self", null, true);
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-self", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "circular")
                .hasMessageEndingWith("(comp-self → comp-self)");
    }

    @Test
    void countsTheRootForCircularityOnlyFromItsComponentsOn() {
        // As in the reference, the root is not an ancestor: root → x → root is found one level later.
        ObjectNode app = publish(root());
        storeComponent(app, STORE, "comp-x", null, true);
        ObjectNode x = publish(meta("comp-x", "1.0.0"));
        storeComponent(x, STORE, "root-app", null, true);

        assertThatThrownBy(() -> resolver.resolve(app)).hasFieldOrPropertyWithValue("code", "circular")
                .hasMessageEndingWith("(comp-x → root-app → comp-x)");
    }

    @Test
    void stopsAtTheMaximumDepth() {
        ObjectNode root = root();
        ObjectNode parent = root;
        for (int i = 1; i <= 42; i++) {
            storeComponent(parent, STORE, "c" + i, null, true);
            parent = publish(meta("c" + i, "1.0.0"));
        }
        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "depth")
                .hasMessageStartingWith("The depth of component should not exceed 40 (root-app → c1 → c2 → ")
                .hasMessageEndingWith("c40 → c41)");

        ((ObjectNode) docs.get(storeUrl("c40", null))).remove("components");
        Resolution r = resolver.resolve(root);
        assertThat(r.components()).hasSize(40);
        assertThat(r.layers()).hasSize(40).first().isEqualTo(List.of(did("c40")));

        ComponentResolver shallow = ComponentResolver.builder().source(source).maxDepth(2).build();
        assertThatThrownBy(() -> shallow.resolve(root)).hasFieldOrPropertyWithValue("code", "depth")
                .extracting(e -> ((ResolverException) e).dids())
                .isEqualTo(List.of(did("root-app"), did("c1"), did("c2"), did("c3")));
    }

    @Test
    void throwsTheFirstErrorInTreeOrderWhateverFinishesFirst() {
        ObjectNode a = publish(meta("comp-a", "1.0.0"));
        storeComponent(a, STORE, "comp-late", null, true);
        delays.put(storeUrl("comp-late", null), 300L);
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);
        storeComponent(root, STORE, "comp-early", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).hasMessageContaining(storeUrl("comp-late", null));
    }

    @Test
    void collectsProblemsWhenContinuingOnError() {
        publish(meta("comp-a", "1.0.0"));
        ObjectNode gw = publish(meta("comp-gw", "1.0.0"));
        gw.put("group", "gateway");
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-missing", null, true);
        storeComponent(root, STORE, "comp-a", null, true);
        storeComponent(root, STORE, "comp-gw", null, false);
        ComponentResolver lenient = ComponentResolver.builder().source(source).continueOnError(true).build();

        Resolution r = lenient.resolve(root);

        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-a");
        assertThat(r.tree().dependencies()).containsExactly(new Dependency(did("comp-a"), true, "latest"));
        assertThat(r.problems()).extracting(ResolverException::code).containsExactly("fetch", "gateway");
        assertThat(r.layers()).containsExactly(List.of(did("comp-a")));
    }

    @Test
    void filtersComponentsRequiredByTheRootByName() {
        ObjectNode a = publish(meta("comp-a", "1.0.0"));
        storeComponent(a, STORE, "comp-d", null, true);
        publish(meta("comp-b", "1.0.0"));
        publish(meta("comp-d", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);
        storeComponent(root, STORE, "comp-b", null, false);

        Resolution r = resolver.resolve(root);

        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-a", "comp-b", "comp-d");
        assertThat(r.requiredByRoot()).extracting(ResolvedComponent::name).containsExactly("comp-a");
        assertThat(r.dependencies().keySet()).containsExactly(did("root-app"), did("comp-a"), did("comp-b"),
                did("comp-d"));
    }

    @Test
    void passesTheLayerOptionsOn() {
        ObjectNode a = publish(meta("comp-a", "1.0.0"));
        storeComponent(a, STORE, "comp-d", null, true);
        publish(meta("comp-d", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);
        ComponentResolver filtered = ComponentResolver.builder().source(source)
                .layerOptions(LayerOptions.DEFAULTS.withFilter(c -> !c.did().equals(did("comp-d")))).build();

        assertThat(filtered.resolve(root).layers()).containsExactly(List.of(did("comp-a")));
    }

    // ------------------------------------------------------------ roots

    @Test
    void refusesAnInvalidOrUnidentifiedRoot() {
        assertThatThrownBy(() -> resolver.resolve(ManifestReader.withDefaults().readJson("{\"name\": 1}", null)))
                .hasFieldOrPropertyWithValue("code", "invalid-meta")
                .hasMessageStartingWith("the root manifest is not valid: ");
        ObjectNode noDid = root();
        noDid.remove("did");
        assertThatThrownBy(() -> resolver.resolve(noDid)).hasFieldOrPropertyWithValue("code", "invalid-meta");
        assertThatThrownBy(() -> resolver.resolve((JsonNode) Metas.NODES.arrayNode()))
                .hasFieldOrPropertyWithValue("code", "invalid-meta");
    }

    @Test
    void resolvesARootWithoutComponentsToNothing() {
        Resolution r = resolver.resolve(root());
        assertThat(r.components()).isEmpty();
        assertThat(r.layers()).isEmpty();
        assertThat(r.tree().mountPoint()).isEqualTo("/");
        assertThat(r.tree().url()).isEmpty();
        assertThat(fetches.get()).isZero();
    }

    @Test
    void doesNotChangeTheRootItIsGiven() {
        publish(meta("comp-a", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);
        String before = root.toString();
        resolver.resolve(root);
        assertThat(root.toString()).isEqualTo(before);
        assertThat(docs.get(storeUrl("comp-a", null)).has("bundleDid")).isFalse();
    }

    @Test
    void checksEveryTarballThroughTheSource() {
        publish(meta("comp-a", "1.0.0"));
        ObjectNode root = root();
        storeComponent(root, STORE, "comp-a", null, true);
        ManifestSource picky = new ManifestSource() {
            @Override
            public FetchResult fetch(URI url) {
                return source.fetch(url);
            }

            @Override
            public Optional<String> checkTarball(URI tarball) {
                return Optional.of("no tarball at " + tarball);
            }
        };

        assertThatThrownBy(() -> ComponentResolver.builder().source(picky).build().resolve(root))
                .hasFieldOrPropertyWithValue("code", "invalid-meta")
                .hasMessageContaining("reason: Invalid blocklet meta: dist.tarball is not a valid url no tarball at "
                        + STORE + "/tarballs/comp-a-1.0.0.tgz");
    }

    @Test
    void rejectsBuilderValuesThatMakeNoSense() {
        assertThatThrownBy(() -> ComponentResolver.builder().parallelism(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentResolver.builder().maxDepth(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentResolver.builder().platform("beos")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentResolver.builder().defaultStore("ftp://x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentResolver.builder().maxComponents(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentResolver.builder().maxManifestValues(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentResolver.builder().timeout(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpManifestSource.builder().maxJsonDepth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpManifestSource.builder().maxJsonStringLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpManifestSource.builder().maxJsonTokens(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpManifestSource.builder().maxBodyBytes(2L << 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentsItsDefaults() {
        ComponentResolver r = ComponentResolver.create();
        assertThat(r.maxDepth()).isEqualTo(40);
        assertThat(r.maxComponents()).isEqualTo(10_000);
        assertThat(r.maxManifestValues()).isEqualTo(50_000);
        assertThat(r.timeout()).isEqualTo(java.time.Duration.ofMinutes(10));
        HttpManifestSource s = HttpManifestSource.create();
        assertThat(s.requestTimeout()).isEqualTo(java.time.Duration.ofSeconds(20));
        assertThat(s.maxBodyBytes()).isEqualTo(8L << 20);
        assertThat(s.maxRedirects()).isEqualTo(5);
        assertThat(s.maxJsonDepth()).isEqualTo(500);
        assertThat(s.maxJsonStringLength()).isEqualTo(1 << 20);
        assertThat(s.maxJsonTokens()).isEqualTo(1_000_000);
    }
}
