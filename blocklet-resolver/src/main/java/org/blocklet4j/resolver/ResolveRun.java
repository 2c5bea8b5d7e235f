package org.blocklet4j.resolver;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.semver.SemverRange;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@link ComponentResolver#resolve} call: its thread pool, its caches, the tree as it grows and the errors
 * met. The tree is walked with futures, so no thread waits for another's subtree and depth costs no stack.
 */
final class ResolveRun {
    /** Codes of the reference's {@code fixAndValidateService} errors, which it throws as they are. */
    private static final Set<String> SERVICE_FIX_CODES =
            Set.of("fix.service", "service.name.empty", "service.unknown", "service.config.invalid");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** How many URLs, and their reasons, an error message names. */
    private static final int NAMED_FAILURES = 20;

    private final ComponentResolver resolver;
    private final Memo<String, Object> loads = new Memo<>();
    private final Memo<String, Optional<String>> tarballs = new Memo<>();
    private final Memo<Identity, Sourced> sources = new Memo<>();
    private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();
    /** Configs met so far, each counted when its parent is parsed; see {@link ComponentResolver#maxComponents()}. */
    private final AtomicInteger components = new AtomicInteger();
    /** An error that ends the run at once, whatever else is in flight. */
    private final AtomicReference<@Nullable ResolverException> fatal = new AtomicReference<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private @Nullable ExecutorService pool;
    private long deadline;

    ResolveRun(ComponentResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * A manifest that a URL gave and that passed {@code getBlockletMetaFromUrl}'s checks, with what the reference
     * checks again each time the manifest is used. Those checks depend on the manifest alone, so they are made
     * once per URL, not once per place in the tree: a manifest reached thousands of times is checked once.
     *
     * @param meta         the manifest; shared, never changed
     * @param invalidAgain the reason {@code validateBlockletMeta} gives, or null when it passes
     * @param engineError  the error reading the manifest's engine, or null
     * @param needsWeb     whether it starts a process (not docker) and lacks a web interface
     */
    private record Loaded(String url, ObjectNode meta, @Nullable String invalidAgain,
                          @Nullable ResolverException engineError, boolean needsWeb) {
    }

    /** A JSON node compared by identity: a config of a shared manifest is the same node wherever it is reached. */
    private record Identity(JsonNode node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /**
     * What a config's source gave, the same wherever the config is reached: its URLs and the first manifest they
     * give, or why there is none ({@code error} for a source without URLs, else the failure of each URL).
     */
    private record Sourced(List<String> urls, @Nullable Loaded loaded,
                           List<ComponentFetchException.UrlFailure> failures, @Nullable ResolverException error) {
    }

    /** An error and where in the tree it happened (config indexes from the root), for a stable order. */
    private record Problem(List<Integer> position, ResolverException error) {
    }

    /** A component while the run lasts. Fields are written before the node is shared; slots once each. */
    private static final class Node {
        final ObjectNode meta;
        final String did;
        final String name;
        final String mountPoint;
        final boolean required;
        final @Nullable JsonNode source;
        final @Nullable String url;
        final List<Integer> position;
        /** The ancestors the reference passes down: every component from the root's own one to this, root excluded. */
        final List<Node> chain;
        final @Nullable Node parent;
        Node[] children = new Node[0];
        Dependency[] deps = new Dependency[0];

        Node(ObjectNode meta, String did, String mountPoint, boolean required, @Nullable JsonNode source,
             @Nullable String url, @Nullable Node parent, List<Integer> position) {
            this.meta = meta;
            this.did = did;
            this.name = text(meta, "name");
            this.mountPoint = mountPoint;
            this.required = required;
            this.source = source;
            this.url = url;
            this.parent = parent;
            this.position = position;
            if (parent == null) {
                this.chain = List.of();
            } else {
                List<Node> c = new ArrayList<>(parent.chain);
                c.add(this);
                this.chain = Collections.unmodifiableList(c);
            }
        }

        String label() {
            return name.isEmpty() ? did : name;
        }
    }

    /** The string at {@code key}; empty when absent or not a string. */
    private static String text(JsonNode node, String key) {
        String s = ComponentConfigs.text(node, key);
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- entry points

    Resolution run(JsonNode rootJson, @Nullable String url, @Nullable JsonNode source) {
        if (!rootJson.isObject()) {
            throw new ResolverException("invalid-meta", "the root manifest is not a JSON object", List.of());
        }
        ObjectNode meta = (ObjectNode) rootJson.deepCopy();
        String did = text(meta, "bundleDid");
        if (did.isEmpty()) {
            did = text(meta, "did");
        }
        if (did.isEmpty()) {
            throw new ResolverException("invalid-meta", "the root manifest has no did", List.of());
        }
        Node root = new Node(meta, did, "/", true, source, url, null, List.of());
        return withPool(() -> {
            await(parse(root), root.did);
            return finish(root);
        });
    }

    Resolution runUrl(String url) {
        return withPool(() -> {
            Object loaded = load(url);
            if (loaded instanceof ComponentFetchException.UrlFailure f) {
                String code = f.kind() == FetchResult.Kind.INVALID_META ? "invalid-meta" : "fetch";
                throw new ComponentFetchException(code, "Failed get blocklet meta from " + url + ", reason: "
                        + f.message(), List.of(), List.of(f));
            }
            ObjectNode meta = ((Loaded) loaded).meta().deepCopy();
            ensureMeta(meta, "");
            ObjectNode source = NODES.objectNode();
            source.put("url", url);
            Node root = new Node(meta, text(meta, "bundleDid"), "/", true, source, url, null, List.of());
            await(parse(root), root.did);
            return finish(root);
        });
    }

    private interface Work {
        Resolution get();
    }

    private Resolution withPool(Work work) {
        deadline = System.nanoTime() + resolver.timeout().toNanos();
        ExecutorService p = Executors.newFixedThreadPool(resolver.parallelism(), r -> {
            Thread t = new Thread(r, "blocklet-resolver-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool = p;
        try {
            return work.get();
        } finally {
            p.shutdownNow();
        }
    }

    /**
     * Waits for the walk, for a fatal error or for the deadline, whichever comes first; on return the walk is
     * complete. Whatever is still running when this throws is interrupted as the pool stops.
     */
    private void await(CompletableFuture<Void> done, String rootDid) {
        try {
            CompletableFuture.anyOf(done, stopped).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(new ResolverException("timeout", "The resolution took longer than " + resolver.timeout().toMillis()
                    + "ms", List.of(rootDid)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResolverException("interrupted", "the resolution was interrupted", List.of(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        ResolverException stop = fatal.get();
        if (stop != null) {
            throw stop;
        }
    }

    /** Ends the run with {@code error} unless an earlier fatal error did. */
    private void stop(ResolverException error) {
        fatal.compareAndSet(null, error);
        stopped.complete(null);
    }

    // ---------------------------------------------------------------- the walk

    /** {@code parseComponents(node, {ancestors: node.chain})}. */
    private CompletableFuture<Void> parse(Node node) {
        if (fatal.get() != null) {
            return DONE;
        }
        if (node.chain.size() > resolver.maxDepth()) {
            problem(node.position, new ResolverException("depth", "The depth of component should not exceed "
                    + resolver.maxDepth() + " (" + path(node) + ")", didPath(node)));
            return DONE;
        }
        List<JsonNode> configs;
        try {
            configs = ComponentConfigs.of(node.meta, resolver.platform());
        } catch (ResolverException e) {
            problem(node.position, new ResolverException(e.code(), e.getMessage() + " (in " + path(node) + ")",
                    didPath(node), e));
            return DONE;
        }
        int n = configs.size();
        node.children = new Node[n];
        node.deps = new Dependency[n];
        if (n == 0) {
            return DONE;
        }
        if (components.addAndGet(n) > resolver.maxComponents()) {
            stop(new ResolverException("too-many-components", "The component tree has more than "
                    + resolver.maxComponents() + " components (the limit was reached in " + path(node) + ")",
                    didPath(node)));
            return DONE;
        }
        ExecutorService p = Objects.requireNonNull(pool);
        CompletableFuture<?>[] futures = new CompletableFuture<?>[n];
        for (int i = 0; i < n; i++) {
            int index = i;
            JsonNode config = configs.get(i);
            futures[i] = CompletableFuture.supplyAsync(() -> child(node, index, config), p)
                    .thenCompose(c -> c == null ? DONE : parse(c));
        }
        return CompletableFuture.allOf(futures);
    }

    /** One config of {@code parent}: its manifest fetched and checked, the child node made; null on error. */
    private @Nullable Node child(Node parent, int index, JsonNode config) {
        if (fatal.get() != null) {
            return null;
        }
        List<Integer> position = new ArrayList<>(parent.position);
        position.add(index);
        try {
            Node child = resolveConfig(parent, config, List.copyOf(position));
            parent.children[index] = child;
            parent.deps[index] = dependency(child.did, config);
            return child;
        } catch (ResolverException e) {
            problem(List.copyOf(position), e);
            return null;
        }
    }

    private Node resolveConfig(Node parent, JsonNode config, List<Integer> position) {
        String where = " (in " + path(parent) + ")";
        List<String> dids = didPath(parent);
        if (!config.isObject()) {
            throw new ResolverException("invalid-config", "Invalid child config" + where, dids);
        }
        // A manifest reached in many places lists the same config nodes each time: its sources are resolved once.
        // An engine's config is made anew each time, around the manifest's own source node.
        JsonNode source = config.get("source");
        Sourced sourced = sources.get(new Identity(JsTree.isTruthy(source) ? source : config), k -> source(config));
        if (sourced.error() != null) {
            ResolverException e = sourced.error();
            throw new ResolverException(e.code(), e.getMessage() + where, dids);
        }
        if (sourced.loaded() == null) {
            throw fetchError(sourced, where, dids);
        }
        Loaded loaded = sourced.loaded();
        // Only top-level members change below; what is beneath them stays shared with the cached manifest.
        ObjectNode meta = shallowCopy(loaded.meta());
        String title = text(meta, "title");

        if ("gateway".equals(text(meta, "group"))) {
            throw new ResolverException("gateway", "Cannot add gateway component "
                    + (title.isEmpty() ? text(meta, "did") : title) + where, dids);
        }
        // validateBlockletMeta(rawMeta, {ensureDist: true}) of @blocklet/resolver; its value is not used.
        if (loaded.invalidAgain() != null) {
            throw new ResolverException("invalid-meta", loaded.invalidAgain() + " (from " + loaded.url() + ")" + where,
                    dids);
        }
        if (loaded.engineError() != null) {
            ResolverException e = loaded.engineError();
            throw new ResolverException(e.code(), e.getMessage() + where, dids);
        }
        if (loaded.needsWeb()) {
            throw new ResolverException("web-interface", "Web interface does not found in component "
                    + (title.isEmpty() ? text(meta, "name") : title) + where, dids);
        }
        ensureMeta(meta, where);
        String did = text(meta, "bundleDid");

        for (int i = 0; i < parent.chain.size(); i++) {
            if (parent.chain.get(i).did.equals(did)) {
                List<Node> cycle = parent.chain.subList(i, parent.chain.size());
                List<String> names = new ArrayList<>();
                List<String> cycleDids = new ArrayList<>();
                cycle.forEach(c -> {
                    names.add(c.label());
                    cycleDids.add(c.did);
                });
                names.add(cycle.get(0).label());
                cycleDids.add(did);
                throw new ResolverException("circular", "Blocklet components have circular dependencies: " + did
                        + " (" + String.join(" → ", names) + ")", cycleDids);
            }
        }

        String range = source == null ? null : ComponentConfigs.text(source, "version");
        String version = text(meta, "version");
        if (range != null && !range.isEmpty() && !range.equals("latest") && !SemverRange.satisfies(version, range)) {
            throw new ResolverException("version", "Component " + text(meta, "name") + " has version "
                    + version + ", which does not satisfy " + range + " (from " + loaded.url() + ")" + where,
                    with(dids, did));
        }

        JsonNode configTitle = config.get("title");
        if (JsTree.isTruthy(configTitle)) {
            meta.put("title", ConfigText.title(configTitle, where, dids));
        }
        JsonNode configDescription = config.get("description");
        if (JsTree.isTruthy(configDescription)) {
            meta.put("description", ConfigText.description(configDescription, where, dids));
        }
        JsonNode mount = config.get("mountPoint");
        String mountPoint = JsTree.isTruthy(mount) ? (mount.isString() ? mount.stringValue() : mount.toString())
                : MountPoints.defaultFor(text(meta, "title"), text(meta, "name"),
                text(meta, "did"));
        return new Node(meta, did, mountPoint, JsTree.isTruthy(config.get("required")),
                source, loaded.url(), parent, position);
    }

    private static ObjectNode shallowCopy(ObjectNode meta) {
        ObjectNode copy = NODES.objectNode();
        meta.properties().forEach(e -> copy.set(e.getKey(), e.getValue()));
        return copy;
    }

    /** {@code {did, required: !!config.required, version: config.source.version || 'latest'}}. */
    private static Dependency dependency(String did, JsonNode config) {
        JsonNode version = config.path("source").get("version");
        String v = JsTree.isTruthy(version) ? (version.isString() ? version.stringValue() : version.toString())
                : "latest";
        return new Dependency(did, JsTree.isTruthy(config.get("required")), v);
    }

    /**
     * {@code ensureMeta(meta)}: name and DID must match ({@code isDidMatchName}); {@code bundleDid} and
     * {@code bundleName} are set from them when absent.
     */
    private static void ensureMeta(ObjectNode meta, String where) {
        String did = text(meta, "did");
        String name = text(meta, "name");
        if (did.isEmpty() || name.isEmpty() || !isDidMatchName(did, name)) {
            throw new ResolverException("name-did", "name does not match with did in meta: " + name + ", " + did + where,
                    did.isEmpty() ? List.of() : List.of(did));
        }
        if (!JsTree.isTruthy(meta.get("bundleDid"))) {
            meta.put("bundleDid", did);
            meta.put("bundleName", name);
        }
    }

    /** {@code isDidMatchName(did, name)} of {@code @blocklet/resolver}. */
    static boolean isDidMatchName(String did, String name) {
        if (Did.isValid(did) && name.equals(did)) {
            return true;
        }
        return BlockletDid.fromName(name).equals(did);
    }

    // ---------------------------------------------------------------- fetching

    /** {@code getBlockletMetaFromUrls(urls)}: the first URL, in order, that gives a valid manifest. */
    private Sourced source(JsonNode config) {
        List<String> urls;
        try {
            urls = List.copyOf(ComponentConfigs.sourceUrls(config, resolver.defaultStores()));
        } catch (ResolverException e) {
            return new Sourced(List.of(), null, List.of(), e);
        }
        List<ComponentFetchException.UrlFailure> failures = new ArrayList<>();
        for (String url : urls) {
            Object outcome = load(url);
            if (outcome instanceof Loaded loaded) {
                return new Sourced(urls, loaded, List.of(), null);
            }
            failures.add((ComponentFetchException.UrlFailure) outcome);
        }
        return new Sourced(urls, null, List.copyOf(failures), null);
    }

    /**
     * The reference's error when no URL gave a manifest. It names every URL and reason; past
     * {@value #NAMED_FAILURES} of them the rest are counted, so that a source of thousands of URLs reached in
     * thousands of places does not make a message of megabytes each time ({@code failures()} has them all).
     */
    private static ComponentFetchException fetchError(Sourced sourced, String where, List<String> dids) {
        List<ComponentFetchException.UrlFailure> failures = sourced.failures();
        List<String> urls = sourced.urls();
        String reasons = failures.size() == 1 ? failures.get(0).message()
                : failures.stream().limit(NAMED_FAILURES).map(f -> f.message() + " (" + f.url() + ")")
                .collect(Collectors.joining(", ")) + more(failures.size());
        boolean allInvalid = !failures.isEmpty()
                && failures.stream().allMatch(f -> f.kind() == FetchResult.Kind.INVALID_META);
        return new ComponentFetchException(allInvalid ? "invalid-meta" : "fetch", "Failed get component meta. Component: "
                + String.join(", ", urls.subList(0, Math.min(urls.size(), NAMED_FAILURES))) + more(urls.size())
                + ", reason: " + reasons + where, dids, failures);
    }

    private static String more(int count) {
        return count > NAMED_FAILURES ? " and " + (count - NAMED_FAILURES) + " more" : "";
    }

    /** {@code getBlockletMetaFromUrl(url)}, once per URL per run: a {@link Loaded} or a {@code UrlFailure}. */
    private Object load(String url) {
        return loads.get(url, this::fetchAndCheck);
    }

    private Object fetchAndCheck(String url) {
        Optional<URI> uri = Urls.parse(url);
        if (uri.isEmpty()) {
            return new ComponentFetchException.UrlFailure(url, FetchResult.Kind.INVALID_URL, "Invalid URL");
        }
        FetchResult fetched;
        try {
            fetched = resolver.source().fetch(uri.get());
        } catch (RuntimeException e) {
            fetched = new FetchResult.Failed(uri.get(), FetchResult.Kind.IO,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (fetched == null) {
            return new ComponentFetchException.UrlFailure(url, FetchResult.Kind.IO, "the manifest source gave no answer");
        }
        if (fetched instanceof FetchResult.Failed f) {
            return new ComponentFetchException.UrlFailure(url, f.kind(), f.message());
        }
        JsonNode document = withoutHtmlAst(((FetchResult.Found) fetched).json());
        if (hasMoreValues(document, resolver.maxManifestValues())) {
            return new ComponentFetchException.UrlFailure(url, FetchResult.Kind.JSON_LIMIT, "Url is not valid: the "
                    + "manifest has more than " + resolver.maxManifestValues() + " values (htmlAst aside)");
        }

        ManifestResult lenient = resolver.validator().validateBlockletMeta(document);
        Optional<Diagnostic> serviceError = lenient.errors().stream()
                .filter(d -> SERVICE_FIX_CODES.contains(d.code())).findFirst();
        if (serviceError.isPresent()) {
            return invalid(url, serviceError.get().message());
        }
        ManifestResult strict = resolver.validator().validate(withServiceConfigs(document));
        if (!strict.isValid()) {
            return invalid(url, invalidMeta(strict));
        }
        JsonNode value = lenient.json().or(strict::json).orElseThrow();
        if (!value.isObject()) {
            return invalid(url, "Invalid blocklet meta: \"value\" must be of type object");
        }
        ObjectNode meta = (ObjectNode) value;

        // ensureTarball: dist.tarball resolved against the manifest's URL, then checked.
        String tarballText = ComponentConfigs.text(meta.path("dist"), "tarball");
        String prefix = "Invalid blocklet meta: dist.tarball is not a valid url ";
        Optional<String> resolved = Urls.resolve(tarballText == null ? "" : tarballText, url);
        if (resolved.isEmpty()) {
            return invalid(url, prefix + "Invalid URL");
        }
        String tarball;
        try {
            tarball = Urls.decodeComponent(resolved.get());
        } catch (IllegalArgumentException e) {
            return invalid(url, prefix + "URI malformed");
        }
        Optional<String> problem = tarballs.get(tarball, t -> Urls.parse(t)
                .map(u -> {
                    try {
                        return resolver.source().checkTarball(u);
                    } catch (RuntimeException e) {
                        return Optional.<String>empty();
                    }
                })
                .orElse(Optional.of("Invalid URL")));
        if (problem.isPresent()) {
            return invalid(url, prefix + problem.get());
        }
        ((ObjectNode) meta.get("dist")).put("tarball", tarball);

        ManifestResult again = resolver.validator().validateBlockletMeta(meta);
        String invalidAgain = again.isValid() ? null : invalidMeta(again);
        ResolverException engineError = null;
        boolean needsWeb = false;
        try {
            needsWeb = !ComponentConfigs.hasDockerImage(meta) && ComponentConfigs.hasStartEngine(meta, resolver.platform())
                    && !ComponentConfigs.hasWebInterface(meta);
        } catch (ResolverException e) {
            engineError = e;
        }
        return new Loaded(url, meta, invalidAgain, engineError, needsWeb);
    }

    /** {@code delete meta.htmlAst}: the schema keeps it, the reference drops it first; the source's tree is left as is. */
    private static JsonNode withoutHtmlAst(JsonNode document) {
        if (!document.isObject() || !document.has("htmlAst")) {
            return document;
        }
        ObjectNode copy = NODES.objectNode();
        document.properties().forEach(e -> {
            if (!e.getKey().equals("htmlAst")) {
                copy.set(e.getKey(), e.getValue());
            }
        });
        return copy;
    }

    /**
     * Whether {@code document} holds more than {@code max} values (each scalar, object and array counts one, keys
     * do not), counted without recursion and without looking further than {@code max}.
     */
    static boolean hasMoreValues(JsonNode document, int max) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(document);
        long counted = 1;
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isContainer()) {
                counted += node.size();
                if (counted > max) {
                    return true;
                }
                for (JsonNode child : node) {
                    if (child.isContainer() && !child.isEmpty()) {
                        todo.push(child);
                    }
                }
            }
        }
        return counted > max;
    }

    private static ComponentFetchException.UrlFailure invalid(String url, String message) {
        return new ComponentFetchException.UrlFailure(url, FetchResult.Kind.INVALID_META, message);
    }

    /** The reference's message for a manifest Joi rejects: its first error (Joi stops at the first). */
    private static String invalidMeta(ManifestResult result) {
        List<Diagnostic> errors = result.errors();
        return "Invalid blocklet meta: " + (errors.isEmpty() ? "unknown error" : errors.get(0).message());
    }

    /**
     * The manifest as the schema sees it after {@code fixAndValidateService}: each service has an object as
     * {@code config} ({@code {}} for a missing one). The fix changes nothing else the schema looks at.
     */
    private static JsonNode withServiceConfigs(JsonNode document) {
        JsonNode interfaces = document.get("interfaces");
        if (interfaces == null || !interfaces.isArray()) {
            return document;
        }
        ObjectNode copy = null;
        for (int i = 0; i < interfaces.size(); i++) {
            JsonNode services = interfaces.get(i).get("services");
            if (services == null || !services.isArray()) {
                continue;
            }
            for (int j = 0; j < services.size(); j++) {
                JsonNode service = services.get(j);
                if (service.isObject() && !JsTree.isTruthy(service.get("config"))) {
                    if (copy == null) {
                        copy = (ObjectNode) document.deepCopy();
                    }
                    ((ObjectNode) copy.get("interfaces").get(i).get("services").get(j)).putObject("config");
                }
            }
        }
        return copy == null ? document : copy;
    }

    // ---------------------------------------------------------------- errors and the result

    private void problem(List<Integer> position, ResolverException error) {
        problems.add(new Problem(position, error));
    }

    private static final Comparator<List<Integer>> TREE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** Names from the root to {@code node}: {@code root → a → b}. */
    private static String path(Node node) {
        Deque<String> names = new ArrayDeque<>();
        for (Node n = node; n != null; n = n.parent) {
            names.addFirst(n.label());
        }
        return String.join(" → ", names);
    }

    private static List<String> with(List<String> dids, String did) {
        List<String> out = new ArrayList<>(dids);
        out.add(did);
        return List.copyOf(out);
    }

    private static List<String> didPath(Node node) {
        Deque<String> dids = new ArrayDeque<>();
        for (Node n = node; n != null; n = n.parent) {
            dids.addFirst(n.did);
        }
        return List.copyOf(dids);
    }

    private Resolution finish(Node root) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::position, TREE_ORDER));
        if (!resolver.continueOnError() && !sorted.isEmpty()) {
            throw sorted.get(0).error();
        }

        // Breadth-first: the list parseComponents returns, in config order level by level.
        List<Node> order = new ArrayList<>();
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node n = queue.removeFirst();
            order.add(n);
            for (Node c : n.children) {
                if (c != null) {
                    queue.addLast(c);
                }
            }
        }
        Map<Node, ResolvedComponent> built = new IdentityHashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            List<ResolvedComponent> children = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (int k = 0; k < n.children.length; k++) {
                if (n.children[k] != null) {
                    children.add(built.get(n.children[k]));
                    deps.add(n.deps[k]);
                }
            }
            built.put(n, component(n, n == root ? 0 : n.chain.size(), deps, children));
        }
        ResolvedComponent top = built.get(root);
        List<ResolvedComponent> all = new ArrayList<>();
        for (int i = 1; i < order.size(); i++) {
            all.add(built.get(order.get(i)));
        }
        List<ResolvedComponent> kept = Duplicates.keepLowest(all, Set.of(top.did()));

        List<ComponentEntry> entries = new ArrayList<>(kept.size() + 1);
        entries.add(new ComponentEntry(top.did(), top.dependencies()));
        kept.forEach(c -> entries.add(new ComponentEntry(c.did(), c.dependencies())));
        List<List<String>> layers = RequiredLayers.of(top.did(), entries, resolver.layerOptions());
        return new Resolution(top, kept, layers, sorted.stream().map(Problem::error).toList());
    }

    private static ResolvedComponent component(Node n, int depth, List<Dependency> deps,
                                               List<ResolvedComponent> children) {
        return new ResolvedComponent(n.did, n.name, text(n.meta, "version"), n.mountPoint, n.required, depth,
                n.meta, n.source, n.url, deps, children);
    }
}
