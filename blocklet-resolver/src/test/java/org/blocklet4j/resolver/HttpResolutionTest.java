package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.blocklet4j.resolver.Metas.did;
import static org.blocklet4j.resolver.Metas.meta;
import static org.blocklet4j.resolver.Metas.storeComponent;
import static org.blocklet4j.resolver.Metas.urlComponent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

/** Resolution against a fake store served over HTTP on 127.0.0.1. */
class HttpResolutionTest {
    private FakeStore store;
    private ComponentResolver resolver;

    @BeforeEach
    void start() throws IOException {
        store = new FakeStore();
        resolver = ComponentResolver.builder()
                .source(HttpManifestSource.builder().requestTimeout(Duration.ofSeconds(10)).build())
                .build();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private static ComponentResolver with(HttpManifestSource source) {
        return ComponentResolver.builder().source(source).build();
    }

    private static String storeUrl(String base, String name, String version) {
        return base + "/api/blocklets/" + did(name) + (version == null ? "" : "/" + version) + "/blocklet.json";
    }

    @Test
    void resolvesNestedComponentsFromTheStore() {
        ObjectNode a = meta("comp-a", "1.0.0");
        storeComponent(a, store.url(), "comp-d", "^1.0.0", true);
        store.publish(a).publish(meta("comp-d", "1.1.0")).publish(meta("comp-d", "1.2.0"))
                .publish(meta("comp-d", "2.0.0")).publish(meta("comp-c", "3.0.0"));
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-a", "1.0.0", true).put("title", "Alpha");
        storeComponent(root, store.url(), "comp-c", "latest", true).put("mountPoint", "/ccc");

        Resolution r = resolver.resolve(root);

        assertThat(r.rootDid()).isEqualTo(did("root-app"));
        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-a", "comp-c", "comp-d");
        ResolvedComponent compA = r.find(did("comp-a")).orElseThrow();
        assertThat(compA.title()).contains("Alpha");
        assertThat(compA.mountPoint()).isEqualTo("/alpha");
        assertThat(compA.url()).contains(storeUrl(store.url(), "comp-a", "1.0.0"));
        assertThat(compA.json().at("/dist/tarball").stringValue()).isEqualTo(store.url("/tarballs/comp-a-1.0.0.tgz"));
        assertThat(compA.json().get("bundleDid").stringValue()).isEqualTo(did("comp-a"));
        assertThat(compA.dependencies()).containsExactly(new Dependency(did("comp-d"), true, "^1.0.0"));
        assertThat(r.find(did("comp-d")).orElseThrow().version()).isEqualTo("1.2.0");
        assertThat(r.find(did("comp-d")).orElseThrow().mountPoint()).isEqualTo("/comp-d");
        assertThat(r.find(did("comp-c")).orElseThrow().mountPoint()).isEqualTo("/ccc");
        assertThat(r.dependencies().get(did("root-app"))).containsExactly(
                new Dependency(did("comp-a"), true, "1.0.0"), new Dependency(did("comp-c"), true, "latest"));
        assertThat(r.layers()).containsExactly(List.of(did("comp-d")), List.of(did("comp-a"), did("comp-c")));
        assertThat(r.tree().children()).extracting(ResolvedComponent::name).containsExactly("comp-a", "comp-c");
        assertThat(r.tree().children().get(0).children()).extracting(ResolvedComponent::depth).containsExactly(2);
        // A version range reaches the store as it is written, as in the reference.
        assertThat(store.log()).contains("GET /api/blocklets/" + did("comp-d") + "/^1.0.0/blocklet.json");
    }

    @Test
    void resolvesARootReadFromAManifestFile() {
        store.publish(meta("comp-a", "1.0.0"));
        ObjectNode root = meta("root-app", "1.0.0");
        root.remove("dist");
        storeComponent(root, store.url(), "comp-a", null, false);
        ManifestResult read = ManifestReader.withDefaults().readJson(root.toString(), null);
        assertThat(read.isValid()).as("%s", read.errors()).isTrue();

        Resolution r = resolver.resolve(read);

        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-a");
        assertThat(r.tree().dependencies()).containsExactly(new Dependency(did("comp-a"), false, "latest"));
        assertThat(r.layers()).isEmpty();
    }

    @Test
    void triesAUrlListInOrderUntilOneGivesAManifest() {
        store.status("/broken", 500).json("/garbled", "{\"name\":").publish(meta("comp-b", "2.0.0"));
        ObjectNode root = meta("root-app", "1.0.0");
        String good = storeUrl(store.url(), "comp-b", null);
        urlComponent(root, "comp-b", true, store.url("/broken"), store.url("/garbled"), good);

        Resolution r = resolver.resolve(root);

        assertThat(r.components()).singleElement().satisfies(c -> {
            assertThat(c.url()).contains(good);
            assertThat(c.version()).isEqualTo("2.0.0");
        });
        assertThat(store.log()).containsSubsequence("GET /broken", "GET /garbled",
                "GET /api/blocklets/" + did("comp-b") + "/blocklet.json");
    }

    @Test
    void triesAStoreListInOrder() throws IOException {
        store.publish(meta("comp-c", "3.0.0"));
        try (FakeStore empty = new FakeStore()) {
            ObjectNode root = meta("root-app", "1.0.0");
            ObjectNode config = storeComponent(root, store.url(), "comp-c", null, true);
            ((ObjectNode) config.get("source")).putArray("store").add(empty.url()).add(store.url());

            Resolution r = resolver.resolve(root);

            assertThat(r.components()).extracting(ResolvedComponent::url)
                    .containsExactly(java.util.Optional.of(storeUrl(store.url(), "comp-c", null)));
            assertThat(empty.log()).containsExactly("GET /api/blocklets/" + did("comp-c") + "/blocklet.json");
        }
    }

    @Test
    void usesTheDefaultStoresForASourceWithoutStore() throws IOException {
        store.publish(meta("comp-c", "3.0.0"));
        try (FakeStore empty = new FakeStore()) {
            ObjectNode root = meta("root-app", "1.0.0");
            ((ObjectNode) storeComponent(root, store.url(), "comp-c", "3.0.0", true).get("source")).remove("store");
            ComponentResolver r = ComponentResolver.builder().defaultStores(List.of(empty.url(), store.url())).build();

            assertThat(r.resolve(root).components()).extracting(ResolvedComponent::name).containsExactly("comp-c");
            assertThat(empty.count("GET /api/blocklets/" + did("comp-c") + "/3.0.0/blocklet.json")).isEqualTo(1);
        }
    }

    @Test
    void failsWithInvalidUrlForAStoreSourceWithoutStoreAndNoDefault() {
        ObjectNode root = meta("root-app", "1.0.0");
        ((ObjectNode) storeComponent(root, store.url(), "comp-c", null, true).get("source")).remove("store");

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasMessageStartingWith("Failed get component meta. Component: /api/blocklets/" + did("comp-c")
                        + "/blocklet.json, reason: Invalid URL");
    }

    @Test
    void rejectsAVersionOutsideTheRangeAskedFor() {
        // A store that ignores the range and serves its latest version.
        store.json("/api/blocklets/" + did("comp-d") + "/^2.0.0/blocklet.json", meta("comp-d", "1.5.0").toString());
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-d", "^2.0.0", true);

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ResolverException.class)
                .hasFieldOrPropertyWithValue("code", "version")
                .hasMessageContaining("comp-d has version 1.5.0, which does not satisfy ^2.0.0")
                .hasMessageContaining("(in root-app)");
    }

    @Test
    void checksTheRangeOfAUrlSourceToo() {
        store.json("/d.json", meta("comp-d", "1.5.0").toString());
        ObjectNode root = meta("root-app", "1.0.0");
        ((ObjectNode) urlComponent(root, "comp-d", true, store.url("/d.json")).get("source")).put("version", ">=1.5.0");
        assertThat(resolver.resolve(root).components()).hasSize(1);

        ((ObjectNode) root.at("/components/0/source")).put("version", "~1.4.0");
        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "version");
    }

    @Test
    void reportsACircularChainByName() {
        ObjectNode x = meta("comp-x", "1.0.0");
        ObjectNode y = meta("comp-y", "1.0.0");
        ObjectNode z = meta("comp-z", "1.0.0");
        storeComponent(x, store.url(), "comp-y", null, true);
        storeComponent(y, store.url(), "comp-z", null, true);
        storeComponent(z, store.url(), "comp-x", null, true);
        store.publish(x).publish(y).publish(z);
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-x", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ResolverException.class)
                .hasFieldOrPropertyWithValue("code", "circular")
                .hasMessage("Blocklet components have circular dependencies: " + did("comp-x")
                        + " (comp-x → comp-y → comp-z → comp-x)")
                .extracting(e -> ((ResolverException) e).dids())
                .isEqualTo(List.of(did("comp-x"), did("comp-y"), did("comp-z"), did("comp-x")));
    }

    @Test
    void refusesAGatewayComponent() {
        ObjectNode gateway = meta("comp-gw", "1.0.0");
        gateway.put("group", "gateway");
        gateway.put("title", "The Gateway");
        store.publish(gateway);
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-gw", null, false);

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "gateway")
                .hasMessage("Cannot add gateway component The Gateway (in root-app)");
    }

    @Test
    void reportsAServerErrorWithTheUrlAndStatus() {
        store.status("/down", 500);
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/down"));

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasMessage("Failed get component meta. Component: " + store.url("/down")
                        + ", reason: Request failed with status code 500 (in root-app)")
                .asInstanceOf(type(ComponentFetchException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("fetch");
                    assertThat(e.dids()).containsExactly(did("root-app"));
                    assertThat(e.failures()).singleElement()
                            .extracting(ComponentFetchException.UrlFailure::kind).isEqualTo(FetchResult.Kind.HTTP_STATUS);
                });
    }

    @Test
    void namesEachUrlWithItsReasonWhenAllFail() {
        store.status("/down", 503).json("/garbled", "[1,").json("/array", "[1]");
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/down"), store.url("/garbled"), store.url("/array"),
                "ftp://example.com/b.json");

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasMessageContaining("reason: Request failed with status code 503 (" + store.url("/down") + "), Url is not valid: ")
                .hasMessageContaining("Url is not valid (" + store.url("/array") + "), Invalid url protocol: ftp (ftp://example.com/b.json)")
                .asInstanceOf(type(ComponentFetchException.class))
                .extracting(e -> e.failures().stream().map(ComponentFetchException.UrlFailure::kind).toList())
                .isEqualTo(List.of(FetchResult.Kind.HTTP_STATUS, FetchResult.Kind.INVALID_JSON,
                        FetchResult.Kind.NOT_AN_OBJECT, FetchResult.Kind.UNSUPPORTED_PROTOCOL));
    }

    @Test
    void timesOutASlowServer() {
        store.route("/slow", new FakeStore.Route(200, "application/json",
                meta("comp-b", "1.0.0").toString().getBytes(StandardCharsets.UTF_8), 3000, null, false));
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/slow"));
        ComponentResolver quick = with(HttpManifestSource.builder().requestTimeout(Duration.ofMillis(200)).build());

        assertThatThrownBy(() -> quick.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasMessageContaining("reason: timeout of 200ms exceeded")
                .asInstanceOf(type(ComponentFetchException.class))
                .extracting(e -> e.failures().get(0).kind()).isEqualTo(FetchResult.Kind.TIMEOUT);
    }

    @Test
    void rejectsInvalidJson() {
        store.json("/bad.json", "{\"name\": \"comp-b\",}");
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/bad.json"));

        assertThatThrownBy(() -> resolver.resolve(root)).isInstanceOf(ComponentFetchException.class)
                .hasMessageContaining("reason: Url is not valid: the body is not JSON");
    }

    @Test
    void rejectsAnOversizedBodyWithOrWithoutLength() {
        ObjectNode big = meta("comp-b", "1.0.0");
        big.put("htmlAst", "x".repeat(8192));
        byte[] body = big.toString().getBytes(StandardCharsets.UTF_8);
        store.route("/sized", new FakeStore.Route(200, "application/json", body, 0, null, false));
        store.route("/chunked", new FakeStore.Route(200, "application/json", body, 0, null, true));
        ComponentResolver small = with(HttpManifestSource.builder().maxBodyBytes(4096).build());
        for (String path : List.of("/sized", "/chunked")) {
            ObjectNode root = meta("root-app", "1.0.0");
            urlComponent(root, "comp-b", true, store.url(path));
            assertThatThrownBy(() -> small.resolve(root)).as(path).isInstanceOf(ComponentFetchException.class)
                    .hasMessageContaining("reason: maxContentLength size of 4096 exceeded")
                    .asInstanceOf(type(ComponentFetchException.class))
                    .extracting(e -> e.failures().get(0).kind()).isEqualTo(FetchResult.Kind.TOO_LARGE);
        }
        // Under the limit the same document is fine; htmlAst is dropped as the reference deletes it.
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/chunked"));
        assertThat(resolver.resolve(root).components().get(0).json().has("htmlAst")).isFalse();
    }

    @Test
    void rejectsAContentTypeThatIsNotJson() {
        store.route("/page", new FakeStore.Route(200, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8), 0,
                null, false));
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/page"));

        assertThatThrownBy(() -> resolver.resolve(root))
                .hasMessageContaining("reason: Unexpected content-type from " + store.url("/page") + ": text/html");
    }

    @Test
    void followsRedirectsUpToTheLimit() {
        store.publish(meta("comp-b", "1.0.0"))
                .redirect("/r1", "/r2").redirect("/r2", storeUrl(store.url(), "comp-b", null))
                .redirect("/c0", "/c1").redirect("/c1", "/c2").redirect("/c2", "/c3").redirect("/c3", "/c4");
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/r1"));
        assertThat(resolver.resolve(root).components().get(0).url()).contains(store.url("/r1"));

        ObjectNode chain = meta("root-app", "1.0.0");
        urlComponent(chain, "comp-b", true, store.url("/c0"));
        assertThatThrownBy(() -> with(HttpManifestSource.builder().maxRedirects(3).build()).resolve(chain))
                .hasMessageContaining("reason: Maximum number of redirects exceeded: 3 from " + store.url("/c0")
                        + ", the last to " + store.url("/c3"));
        assertThat(store.log()).filteredOn(l -> l.startsWith("GET /c")).hasSize(4);
    }

    @Test
    void fetchesEachUrlOncePerRun() {
        ObjectNode a = meta("comp-a", "1.0.0");
        ObjectNode b = meta("comp-b", "1.0.0");
        storeComponent(a, store.url(), "comp-d", null, true);
        storeComponent(b, store.url(), "comp-d", null, true);
        store.publish(a).publish(b).publish(meta("comp-d", "1.0.0"));
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-a", null, true);
        storeComponent(root, store.url(), "comp-b", null, true);

        Resolution r = resolver.resolve(root);

        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-a", "comp-b", "comp-d");
        assertThat(r.tree().children()).allSatisfy(c -> assertThat(c.children()).hasSize(1));
        assertThat(store.count("GET /api/blocklets/" + did("comp-d") + "/blocklet.json")).isEqualTo(1);
        assertThat(store.count("HEAD /tarballs/comp-d-1.0.0.tgz")).isEqualTo(1);
        assertThat(r.layers()).containsExactly(List.of(did("comp-d")), List.of(did("comp-a"), did("comp-b")));

        resolver.resolve(root);
        assertThat(store.count("GET /api/blocklets/" + did("comp-d") + "/blocklet.json")).isEqualTo(2);
    }

    @Test
    void rejectsATarballServedAsSomethingElse() {
        ObjectNode b = meta("comp-b", "1.0.0");
        ((ObjectNode) b.get("dist")).put("tarball", "/page.html");
        store.publish(b).route("/page.html", new FakeStore.Route(200, "text/html", new byte[0], 0, null, false));
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-b", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "invalid-meta")
                .hasMessageContaining("reason: Invalid blocklet meta: dist.tarball is not a valid url Unexpected "
                        + "content-type from " + store.url("/page.html") + ": text/html");
        // A tarball the server does not know is accepted, as the reference ignores failed HEAD requests.
        ((ObjectNode) b.get("dist")).put("tarball", "/missing.tgz");
        store.json("/b.json", b.toString());
        ObjectNode other = meta("root-app", "1.0.0");
        urlComponent(other, "comp-b", true, store.url("/b.json"));
        assertThat(resolver.resolve(other).components().get(0).json().at("/dist/tarball").stringValue())
                .isEqualTo(store.url("/missing.tgz"));
    }

    @Test
    void reportsAnInvalidManifestInTheReferenceWords() {
        ObjectNode b = meta("comp-b", "1.0.0");
        b.remove("dist");
        store.publish(b);
        ObjectNode root = meta("root-app", "1.0.0");
        storeComponent(root, store.url(), "comp-b", null, true);

        assertThatThrownBy(() -> resolver.resolve(root)).hasFieldOrPropertyWithValue("code", "invalid-meta")
                .hasMessageContaining("reason: Invalid blocklet meta: \"dist\" is required");
    }

    @Test
    void readsFileUrlsFromDisk(@TempDir Path dir) throws IOException {
        ObjectNode b = meta("comp-b", "1.0.0");
        ((ObjectNode) b.get("dist")).put("tarball", "comp-b.tgz");
        Path manifest = dir.resolve("b dir").resolve("blocklet.json");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, b.toString());
        Files.write(manifest.resolveSibling("comp-b.tgz"), new byte[] {1});
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, manifest.toUri().toString());

        ResolvedComponent c = resolver.resolve(root).components().get(0);

        // The tarball is stored decoded, as decodeURIComponent leaves it.
        assertThat(c.json().at("/dist/tarball").stringValue())
                .isEqualTo("file://" + manifest.resolveSibling("comp-b.tgz").toAbsolutePath());
        ObjectNode missing = meta("root-app", "1.0.0");
        urlComponent(missing, "comp-b", true, dir.resolve("none.json").toUri().toString());
        assertThatThrownBy(() -> resolver.resolve(missing))
                .hasMessageContaining("reason: File does not exist: " + dir.resolve("none.json"));
    }

    @Test
    void resolvesABlockletFromItsUrlAsParseBlockletDoes() {
        ObjectNode app = meta("root-app", "1.0.0");
        storeComponent(app, store.url(), "comp-a", null, true);
        store.publish(app).publish(meta("comp-a", "1.0.0"));

        Resolution r = resolver.resolveUrl(storeUrl(store.url(), "root-app", null));

        assertThat(r.tree().mountPoint()).isEqualTo("/");
        assertThat(r.tree().url()).contains(storeUrl(store.url(), "root-app", null));
        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("comp-a");
        assertThat(r.layers()).containsExactly(List.of(did("comp-a")));
    }
}
