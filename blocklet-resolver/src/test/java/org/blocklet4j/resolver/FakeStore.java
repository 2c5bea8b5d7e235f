package org.blocklet4j.resolver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.blocklet4j.meta.semver.SemVer;
import org.blocklet4j.meta.semver.SemverRange;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.node.ObjectNode;

/**
 * A small blocklet store on 127.0.0.1 at a free port: {@code /api/blocklets/{did}/[{version or range}/]blocklet.json}
 * gives the highest published version that fits, {@code /tarballs/...} answers HEAD as a tarball, and any path can be
 * given a fixed answer (status, type, body, delay, redirect) or a handler of its own (for paths under a prefix).
 * Every request is logged.
 */
final class FakeStore implements AutoCloseable {
    /** A fixed answer; {@code chunked} sends the body without a length. */
    record Route(int status, String contentType, byte[] body, long delayMillis, String location, boolean chunked) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-store");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, List<ObjectNode>> published = new ConcurrentHashMap<>();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, Headers> requestHeaders = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    FakeStore() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The store's base URL, {@code http://127.0.0.1:port}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code url() + path}. */
    String url(String path) {
        return url() + path;
    }

    /** Publishes {@code meta} under its DID and version. */
    FakeStore publish(ObjectNode meta) {
        published.computeIfAbsent(meta.get("did").stringValue(), k -> new CopyOnWriteArrayList<>()).add(meta);
        return this;
    }

    /** A fixed JSON answer at {@code path}. */
    FakeStore json(String path, String body) {
        return route(path, new Route(200, "application/json", body.getBytes(StandardCharsets.UTF_8), 0, null, false));
    }

    FakeStore route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Hands every request whose path starts with {@code prefix} to {@code handler}. */
    FakeStore handler(String prefix, HttpHandler handler) {
        handlers.put(prefix, handler);
        return this;
    }

    /** The headers of the last request for {@code path}. */
    Headers lastRequestHeaders(String path) {
        return requestHeaders.get(path);
    }

    FakeStore status(String path, int status) {
        return route(path, new Route(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), 0,
                null, false));
    }

    FakeStore redirect(String path, String location) {
        return route(path, new Route(302, "text/plain", new byte[0], 0, location, false));
    }

    /** Requests seen, as {@code METHOD path}. */
    List<String> log() {
        return List.copyOf(log);
    }

    long count(String request) {
        return log.stream().filter(request::equals).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            log.add(exchange.getRequestMethod() + " " + path);
            requestHeaders.put(path, exchange.getRequestHeaders());
            for (Map.Entry<String, HttpHandler> h : handlers.entrySet()) {
                if (path.startsWith(h.getKey()) && !routes.containsKey(path)) {
                    h.getValue().handle(exchange);
                    return;
                }
            }
            Route route = routes.get(path);
            if (route == null) {
                route = storeRoute(exchange.getRequestMethod(), path);
            }
            if (route.delayMillis() > 0) {
                try {
                    Thread.sleep(route.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (route.location() != null) {
                exchange.getResponseHeaders().add("Location", route.location());
            }
            exchange.getResponseHeaders().add("Content-Type", route.contentType());
            boolean head = exchange.getRequestMethod().equals("HEAD");
            long length = head || route.body().length == 0 ? -1 : route.chunked() ? 0 : route.body().length;
            exchange.sendResponseHeaders(route.status(), length);
            if (length >= 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(route.body());
                } catch (IOException e) {
                    // The client stopped reading: expected for bodies over its limit.
                }
            }
        }
    }

    private Route storeRoute(String method, String path) {
        if (path.startsWith("/tarballs/")) {
            return new Route(200, "application/octet-stream", new byte[0], 0, null, false);
        }
        String[] parts = path.split("/");
        // "", "api", "blocklets", did, [version], "blocklet.json"
        if (parts.length >= 5 && parts[1].equals("api") && parts[2].equals("blocklets")
                && parts[parts.length - 1].equals("blocklet.json") && parts.length <= 6) {
            String range = parts.length == 6 ? parts[4] : "*";
            List<ObjectNode> metas = published.getOrDefault(parts[3], List.of());
            List<String> versions = new ArrayList<>();
            metas.forEach(m -> versions.add(m.get("version").stringValue()));
            Optional<SemVer> best = SemverRange.maxSatisfying(versions, range);
            if (best.isPresent()) {
                for (ObjectNode m : metas) {
                    if (m.get("version").stringValue().equals(best.get().version())) {
                        return new Route(200, "application/json; charset=utf-8",
                                m.toString().getBytes(StandardCharsets.UTF_8), 0, null, false);
                    }
                }
            }
        }
        return new Route(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), 0, null, false);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
