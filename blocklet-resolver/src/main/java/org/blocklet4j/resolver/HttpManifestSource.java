package org.blocklet4j.resolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches manifests over HTTP(S) with {@link HttpClient} and reads {@code file:} URLs from disk, as the
 * reference's {@code getBlockletMetaByUrl} does, with limits the reference lacks, so that a hostile or broken
 * server costs bounded time and memory and gives a {@link FetchResult.Failed} with a clear reason:
 * <ul>
 *   <li>time: a connect timeout, and a deadline for the whole fetch ({@link Builder#requestTimeout}) that holds
 *       from sending the request to the last byte of the body, across redirects, so a server that accepts and
 *       never answers, never finishes its headers or trickles its body a byte at a time fails at the deadline
 *       ({@link FetchResult.Kind#TIMEOUT}, {@code timeout of 20000ms exceeded});</li>
 *   <li>redirects: at most {@link Builder#maxRedirects}, to {@code http:} and {@code https:} only, never back
 *       to a URL already visited ({@link FetchResult.Kind#REDIRECT}, naming the URLs);</li>
 *   <li>size: a body (or file) over {@link Builder#maxBodyBytes} is refused as soon as its length is announced or
 *       its bytes pass the limit, and the connection is closed, so an endless body stops there
 *       ({@link FetchResult.Kind#TOO_LARGE}, {@code maxContentLength size of 8388608 exceeded}); a body that is
 *       not read (an error status, a redirect) is not downloaded at all;</li>
 *   <li>content: JSON or plain-text content types only, and no content coding: the request asks for
 *       {@code Accept-Encoding: identity} and {@link HttpClient} never decompresses, so a gzip or deflate bomb
 *       is never inflated; an answer that is compressed anyway is refused ({@link FetchResult.Kind#NOT_JSON});</li>
 *   <li>JSON: read without recursion, within {@link Builder#maxJsonDepth} levels of nesting,
 *       {@link Builder#maxJsonStringLength} characters per string or property name, {@value #MAX_JSON_NUMBER_LENGTH}
 *       characters per number and {@link Builder#maxJsonTokens} tokens ({@link FetchResult.Kind#JSON_LIMIT});</li>
 *   <li>threads: the client's own work runs on at most {@value #CLIENT_THREADS} daemon threads, which end when
 *       idle; each fetch blocks only its caller.</li>
 * </ul>
 *
 * <p>Failures are reported in the reference's words where it has them: {@code Request failed with status code
 * 500}, {@code timeout of 20000ms exceeded}, {@code Url is not valid} (a body that is not a JSON object),
 * {@code File does not exist: /path}, {@code Invalid url protocol: ftp}. Nothing is thrown for what a server or a
 * file holds.
 *
 * <p>Nothing here touches the network until the first fetch; the HTTP client is created then. Instances are
 * immutable and safe to share between threads.
 */
public final class HttpManifestSource implements ManifestSource {
    /** Default connect timeout: 10 seconds, the reference's request timeout for HEAD checks. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Default time for a whole fetch, from the request to the last byte of the body, redirects included: 20
     * seconds, the reference's timeout for manifests.
     */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Default number of redirects followed: 5. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** Default largest body read: 8 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;
    /** Default deepest nesting of JSON arrays and objects: 500, Jackson's own default. */
    public static final int DEFAULT_MAX_JSON_DEPTH = 500;
    /** Default longest JSON string or property name: 1 MiB of characters (1,048,576). */
    public static final int DEFAULT_MAX_JSON_STRING_LENGTH = 1 << 20;
    /**
     * Default most JSON tokens in one document: 1,000,000 (each name, value, start and end counts one), room for a
     * rendered README in {@code htmlAst}; the tree of a document this size takes some tens of MiB.
     */
    public static final long DEFAULT_MAX_JSON_TOKENS = 1_000_000;
    /** The longest JSON number read: 1,000 characters, Jackson's default; a JavaScript number needs 25 at most. */
    public static final int MAX_JSON_NUMBER_LENGTH = 1000;
    /** How many threads the HTTP client's own work (not the waiting callers) may use at once. */
    public static final int CLIENT_THREADS = 4;

    private static final List<String> TARBALL_TYPES = List.of("application/octet-stream", "application/x-gzip");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxRedirects;
    private final long maxBodyBytes;
    private final int maxJsonDepth;
    private final int maxJsonStringLength;
    private final long maxJsonTokens;
    private final String userAgent;
    private final boolean checkTarballs;
    private final JsonMapper json;
    private volatile @Nullable HttpClient client;

    private HttpManifestSource(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.maxRedirects = b.maxRedirects;
        this.maxBodyBytes = b.maxBodyBytes;
        this.maxJsonDepth = b.maxJsonDepth;
        this.maxJsonStringLength = b.maxJsonStringLength;
        this.maxJsonTokens = b.maxJsonTokens;
        this.userAgent = b.userAgent;
        this.checkTarballs = b.checkTarballs;
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(maxJsonDepth)
                .maxStringLength(maxJsonStringLength)
                .maxNameLength(maxJsonStringLength)
                .maxNumberLength(MAX_JSON_NUMBER_LENGTH)
                .maxTokenCount(maxJsonTokens)
                .maxDocumentLength(maxBodyBytes)
                .build();
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** A source with the default limits. */
    public static HttpManifestSource create() {
        return builder().build();
    }

    /** A builder starting from the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** The connect timeout. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The time allowed for a whole fetch, from sending the request to the last byte of the body. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How many redirects are followed. */
    public int maxRedirects() {
        return maxRedirects;
    }

    /** The largest body (or file) read, in bytes. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The deepest nesting of JSON arrays and objects read. */
    public int maxJsonDepth() {
        return maxJsonDepth;
    }

    /** The longest JSON string or property name read, in characters. */
    public int maxJsonStringLength() {
        return maxJsonStringLength;
    }

    /** The most tokens one JSON document may have. */
    public long maxJsonTokens() {
        return maxJsonTokens;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code http:} and {@code https:} are fetched with GET; a status other than 2xx, a content type that is
     * neither JSON ({@code application/json}, {@code …+json}) nor {@code text/plain}, a content coding, a body
     * over the limit, text that is not JSON, JSON over a limit or JSON that is not an object are failures.
     * {@code file:} URLs are read from disk (regular files only, size limited too) and may hold any JSON; the
     * resolver's validation rejects what is not a manifest, as the reference's does.
     */
    @Override
    public FetchResult fetch(URI url) {
        Objects.requireNonNull(url, "url");
        String scheme = Urls.scheme(url);
        if (scheme.equals("file")) {
            return readFile(url);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new FetchResult.Failed(url, FetchResult.Kind.UNSUPPORTED_PROTOCOL, "Invalid url protocol: " + scheme);
        }
        Exchange exchange = exchange(url, "GET", true);
        if (exchange.failure != null) {
            return new FetchResult.Failed(url, exchange.failure.kind(), exchange.failure.message());
        }
        byte[] body = Objects.requireNonNull(exchange.body);
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (StreamConstraintsException e) {
            Failure f = overLimit(e);
            return new FetchResult.Failed(url, f.kind(), f.kind() == FetchResult.Kind.JSON_LIMIT
                    ? "Url is not valid: " + f.message() : f.message());
        } catch (JacksonException e) {
            return new FetchResult.Failed(url, FetchResult.Kind.INVALID_JSON,
                    "Url is not valid: the body is not JSON (" + oneLine(e.getOriginalMessage()) + ")");
        }
        if (tree == null || !tree.isObject()) {
            return new FetchResult.Failed(url, FetchResult.Kind.NOT_AN_OBJECT, "Url is not valid");
        }
        return new FetchResult.Found(url, tree);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A {@code file:} tarball must exist. For {@code http(s):} a HEAD request is sent (same timeouts and
     * redirect rules as {@link #fetch}); when it answers with a content type, that type must be
     * {@code application/octet-stream} or {@code application/x-gzip}. As in the reference, a HEAD request that
     * fails (no connection, an error status, a timeout) accepts the tarball. Off when built with
     * {@code checkTarballs(false)}.
     */
    @Override
    public Optional<String> checkTarball(URI tarball) {
        Objects.requireNonNull(tarball, "tarball");
        if (!checkTarballs) {
            return Optional.empty();
        }
        String scheme = Urls.scheme(tarball);
        if (scheme.equals("file")) {
            Optional<Path> path = path(tarball);
            return path.isPresent() && Files.exists(path.get()) ? Optional.empty()
                    : Optional.of("File does not exist: "
                    + path.map(Path::toString).orElse(tarball.getSchemeSpecificPart()));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Invalid url protocol: " + scheme);
        }
        Exchange exchange = exchange(tarball, "HEAD", false);
        if (exchange.failure != null || exchange.contentType == null) {
            return Optional.empty();
        }
        String type = exchange.contentType;
        return TARBALL_TYPES.stream().anyMatch(type::contains) ? Optional.empty()
                : Optional.of("Unexpected content-type from " + tarball + ": " + type);
    }

    private FetchResult readFile(URI url) {
        Optional<Path> path = path(url);
        if (path.isEmpty()) {
            return new FetchResult.Failed(url, FetchResult.Kind.NOT_FOUND,
                    "File does not exist: " + url.getSchemeSpecificPart());
        }
        Path file = path.get();
        try {
            if (!Files.exists(file)) {
                return new FetchResult.Failed(url, FetchResult.Kind.NOT_FOUND, "File does not exist: " + file);
            }
            // A device (/dev/zero, /dev/urandom) or a FIFO could give bytes forever or block on opening.
            if (!Files.isRegularFile(file)) {
                return new FetchResult.Failed(url, FetchResult.Kind.IO, "Not a regular file: " + file);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even when the size the file system reports is wrong (procfs) or the file grows.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            }
            if (bytes.length > maxBodyBytes) {
                return new FetchResult.Failed(url, FetchResult.Kind.TOO_LARGE, tooLarge());
            }
            JsonNode tree = json.readTree(bytes);
            return tree == null ? new FetchResult.Failed(url, FetchResult.Kind.INVALID_JSON, "Unexpected end of JSON input")
                    : new FetchResult.Found(url, tree);
        } catch (StreamConstraintsException e) {
            Failure f = overLimit(e);
            return new FetchResult.Failed(url, f.kind(), f.kind() == FetchResult.Kind.JSON_LIMIT
                    ? "Invalid JSON: " + f.message() : f.message());
        } catch (JacksonException e) {
            return new FetchResult.Failed(url, FetchResult.Kind.INVALID_JSON, "Invalid JSON: " + oneLine(e.getOriginalMessage()));
        } catch (IOException | SecurityException e) {
            return new FetchResult.Failed(url, FetchResult.Kind.IO, "Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Optional<Path> path(URI url) {
        try {
            return Optional.of(Path.of(url));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The failure for JSON over one of the parser's limits, in our words rather than Jackson's. */
    private Failure overLimit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        String reason;
        if (m.startsWith("Document nesting depth")) {
            reason = "the JSON nests deeper than " + maxJsonDepth + " levels";
        } else if (m.startsWith("String value length")) {
            reason = "the JSON has a string longer than " + maxJsonStringLength + " characters";
        } else if (m.startsWith("Name length")) {
            reason = "the JSON has a property name longer than " + maxJsonStringLength + " characters";
        } else if (m.startsWith("Number value length")) {
            reason = "the JSON has a number longer than " + MAX_JSON_NUMBER_LENGTH + " characters";
        } else if (m.startsWith("Token count")) {
            reason = "the JSON has more than " + maxJsonTokens + " tokens";
        } else if (m.startsWith("Document length")) {
            return new Failure(FetchResult.Kind.TOO_LARGE, tooLarge());
        } else {
            reason = "the JSON is over a limit (" + oneLine(m) + ")";
        }
        return new Failure(FetchResult.Kind.JSON_LIMIT, reason);
    }

    /** The first line of a parser message, without Jackson's pointer to its own settings. */
    private static String oneLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("unreadable");
        int from = line.indexOf(", from `");
        return from < 0 ? line : line.substring(0, from) + ")";
    }

    private String tooLarge() {
        return "maxContentLength size of " + maxBodyBytes + " exceeded";
    }

    /** The outcome of one request after redirects: a body (GET), headers only (HEAD), or a failure. */
    private static final class Exchange {
        @Nullable Failure failure;
        byte @Nullable [] body;
        @Nullable String contentType;
    }

    private record Failure(FetchResult.Kind kind, String message) {
    }

    private Exchange exchange(URI start, String method, boolean wantBody) {
        Exchange out = new Exchange();
        URI url = start;
        List<URI> visited = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        for (int redirects = 0; ; redirects++) {
            visited.add(url);
            seen.add(url.normalize().toString());
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(url)
                        // HTTP/2 where TLS negotiates it; no h2c upgrade offers to plain-HTTP servers.
                        .version(Urls.scheme(url).equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .timeout(requestTimeout)
                        .header("Accept", "application/json, text/plain, */*")
                        // HttpClient never decodes a content coding; saying so keeps servers from sending one.
                        .header("Accept-Encoding", "identity")
                        .header("User-Agent", userAgent)
                        .build();
            } catch (IllegalArgumentException e) {
                // java.net.http's own checks (no host, say) on a URL that java.net.URI accepted.
                out.failure = redirects == 0 ? new Failure(FetchResult.Kind.INVALID_URL, "Invalid URL")
                        : new Failure(FetchResult.Kind.REDIRECT, "Redirected to an unsupported URL: " + url);
                return out;
            }
            Limited handler = new Limited(wantBody, url);
            CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, handler);
            HttpResponse<byte[]> response;
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                response = future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                abort(future, handler);
                out.failure = timeout();
                return out;
            } catch (InterruptedException e) {
                abort(future, handler);
                Thread.currentThread().interrupt();
                out.failure = new Failure(FetchResult.Kind.INTERRUPTED, "interrupted");
                return out;
            } catch (ExecutionException e) {
                abort(future, handler);
                out.failure = failure(e.getCause() == null ? e : e.getCause());
                return out;
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (isRedirect(status) && location.isPresent()) {
                if (redirects >= maxRedirects) {
                    out.failure = new Failure(FetchResult.Kind.REDIRECT, "Maximum number of redirects exceeded: "
                            + maxRedirects + " from " + start + ", the last to " + url);
                    return out;
                }
                Optional<URI> next = Urls.resolve(location.get(), url.toString()).flatMap(Urls::parse);
                String scheme = next.map(Urls::scheme).orElse("");
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    out.failure = new Failure(FetchResult.Kind.REDIRECT,
                            "Redirected to an unsupported URL: " + location.get() + " (from " + url + ")");
                    return out;
                }
                if (seen.contains(next.get().normalize().toString())) {
                    List<String> chain = new ArrayList<>();
                    visited.forEach(u -> chain.add(u.toString()));
                    chain.add(next.get().toString());
                    out.failure = new Failure(FetchResult.Kind.REDIRECT, "Redirect loop: " + String.join(" → ", chain));
                    return out;
                }
                url = next.get();
                continue;
            }
            if (status < 200 || status >= 300) {
                out.failure = new Failure(FetchResult.Kind.HTTP_STATUS, "Request failed with status code " + status);
                return out;
            }
            out.contentType = response.headers().firstValue("content-type").orElse(null);
            if (!wantBody) {
                return out;
            }
            if (handler.rejected != null) {
                out.failure = handler.rejected;
                return out;
            }
            out.body = response.body();
            return out;
        }
    }

    /** Stops a request that is given up: the exchange is cancelled and the body, if any, stops being read. */
    private static void abort(CompletableFuture<?> future, Limited handler) {
        future.cancel(true);
        handler.abort();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private Failure timeout() {
        return new Failure(FetchResult.Kind.TIMEOUT, "timeout of " + requestTimeout.toMillis() + "ms exceeded");
    }

    private Failure failure(Throwable thrown) {
        Throwable t = thrown;
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof TooLarge || c instanceof HttpTimeoutException) {
                t = c;
                break;
            }
        }
        if (t instanceof TooLarge) {
            return new Failure(FetchResult.Kind.TOO_LARGE, tooLarge());
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new Failure(FetchResult.Kind.TIMEOUT,
                    "connect timeout of " + connectTimeout.toMillis() + "ms exceeded");
        }
        if (t instanceof HttpTimeoutException) {
            return timeout();
        }
        if (t instanceof ConnectException) {
            return new Failure(FetchResult.Kind.IO, "connect failed" + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
        return new Failure(FetchResult.Kind.IO, t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    // HttpClient's default executor is an unbounded cached pool; its work never blocks, so a few
                    // threads serve any number of concurrent fetches. They end after a minute without work.
                    ThreadPoolExecutor executor = new ThreadPoolExecutor(CLIENT_THREADS, CLIENT_THREADS,
                            60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                                Thread t = new Thread(r, "blocklet-http-" + THREADS.incrementAndGet());
                                t.setDaemon(true);
                                return t;
                            });
                    executor.allowCoreThreadTimeOut(true);
                    c = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .executor(executor)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** Signals a body over the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body too large");
        }
    }

    /**
     * Reads a body only when the status and content type make it worth reading, and never more than the limit;
     * everything else is not read at all.
     */
    private final class Limited implements HttpResponse.BodyHandler<byte[]> {
        private final boolean wantBody;
        private final URI url;
        volatile @Nullable Failure rejected;
        private volatile HttpResponse.@Nullable BodySubscriber<byte[]> subscriber;
        private volatile boolean aborted;

        Limited(boolean wantBody, URI url) {
            this.wantBody = wantBody;
            this.url = url;
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            HttpResponse.BodySubscriber<byte[]> s = choose(info);
            subscriber = s;
            if (aborted) {
                abort();
            }
            return s;
        }

        private HttpResponse.BodySubscriber<byte[]> choose(HttpResponse.ResponseInfo info) {
            int status = info.statusCode();
            long length = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (!wantBody) {
                // HEAD: there is no body, whatever the length says.
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            if (status < 200 || status >= 300) {
                return skip(length);
            }
            Optional<String> type = info.headers().firstValue("content-type");
            if (type.isPresent() && !isJsonType(type.get())) {
                rejected = new Failure(FetchResult.Kind.NOT_JSON,
                        "Unexpected content-type from " + url + ": " + type.get());
                return skip(length);
            }
            Optional<String> coding = info.headers().firstValue("content-encoding")
                    .map(c -> c.strip().toLowerCase(Locale.ROOT));
            if (coding.isPresent() && !coding.get().isEmpty() && !coding.get().equals("identity")) {
                rejected = new Failure(FetchResult.Kind.NOT_JSON, "Unexpected content-encoding from " + url + ": "
                        + coding.get() + " (compressed bodies are not asked for and not read)");
                return skip(length);
            }
            if (length > maxBodyBytes) {
                rejected = new Failure(FetchResult.Kind.TOO_LARGE, tooLarge());
                return skip(length);
            }
            return new Bounded(maxBodyBytes);
        }

        /** Stops reading the body, if it is being read. */
        void abort() {
            aborted = true;
            HttpResponse.BodySubscriber<byte[]> s = subscriber;
            if (s instanceof Bounded b) {
                b.abort();
            } else if (s instanceof Skipped k) {
                k.abort();
            }
        }
    }

    /**
     * A body that is not wanted: an empty one is read to keep the connection; any other is not read, and the
     * connection is closed instead, so an endless error page costs nothing.
     */
    private static HttpResponse.BodySubscriber<byte[]> skip(long length) {
        return length == 0 ? HttpResponse.BodySubscribers.replacing(new byte[0]) : new Skipped();
    }

    static boolean isJsonType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semi = type.indexOf(';');
        String mime = (semi < 0 ? type : type.substring(0, semi)).trim();
        return mime.equals("application/json") || mime.endsWith("+json") || mime.equals("text/plain")
                || mime.equals("text/json");
    }

    /** Cancels the body at once and gives an empty one. */
    private static final class Skipped implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.cancel();
            result.complete(new byte[0]);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            // Cancelled: nothing more is wanted.
        }

        @Override
        public void onError(Throwable t) {
            result.complete(new byte[0]);
        }

        @Override
        public void onComplete() {
            result.complete(new byte[0]);
        }

        synchronized void abort() {
            if (subscription != null) {
                subscription.cancel();
            }
            result.complete(new byte[0]);
        }
    }

    /** Collects a body up to a limit; over it, cancels the stream and fails with {@link TooLarge}. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Flow.@Nullable Subscription subscription;
        private boolean done;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (done) {
                s.cancel();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> items) {
            if (done) {
                return;
            }
            for (ByteBuffer b : items) {
                if ((long) buffer.size() + b.remaining() > max) {
                    done = true;
                    Objects.requireNonNull(subscription).cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.writeBytes(chunk);
            }
        }

        @Override
        public synchronized void onError(Throwable t) {
            done = true;
            result.completeExceptionally(t);
        }

        @Override
        public synchronized void onComplete() {
            done = true;
            result.complete(buffer.toByteArray());
        }

        /** Given up by the caller (a timeout): stop reading and let the buffer go. */
        synchronized void abort() {
            if (done) {
                return;
            }
            done = true;
            if (subscription != null) {
                subscription.cancel();
            }
            buffer.reset();
            result.cancel(false);
        }
    }

    /** Builds {@link HttpManifestSource}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxJsonDepth = DEFAULT_MAX_JSON_DEPTH;
        private int maxJsonStringLength = DEFAULT_MAX_JSON_STRING_LENGTH;
        private long maxJsonTokens = DEFAULT_MAX_JSON_TOKENS;
        private String userAgent = "blocklet4j";
        private boolean checkTarballs = true;

        private Builder() {
        }

        /** The connect timeout (default {@link #DEFAULT_CONNECT_TIMEOUT}); positive. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /**
         * The deadline of a whole fetch, from sending the request to the last byte of the body, redirects included
         * (default {@link #DEFAULT_REQUEST_TIMEOUT}, the reference's); positive. A server that answers slowly, a
         * byte at a time, fails here however steadily it trickles.
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "requestTimeout");
            return this;
        }

        /** How many redirects to follow (default {@link #DEFAULT_MAX_REDIRECTS}); 0 follows none. */
        public Builder maxRedirects(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRedirects must be 0 or more: " + value);
            }
            this.maxRedirects = value;
            return this;
        }

        /**
         * The largest body or file read, in bytes (default {@link #DEFAULT_MAX_BODY_BYTES}); positive and at most
         * 1 GiB. The reference (axios) reads bodies of any size.
         */
        public Builder maxBodyBytes(long value) {
            if (value <= 0 || value > 1L << 30) {
                throw new IllegalArgumentException("maxBodyBytes must be 1 to 1 GiB: " + value);
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * The deepest nesting of JSON arrays and objects (default {@link #DEFAULT_MAX_JSON_DEPTH}); positive.
         * {@code JSON.parse} has no such limit; a manifest nests a few levels, and the validator refuses trees
         * deeper than 100 anyway.
         */
        public Builder maxJsonDepth(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxJsonDepth must be positive: " + value);
            }
            this.maxJsonDepth = value;
            return this;
        }

        /**
         * The longest JSON string or property name, in characters (default {@link #DEFAULT_MAX_JSON_STRING_LENGTH});
         * positive. {@code JSON.parse} has no such limit.
         */
        public Builder maxJsonStringLength(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxJsonStringLength must be positive: " + value);
            }
            this.maxJsonStringLength = value;
            return this;
        }

        /**
         * The most tokens in one JSON document (default {@link #DEFAULT_MAX_JSON_TOKENS}); positive. Bounds the
         * tree a body of {@link #maxBodyBytes} can build: tiny values ({@code [0,0,…]}, {@code {"a":0,…}}) cost
         * far more memory than their bytes. {@code JSON.parse} has no such limit.
         */
        public Builder maxJsonTokens(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxJsonTokens must be positive: " + value);
            }
            this.maxJsonTokens = value;
            return this;
        }

        /** The {@code User-Agent} header (default {@code blocklet4j}). */
        public Builder userAgent(String value) {
            this.userAgent = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Whether {@link HttpManifestSource#checkTarball} checks anything (default true, as the reference's
         * {@code ensureTarball}); false accepts every tarball without a request.
         */
        public Builder checkTarballs(boolean value) {
            this.checkTarballs = value;
            return this;
        }

        /** The source. */
        public HttpManifestSource build() {
            return new HttpManifestSource(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
