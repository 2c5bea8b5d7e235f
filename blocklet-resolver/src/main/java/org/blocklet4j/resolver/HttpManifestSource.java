package org.blocklet4j.resolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches manifests over HTTP(S) with {@link HttpClient} and reads {@code file:} URLs from disk, as the
 * reference's {@code getBlockletMetaByUrl} does, with limits the reference lacks: a connect timeout, a timeout for
 * the whole request (body included), a bounded number of redirects, a bounded body size, and JSON (or plain-text)
 * content types only.
 *
 * <p>Failures are reported in the reference's words where it has them: {@code Request failed with status code
 * 500}, {@code timeout of 20000ms exceeded}, {@code Url is not valid} (a body that is not a JSON object),
 * {@code File does not exist: /path}, {@code Invalid url protocol: ftp}.
 *
 * <p>Nothing here touches the network until the first fetch; the HTTP client is created then. Instances are
 * immutable and safe to share between threads.
 */
public final class HttpManifestSource implements ManifestSource {
    /** Default connect timeout: 10 seconds, the reference's request timeout for HEAD checks. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time for a whole request, body included: 20 seconds, the reference's timeout for manifests. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Default number of redirects followed: 5. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** Default largest body read: 8 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> TARBALL_TYPES = List.of("application/octet-stream", "application/x-gzip");

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxRedirects;
    private final long maxBodyBytes;
    private final String userAgent;
    private final boolean checkTarballs;
    private volatile @Nullable HttpClient client;

    private HttpManifestSource(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.maxRedirects = b.maxRedirects;
        this.maxBodyBytes = b.maxBodyBytes;
        this.userAgent = b.userAgent;
        this.checkTarballs = b.checkTarballs;
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

    /** The time allowed for a whole request, from sending it to the last byte of the body. */
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

    /**
     * {@inheritDoc}
     *
     * <p>{@code http:} and {@code https:} are fetched with GET; a status other than 2xx, a content type that is
     * neither JSON ({@code application/json}, {@code …+json}) nor {@code text/plain}, a body over the limit, text
     * that is not JSON or JSON that is not an object are failures. {@code file:} URLs are read from disk (size
     * limited too) and may hold any JSON; the resolver's validation rejects what is not a manifest, as the
     * reference's does.
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
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return new FetchResult.Failed(url, FetchResult.Kind.INVALID_JSON,
                    "Url is not valid: the body is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (json == null || !json.isObject()) {
            return new FetchResult.Failed(url, FetchResult.Kind.NOT_AN_OBJECT, "Url is not valid");
        }
        return new FetchResult.Found(url, json);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A {@code file:} tarball must exist. For {@code http(s):} a HEAD request is sent; when it answers with a
     * content type, that type must be {@code application/octet-stream} or {@code application/x-gzip}. As in the
     * reference, a HEAD request that fails (no connection, an error status, a timeout) accepts the tarball. Off
     * when built with {@code checkTarballs(false)}.
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
            if (Files.size(file) > maxBodyBytes) {
                return new FetchResult.Failed(url, FetchResult.Kind.TOO_LARGE,
                        "maxContentLength size of " + maxBodyBytes + " exceeded");
            }
            byte[] bytes = Files.readAllBytes(file);
            JsonNode json = JSON.readTree(bytes);
            return json == null ? new FetchResult.Failed(url, FetchResult.Kind.INVALID_JSON, "Unexpected end of JSON input")
                    : new FetchResult.Found(url, json);
        } catch (JacksonException e) {
            return new FetchResult.Failed(url, FetchResult.Kind.INVALID_JSON, "Invalid JSON: " + e.getOriginalMessage());
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
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        for (int redirects = 0; ; redirects++) {
            HttpRequest request = HttpRequest.newBuilder(url)
                    // HTTP/2 where TLS negotiates it; no h2c upgrade offers to plain-HTTP servers.
                    .version(Urls.scheme(url).equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(requestTimeout)
                    .header("Accept", "application/json, text/plain, */*")
                    .header("User-Agent", userAgent)
                    .build();
            Limited handler = new Limited(wantBody, url);
            CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, handler);
            HttpResponse<byte[]> response;
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                response = future.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                out.failure = timeout();
                return out;
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                out.failure = new Failure(FetchResult.Kind.INTERRUPTED, "interrupted");
                return out;
            } catch (ExecutionException e) {
                out.failure = failure(e.getCause() == null ? e : e.getCause());
                return out;
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (isRedirect(status) && location.isPresent()) {
                if (redirects >= maxRedirects) {
                    out.failure = new Failure(FetchResult.Kind.REDIRECT, "Maximum number of redirects exceeded");
                    return out;
                }
                Optional<URI> next = Urls.resolve(location.get(), url.toString()).flatMap(Urls::parse);
                String scheme = next.map(Urls::scheme).orElse("");
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    out.failure = new Failure(FetchResult.Kind.REDIRECT,
                            "Redirected to an unsupported URL: " + location.get());
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
            return new Failure(FetchResult.Kind.TOO_LARGE, "maxContentLength size of " + maxBodyBytes + " exceeded");
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
                    c = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
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
     * everything else is discarded unread.
     */
    private final class Limited implements HttpResponse.BodyHandler<byte[]> {
        private final boolean wantBody;
        private final URI url;
        volatile @Nullable Failure rejected;

        Limited(boolean wantBody, URI url) {
            this.wantBody = wantBody;
            this.url = url;
        }

        @Override
        public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
            int status = info.statusCode();
            if (!wantBody || status < 200 || status >= 300) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            Optional<String> type = info.headers().firstValue("content-type");
            if (type.isPresent() && !isJsonType(type.get())) {
                rejected = new Failure(FetchResult.Kind.NOT_JSON,
                        "Unexpected content-type from " + url + ": " + type.get());
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            long length = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (length > maxBodyBytes) {
                rejected = new Failure(FetchResult.Kind.TOO_LARGE, "maxContentLength size of " + maxBodyBytes + " exceeded");
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            return new Bounded(maxBodyBytes);
        }
    }

    static boolean isJsonType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semi = type.indexOf(';');
        String mime = (semi < 0 ? type : type.substring(0, semi)).trim();
        return mime.equals("application/json") || mime.endsWith("+json") || mime.equals("text/plain")
                || mime.equals("text/json");
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
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
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
        public void onError(Throwable t) {
            done = true;
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done = true;
            result.complete(buffer.toByteArray());
        }
    }

    /** Builds {@link HttpManifestSource}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private String userAgent = "blocklet4j";
        private boolean checkTarballs = true;

        private Builder() {
        }

        /** The connect timeout (default {@link #DEFAULT_CONNECT_TIMEOUT}); positive. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** The time for a whole request, body included (default {@link #DEFAULT_REQUEST_TIMEOUT}); positive. */
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

        /** The largest body or file read, in bytes (default {@link #DEFAULT_MAX_BODY_BYTES}); positive. */
        public Builder maxBodyBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive: " + value);
            }
            this.maxBodyBytes = value;
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
