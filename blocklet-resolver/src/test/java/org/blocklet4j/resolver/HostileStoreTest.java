package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.blocklet4j.resolver.Metas.meta;
import static org.blocklet4j.resolver.Metas.urlComponent;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.node.ObjectNode;

/**
 * A store that attacks the resolver: endless, slow and compressed bodies, headers that never end, redirect loops,
 * JSON bombs. Each gives a typed failure that names the URL, and the call returns. Tests never assert on time;
 * {@link #returns} only keeps a regression from hanging the build.
 */
class HostileStoreTest {
    /** A generous bound for a call that should return at once: the machine may be busy. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private FakeStore store;

    @BeforeEach
    void start() throws IOException {
        store = new FakeStore();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private static <T> T returns(ThrowingSupplier<T> call) {
        return assertTimeoutPreemptively(HANG_GUARD, call);
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("the server saw the connection close")
                .isTrue();
    }

    private FetchResult.Failed fails(HttpManifestSource source, String path) {
        FetchResult result = returns(() -> source.fetch(URI.create(store.url(path))));
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) result;
    }

    /** Resolves a root whose one component is at {@code url}; the error must name the URL and be {@code fetch}. */
    private static ComponentFetchException resolveFails(HttpManifestSource source, String url) {
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, url);
        ComponentResolver resolver = ComponentResolver.builder().source(source).build();
        Throwable thrown = returns(() -> {
            try {
                resolver.resolve(root);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(thrown).isInstanceOf(ComponentFetchException.class)
                .hasMessageStartingWith("Failed get component meta. Component: " + url + ", reason: ");
        ComponentFetchException e = (ComponentFetchException) thrown;
        assertThat(e.code()).isEqualTo("fetch");
        return e;
    }

    /** A chunked JSON answer whose body {@code writer} writes; the latch counts down when the writer stops. */
    private static void chunked(HttpExchange exchange, int status, String contentType, BodyWriter writer,
                                CountDownLatch ended) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            writer.write(out);
        } catch (IOException e) {
            // The client hung up: what a client that gives up should do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private static BodyWriter endless(AtomicLong written) {
        byte[] chunk = "0,".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
        return out -> {
            out.write('[');
            while (true) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        };
    }

    // ------------------------------------------------------------ size

    @Test
    void stopsAnEndlessBodyAtTheSizeLimitAndHangsUp() throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        AtomicLong written = new AtomicLong();
        store.handler("/endless", x -> chunked(x, 200, "application/json", endless(written), ended));

        FetchResult.Failed failed = fails(HttpManifestSource.create(), "/endless");

        assertThat(failed.kind()).isEqualTo(FetchResult.Kind.TOO_LARGE);
        assertThat(failed.message()).isEqualTo("maxContentLength size of 8388608 exceeded");
        await(ended);
        // The server stopped because the client closed the connection, not because it wrote everything.
        assertThat(written.get()).isLessThan(64L << 20);
        assertThat(resolveFails(HttpManifestSource.builder().maxBodyBytes(1 << 20).build(), store.url("/endless")))
                .hasMessageContaining("reason: maxContentLength size of 1048576 exceeded");
    }

    @Test
    void doesNotReadTheEndlessBodyOfAnErrorOrARedirect() throws InterruptedException {
        CountDownLatch errorEnded = new CountDownLatch(1);
        CountDownLatch redirectEnded = new CountDownLatch(1);
        store.handler("/error", x -> chunked(x, 500, "application/json", endless(new AtomicLong()), errorEnded));
        store.handler("/moved", x -> {
            x.getResponseHeaders().add("Location", "/error");
            chunked(x, 302, "text/html", endless(new AtomicLong()), redirectEnded);
        });

        FetchResult.Failed failed = fails(HttpManifestSource.create(), "/moved");

        assertThat(failed.kind()).isEqualTo(FetchResult.Kind.HTTP_STATUS);
        assertThat(failed.message()).isEqualTo("Request failed with status code 500");
        await(errorEnded);
        await(redirectEnded);
    }

    // ------------------------------------------------------------ time

    @Test
    void failsATrickledBodyAtTheDeadline() throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        store.handler("/trickle", x -> chunked(x, 200, "application/json", out -> {
            out.write("{\"name\":\"comp-b\",".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                // Each byte well within any read timeout; the body never ends.
                Thread.sleep(200);
                out.write(' ');
                out.flush();
            }
        }, ended));
        HttpManifestSource quick = HttpManifestSource.builder().requestTimeout(Duration.ofMillis(1500)).build();

        FetchResult.Failed failed = fails(quick, "/trickle");

        assertThat(failed.kind()).isEqualTo(FetchResult.Kind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("timeout of 1500ms exceeded");
        await(ended);
        assertThat(resolveFails(quick, store.url("/trickle"))).hasMessageContaining("reason: timeout of 1500ms exceeded");
    }

    @Test
    void failsATrickledBodyOfAnnouncedLengthAtTheDeadline() {
        CountDownLatch ended = new CountDownLatch(1);
        store.handler("/trickle-sized", x -> {
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, 100_000);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    Thread.sleep(200);
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException e) {
                // hung up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ended.countDown();
            }
        });
        HttpManifestSource quick = HttpManifestSource.builder().requestTimeout(Duration.ofMillis(1000)).build();

        FetchResult.Failed failed = fails(quick, "/trickle-sized");

        assertThat(failed.kind()).isEqualTo(FetchResult.Kind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("timeout of 1000ms exceeded");
    }

    @Test
    void failsAServerThatNeverAnswersAtTheDeadline() throws Exception {
        store.handler("/asleep", x -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HttpManifestSource quick = HttpManifestSource.builder().requestTimeout(Duration.ofMillis(500)).build();
        assertThat(fails(quick, "/asleep").kind()).isEqualTo(FetchResult.Kind.TIMEOUT);

        try (RawServer silent = new RawServer(RawServer.Mode.SILENT)) {
            FetchResult result = returns(() -> quick.fetch(URI.create(silent.url("/x"))));
            assertThat(result).isInstanceOf(FetchResult.Failed.class)
                    .extracting(r -> ((FetchResult.Failed) r).message()).isEqualTo("timeout of 500ms exceeded");
            await(silent.closed);
        }
    }

    @Test
    void failsHeadersThatNeverEndAtTheDeadline() throws Exception {
        HttpManifestSource quick = HttpManifestSource.builder().requestTimeout(Duration.ofMillis(1500)).build();
        try (RawServer endless = new RawServer(RawServer.Mode.ENDLESS_HEADERS)) {
            FetchResult result = returns(() -> quick.fetch(URI.create(endless.url("/x"))));

            assertThat(result).isInstanceOf(FetchResult.Failed.class);
            assertThat(((FetchResult.Failed) result).kind()).isEqualTo(FetchResult.Kind.TIMEOUT);
            await(endless.closed);
            assertThat(resolveFails(quick, endless.url("/y")).failures()).singleElement()
                    .extracting(ComponentFetchException.UrlFailure::kind).isEqualTo(FetchResult.Kind.TIMEOUT);
        }
    }

    @Test
    void holdsTheDeadlineAcrossRedirects() {
        // Each hop answers within the deadline; together they do not.
        store.handler("/hop/", x -> {
            int n = Integer.parseInt(x.getRequestURI().getPath().substring("/hop/".length()));
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            x.getResponseHeaders().add("Location", "/hop/" + (n + 1));
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        HttpManifestSource source = HttpManifestSource.builder().requestTimeout(Duration.ofMillis(1000))
                .maxRedirects(100).build();

        FetchResult.Failed failed = fails(source, "/hop/0");

        assertThat(failed.kind()).isEqualTo(FetchResult.Kind.TIMEOUT);
        assertThat(store.log().stream().filter(l -> l.startsWith("GET /hop/")).count()).isLessThan(100);
    }

    // ------------------------------------------------------------ redirects

    @Test
    void namesARedirectLoop() {
        store.redirect("/a", "/b").redirect("/b", store.url("/a")).redirect("/self", "/self");

        FetchResult.Failed loop = fails(HttpManifestSource.create(), "/a");
        FetchResult.Failed self = fails(HttpManifestSource.create(), "/self");

        assertThat(loop.kind()).isEqualTo(FetchResult.Kind.REDIRECT);
        assertThat(loop.message()).isEqualTo("Redirect loop: " + store.url("/a") + " → " + store.url("/b") + " → "
                + store.url("/a"));
        assertThat(self.message()).isEqualTo("Redirect loop: " + store.url("/self") + " → " + store.url("/self"));
        assertThat(store.count("GET /a")).isEqualTo(1);
        assertThat(store.count("GET /self")).isEqualTo(1);
        assertThat(resolveFails(HttpManifestSource.create(), store.url("/a")))
                .hasMessageContaining("reason: Redirect loop: " + store.url("/a") + " → ");
    }

    @Test
    void stopsALongRedirectChainAtTheLimit() {
        store.handler("/chain/", x -> {
            int n = Integer.parseInt(x.getRequestURI().getPath().substring("/chain/".length()));
            x.getResponseHeaders().add("Location", "/chain/" + (n + 1));
            x.sendResponseHeaders(301, -1);
            x.close();
        });

        FetchResult.Failed failed = fails(HttpManifestSource.create(), "/chain/0");

        assertThat(failed.kind()).isEqualTo(FetchResult.Kind.REDIRECT);
        assertThat(failed.message()).isEqualTo("Maximum number of redirects exceeded: 5 from " + store.url("/chain/0")
                + ", the last to " + store.url("/chain/5"));
        assertThat(store.log()).filteredOn(l -> l.startsWith("GET /chain/")).hasSize(6);
    }

    @Test
    void refusesRedirectsToOtherProtocols() {
        store.redirect("/to-file", "file:///etc/passwd").redirect("/to-ftp", "ftp://127.0.0.1/blocklet.json")
                .redirect("/to-js", "javascript:alert(1)").redirect("/to-nowhere", "http://");

        for (String path : List.of("/to-file", "/to-ftp", "/to-js", "/to-nowhere")) {
            FetchResult.Failed failed = fails(HttpManifestSource.create(), path);
            assertThat(failed.kind()).as(path).isEqualTo(FetchResult.Kind.REDIRECT);
            assertThat(failed.message()).as(path).startsWith("Redirected to an unsupported URL: ")
                    .endsWith(" (from " + store.url(path) + ")");
        }
    }

    // ------------------------------------------------------------ JSON bombs

    @Test
    void refusesJsonNestedDeeperThanTheLimit() {
        store.json("/arrays", "[".repeat(100_000))
                .json("/objects", "{\"a\":".repeat(100_000))
                .json("/closed", "{\"a\":" + "[".repeat(501) + "]".repeat(501) + "}");

        for (String path : List.of("/arrays", "/objects", "/closed")) {
            FetchResult.Failed failed = fails(HttpManifestSource.create(), path);
            assertThat(failed.kind()).as(path).isEqualTo(FetchResult.Kind.JSON_LIMIT);
            assertThat(failed.message()).as(path).isEqualTo("Url is not valid: the JSON nests deeper than 500 levels");
        }
        assertThat(resolveFails(HttpManifestSource.create(), store.url("/arrays")))
                .hasMessageContaining("reason: Url is not valid: the JSON nests deeper than 500 levels");
        // Within the limit the parser is fine, and the validator refuses what is too deep for a manifest.
        store.json("/deep-manifest", meta("comp-b", "1.0.0").toString().replaceFirst("^\\{",
                "{\"x\":" + "[".repeat(300) + "]".repeat(300) + ","));
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/deep-manifest"));
        assertThatThrownBy(() -> returns(() -> ComponentResolver.create().resolve(root)))
                .isInstanceOf(ComponentFetchException.class).hasFieldOrPropertyWithValue("code", "invalid-meta")
                .hasMessageContaining(store.url("/deep-manifest") + ", reason: Invalid blocklet meta: ");
        // With the parser's limit lifted, nothing on the way recurses: 40,000 levels are a clear error too.
        store.json("/deeper-manifest", meta("comp-b", "1.0.0").toString().replaceFirst("^\\{",
                "{\"x\":" + "[".repeat(40_000) + "]".repeat(40_000) + ","));
        HttpManifestSource lifted = HttpManifestSource.builder().maxJsonDepth(Integer.MAX_VALUE).build();
        assertThat(returns(() -> lifted.fetch(URI.create(store.url("/deeper-manifest")))))
                .isInstanceOf(FetchResult.Found.class);
        ObjectNode deeper = meta("root-app", "1.0.0");
        urlComponent(deeper, "comp-b", true, store.url("/deeper-manifest"));
        assertThatThrownBy(() -> returns(() -> ComponentResolver.builder().source(lifted).build().resolve(deeper)))
                .isInstanceOf(ComponentFetchException.class).hasFieldOrPropertyWithValue("code", "invalid-meta");
    }

    @Test
    void refusesHugeNumbersStringsAndNames() {
        String digits = "1".repeat(1_000_000);
        String big = "x".repeat(7 << 20);
        store.json("/integer", "{\"n\":" + digits + "}")
                .json("/fraction", "{\"n\":0." + digits + "}")
                .json("/exponent", "{\"n\":1e" + digits + "}")
                .json("/string", "{\"name\":\"" + big + "\"}")
                .json("/name", "{\"" + big + "\":1}");

        for (String path : List.of("/integer", "/fraction", "/exponent")) {
            FetchResult.Failed failed = fails(HttpManifestSource.create(), path);
            assertThat(failed.kind()).as(path).isEqualTo(FetchResult.Kind.JSON_LIMIT);
            assertThat(failed.message()).as(path)
                    .isEqualTo("Url is not valid: the JSON has a number longer than 1000 characters");
        }
        assertThat(fails(HttpManifestSource.create(), "/string").message())
                .isEqualTo("Url is not valid: the JSON has a string longer than 1048576 characters");
        assertThat(fails(HttpManifestSource.create(), "/name").message())
                .isEqualTo("Url is not valid: the JSON has a property name longer than 1048576 characters");
        assertThat(fails(HttpManifestSource.builder().maxJsonStringLength(100).build(), "/string").kind())
                .isEqualTo(FetchResult.Kind.JSON_LIMIT);
    }

    @Test
    void refusesADocumentOfTooManyTokens() {
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 600_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(Integer.toString(i, 36)).append("\":0");
        }
        store.json("/keys", keys.append('}').toString())
                .json("/zeros", "[" + "0,".repeat(3_000_000) + "0]");

        for (String path : List.of("/keys", "/zeros")) {
            FetchResult.Failed failed = fails(HttpManifestSource.create(), path);
            assertThat(failed.kind()).as(path).isEqualTo(FetchResult.Kind.JSON_LIMIT);
            assertThat(failed.message()).as(path).isEqualTo("Url is not valid: the JSON has more than 1000000 tokens");
        }
        assertThat(fails(HttpManifestSource.builder().maxJsonTokens(10).build(), "/keys").message())
                .isEqualTo("Url is not valid: the JSON has more than 10 tokens");
    }

    @Test
    void refusesAManifestOfTooManyValuesBeforeValidatingIt() {
        // Within the parser's limits, but more than a manifest read from a file may hold; htmlAst does not count.
        ObjectNode keys = meta("comp-b", "1.0.0");
        for (int i = 0; i < 60_000; i++) {
            keys.put("k" + i, 0);
        }
        ObjectNode readme = meta("comp-b", "1.0.0");
        tools.jackson.databind.node.ArrayNode ast = readme.putArray("htmlAst");
        for (int i = 0; i < 60_000; i++) {
            ast.addObject().put("type", "text").put("value", "word");
        }
        store.json("/keys.json", keys.toString()).json("/readme.json", readme.toString());

        ComponentFetchException e = resolveFails(HttpManifestSource.create(), store.url("/keys.json"));

        assertThat(e.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FetchResult.Kind.JSON_LIMIT);
            assertThat(f.message()).isEqualTo("Url is not valid: the manifest has more than 50000 values (htmlAst aside)");
        });
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "comp-b", true, store.url("/readme.json"));
        assertThat(returns(() -> ComponentResolver.create().resolve(root)).components()).hasSize(1);
        assertThatThrownBy(() -> returns(() -> ComponentResolver.builder().maxManifestValues(5).build().resolve(root)))
                .isInstanceOf(ComponentFetchException.class)
                .hasMessageEndingWith("reason: Url is not valid: the manifest has more than 5 values (htmlAst aside) "
                        + "(in root-app)");
    }

    @Test
    void readsFileUrlsWithTheSameLimits(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(100_000));
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"a\":\"" + "x".repeat(2 << 20) + "\"}");

        FetchResult deepResult = HttpManifestSource.create().fetch(deep.toUri());
        FetchResult bigResult = HttpManifestSource.builder().maxBodyBytes(1 << 20).build().fetch(big.toUri());

        assertThat(deepResult).isEqualTo(new FetchResult.Failed(deep.toUri(), FetchResult.Kind.JSON_LIMIT,
                "Invalid JSON: the JSON nests deeper than 500 levels"));
        assertThat(bigResult).isEqualTo(new FetchResult.Failed(big.toUri(), FetchResult.Kind.TOO_LARGE,
                "maxContentLength size of 1048576 exceeded"));
    }

    @Test
    void refusesDevicesAndPipesAsFileUrls(@TempDir Path dir) throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        FetchResult result = returns(() -> HttpManifestSource.create().fetch(zero.toUri()));
        assertThat(result).isEqualTo(new FetchResult.Failed(zero.toUri(), FetchResult.Kind.IO,
                "Not a regular file: /dev/zero"));

        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("needs mkfifo");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        // Opening a FIFO without a writer blocks forever; it is refused before it is opened.
        FetchResult pipe = returns(() -> HttpManifestSource.create().fetch(fifo.toUri()));
        assertThat(pipe).isInstanceOf(FetchResult.Failed.class)
                .extracting(r -> ((FetchResult.Failed) r).message()).isEqualTo("Not a regular file: " + fifo);
    }

    // ------------------------------------------------------------ compression

    @Test
    void neverAsksForNorInflatesACompressedBody() throws IOException {
        // 64 MiB of JSON white space, compressed: a bomb for a client that inflates what it is sent.
        byte[] zeros = new byte[1 << 20];
        java.util.Arrays.fill(zeros, (byte) ' ');
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        ByteArrayOutputStream df = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(df, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        for (String coding : List.of("gzip", "deflate")) {
            byte[] body = coding.equals("gzip") ? gz.toByteArray() : df.toByteArray();
            store.handler("/" + coding, x -> {
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.getResponseHeaders().add("Content-Encoding", coding);
                x.sendResponseHeaders(200, body.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                } catch (IOException e) {
                    // hung up
                }
            });
        }
        store.route("/unlabelled", new FakeStore.Route(200, "application/json", gz.toByteArray(), 0, null, false));

        for (String coding : List.of("gzip", "deflate")) {
            FetchResult.Failed failed = fails(HttpManifestSource.create(), "/" + coding);
            assertThat(failed.kind()).as(coding).isEqualTo(FetchResult.Kind.NOT_JSON);
            assertThat(failed.message()).as(coding).isEqualTo("Unexpected content-encoding from "
                    + store.url("/" + coding) + ": " + coding + " (compressed bodies are not asked for and not read)");
            assertThat(store.lastRequestHeaders("/" + coding).get("Accept-Encoding")).containsExactly("identity");
        }
        // Compressed bytes without the header are just bytes that are not JSON.
        assertThat(fails(HttpManifestSource.create(), "/unlabelled").kind()).isEqualTo(FetchResult.Kind.INVALID_JSON);
    }

    // ------------------------------------------------------------ threads

    @Test
    void servesManyConcurrentFetchesOnABoundedNumberOfClientThreads() throws Exception {
        store.route("/slow", new FakeStore.Route(200, "application/json",
                meta("comp-b", "1.0.0").toString().getBytes(StandardCharsets.UTF_8), 300, null, false));
        HttpManifestSource source = HttpManifestSource.create();
        ExecutorService callers = Executors.newFixedThreadPool(64);
        try (ThreadCount client = new ThreadCount("blocklet-http-");
             ThreadCount defaultPool = new ThreadCount("HttpClient-")) {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(callers.submit(() -> source.fetch(URI.create(store.url("/slow")))));
            }
            for (Future<FetchResult> f : results) {
                assertThat(f.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(FetchResult.Found.class);
            }
            assertThat(client.most()).isBetween(1, HttpManifestSource.CLIENT_THREADS);
            // The JDK's own client threads: its selector only, no workers of its unbounded default pool.
            assertThat(defaultPool.most()).isLessThanOrEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    /** The most threads alive at once, started since it was made, whose names start with a prefix. */
    private static final class ThreadCount implements AutoCloseable {
        private final Set<Thread> before = Thread.getAllStackTraces().keySet();
        private final AtomicInteger most = new AtomicInteger();
        private final Thread sampler;

        ThreadCount(String prefix) {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Set<Thread> now = new HashSet<>(Thread.getAllStackTraces().keySet());
                    now.removeAll(before);
                    most.accumulateAndGet((int) now.stream().filter(t -> t.getName().startsWith(prefix)).count(),
                            Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "thread-count");
            sampler.setDaemon(true);
            sampler.start();
        }

        int most() {
            return most.get();
        }

        @Override
        public void close() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
        }
    }

    // ------------------------------------------------------------ graphs

    /** Serves, under {@code prefix}, the manifest {@code gen-<i>} whose components are at {@code children.of(i)}. */
    private void generate(String prefix, java.util.function.IntFunction<int[]> children, long delayMillis) {
        store.handler(prefix, x -> {
            String file = x.getRequestURI().getPath().substring(prefix.length());
            int i = Integer.parseInt(file.substring(0, file.length() - ".json".length()));
            ObjectNode m = meta("gen-" + i, "1.0.0");
            for (int c : children.apply(i)) {
                urlComponent(m, "gen-" + c, true, store.url(prefix + c + ".json"));
            }
            byte[] body = m.toString().getBytes(StandardCharsets.UTF_8);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // hung up
            }
        });
    }

    private ObjectNode rootOf(String url) {
        ObjectNode root = meta("root-app", "1.0.0");
        urlComponent(root, "gen-0", true, url);
        return root;
    }

    private static ResolverException resolveThrows(ComponentResolver resolver, ObjectNode root) {
        Throwable thrown = returns(() -> {
            try {
                resolver.resolve(root);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(thrown).isInstanceOf(ResolverException.class);
        return (ResolverException) thrown;
    }

    private long fetched(String prefix) {
        return store.log().stream().filter(l -> l.startsWith("GET " + prefix)).count();
    }

    @Test
    void stopsATreeThatGrowsWithoutEnd() {
        // 100,000 components, each requiring the next two: within the depth limit the tree has about 1.6^40 nodes.
        generate("/gen/", i -> i + 2 < 100_000 ? new int[] {i + 1, i + 2} : new int[0], 0);

        ResolverException e = resolveThrows(ComponentResolver.create(), rootOf(store.url("/gen/0.json")));

        assertThat(e.code()).isEqualTo("too-many-components");
        // Where the limit is reached depends on which fetches finish first.
        assertThat(e.getMessage()).startsWith("The component tree has more than 10000 components (the limit was "
                + "reached in root-app → gen-0 → ");
        assertThat(e.dids()).startsWith(Metas.did("root-app"), Metas.did("gen-0"));
        // Each URL is fetched once per run: the tree is big, the fetches are few.
        assertThat(fetched("/gen/")).isLessThan(100);
    }

    @Test
    void stopsAWideFanOutBeforeFetchingIt() throws InterruptedException {
        // 1 + 300 + 300 × 300 = 90,301 components.
        generate("/fan/", i -> {
            int[] c = new int[i <= 300 ? 300 : 0];
            for (int k = 0; k < c.length; k++) {
                c[k] = i == 0 ? 1 + k : 301 + (i - 1) * 300 + k;
            }
            return c;
        }, 0);

        ResolverException e;
        try (ThreadCount workers = new ThreadCount("blocklet-resolver-")) {
            e = resolveThrows(ComponentResolver.create(), rootOf(store.url("/fan/0.json")));
            assertThat(workers.most()).isBetween(1, ComponentResolver.DEFAULT_PARALLELISM);
        }

        assertThat(e.code()).isEqualTo("too-many-components");
        assertThat(fetched("/fan/")).isLessThan(10_000);
    }

    @Test
    void appliesTheComponentLimitEvenWhenContinuingOnError() {
        generate("/small/", i -> i == 0 ? new int[] {1, 2} : new int[0], 0);
        ObjectNode root = rootOf(store.url("/small/0.json"));

        assertThat(ComponentResolver.builder().maxComponents(3).build().resolve(root).components()).hasSize(3);
        ResolverException e = resolveThrows(ComponentResolver.builder().maxComponents(2).continueOnError(true).build(),
                root);
        assertThat(e.code()).isEqualTo("too-many-components");
        assertThat(e.getMessage()).isEqualTo("The component tree has more than 2 components (the limit was reached "
                + "in root-app → gen-0)");
    }

    @Test
    void reportsCyclesAndEndlessChainsInAGeneratedGraph() {
        generate("/ring3/", i -> new int[] {(i + 1) % 3}, 0);
        generate("/ring/", i -> new int[] {(i + 1) % 100_000}, 0);

        ResolverException cycle = resolveThrows(ComponentResolver.create(), rootOf(store.url("/ring3/0.json")));
        ResolverException chain = resolveThrows(ComponentResolver.create(), rootOf(store.url("/ring/0.json")));

        assertThat(cycle.code()).isEqualTo("circular");
        assertThat(cycle.getMessage()).endsWith("(gen-0 → gen-1 → gen-2 → gen-0)");
        assertThat(chain.code()).isEqualTo("depth");
        assertThat(fetched("/ring/")).isLessThanOrEqualTo(ComponentResolver.DEFAULT_MAX_DEPTH + 2);
    }

    @Test
    void stopsAResolutionThatOutlastsItsTimeout() {
        // Each answer is quick enough for its own fetch deadline; together they would take minutes.
        generate("/slow-chain/", i -> new int[] {i + 1, i + 100_000}, 300);
        ComponentResolver impatient = ComponentResolver.builder().timeout(Duration.ofSeconds(2))
                .continueOnError(true).build();

        ResolverException e = resolveThrows(impatient, rootOf(store.url("/slow-chain/0.json")));

        assertThat(e.code()).isEqualTo("timeout");
        assertThat(e.getMessage()).isEqualTo("The resolution took longer than 2000ms");
        assertThat(e.dids()).containsExactly(Metas.did("root-app"));
    }

    @Test
    void sharesOneLargeManifestReachedThousandsOfTimes() {
        // A valid manifest of 40,000 values (keywords are free-form), listed 9,000 times: each place in the tree
        // must not cost a copy of it (or a validation), or the run needs hundreds of millions of nodes.
        ObjectNode big = meta("comp-big", "1.0.0");
        tools.jackson.databind.node.ArrayNode keywords = big.putArray("keywords");
        for (int i = 0; i < 40_000; i++) {
            keywords.add("k" + i);
        }
        store.json("/big.json", big.toString());
        ObjectNode fan = meta("gen-0", "1.0.0");
        for (int i = 0; i < 9_000; i++) {
            urlComponent(fan, "comp-big", false, store.url("/big.json"));
        }
        store.json("/fan-big.json", fan.toString());

        Resolution r = returns(() -> ComponentResolver.create().resolve(rootOf(store.url("/fan-big.json"))));

        assertThat(r.tree().children().get(0).children()).hasSize(9_000);
        assertThat(r.components()).extracting(ResolvedComponent::name).containsExactly("gen-0", "comp-big");
        assertThat(r.components().get(1).meta().orElseThrow().name()).contains("comp-big");
        assertThat(store.count("GET /big.json")).isEqualTo(1);
    }

    @Test
    void namesAFewOfThousandsOfFailingUrlsReachedInThousandsOfPlaces() {
        // comp-p's one component has 20,000 URLs, none usable; comp-p is listed 4,000 times.
        ObjectNode p = meta("comp-p", "1.0.0");
        String[] urls = new String[20_000];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = "ftp://127.0.0.1/" + i + ".json";
        }
        urlComponent(p, "comp-x", true, urls);
        ObjectNode fan = meta("gen-0", "1.0.0");
        for (int i = 0; i < 4_000; i++) {
            urlComponent(fan, "comp-p", false, store.url("/p.json"));
        }
        store.json("/p.json", p.toString()).json("/fan-p.json", fan.toString());

        ResolverException e = resolveThrows(ComponentResolver.create(), rootOf(store.url("/fan-p.json")));

        assertThat(e).isInstanceOf(ComponentFetchException.class);
        assertThat(e.getMessage()).startsWith("Failed get component meta. Component: ftp://127.0.0.1/0.json, "
                        + "ftp://127.0.0.1/1.json, ")
                .contains("ftp://127.0.0.1/19.json and 19980 more, reason: Invalid url protocol: ftp "
                        + "(ftp://127.0.0.1/0.json), ")
                .endsWith("Invalid url protocol: ftp (ftp://127.0.0.1/19.json) and 19980 more (in root-app → gen-0 → "
                        + "comp-p)")
                .hasSizeLessThan(5_000);
        assertThat(((ComponentFetchException) e).failures()).hasSize(20_000);
        assertThat(store.count("GET /p.json")).isEqualTo(1);
    }

    // ------------------------------------------------------------ the resolver's view

    @Test
    void reportsEveryHostileAnswerAsAFetchFailureNamingTheUrl() {
        store.json("/deep", "[".repeat(100_000)).redirect("/loop", "/loop")
                .status("/gone", 410).redirect("/to-file", "file:///etc/passwd");

        assertThat(resolveFails(HttpManifestSource.create(), store.url("/deep")))
                .asInstanceOf(type(ComponentFetchException.class))
                .extracting(e -> e.failures().get(0).kind()).isEqualTo(FetchResult.Kind.JSON_LIMIT);
        assertThat(resolveFails(HttpManifestSource.create(), store.url("/loop")).failures().get(0).kind())
                .isEqualTo(FetchResult.Kind.REDIRECT);
        assertThat(resolveFails(HttpManifestSource.create(), store.url("/gone")).failures().get(0).message())
                .isEqualTo("Request failed with status code 410");
        assertThat(resolveFails(HttpManifestSource.create(), store.url("/to-file")).failures().get(0).message())
                .isEqualTo("Redirected to an unsupported URL: file:///etc/passwd (from " + store.url("/to-file") + ")");
    }
}
