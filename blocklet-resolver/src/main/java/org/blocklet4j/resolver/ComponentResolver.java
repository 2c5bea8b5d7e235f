package org.blocklet4j.resolver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;
import org.blocklet4j.meta.model.BlockletMeta;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Resolves a composite blocklet's component tree as {@code @blocklet/resolver}'s {@code parseComponents} does:
 * fetches each component's manifest from its source, checks it, and recurses into its own components.
 *
 * <p>For each config of a manifest ({@code components}, plus the engine when it is a blocklet other than the
 * built-in static server, as a required component):
 * <ol>
 *   <li>the URLs are {@code source.url} (one or a list), else for each {@code source.store} (one or a list; the
 *       {@linkplain Builder#defaultStores default stores} when there is none)
 *       {@code {store}/api/blocklets/{did of name}/{version unless latest}/blocklet.json}; they are tried in order
 *       and the first that gives a valid manifest wins. A URL gives a valid manifest when the document is one
 *       ({@code validateMeta} with {@code ensureDist}, services fixed first) and its {@code dist.tarball},
 *       resolved against the URL, passes {@link ManifestSource#checkTarball}. Otherwise: code {@code fetch} (or
 *       {@code invalid-meta}), {@link ComponentFetchException}.</li>
 *   <li>a {@code gateway} component is refused ({@code gateway}); the manifest is validated again as
 *       {@code validateBlockletMeta} does ({@code invalid-meta}); a component that starts something (not docker)
 *       needs a {@code web} interface ({@code web-interface}); name and DID must match ({@code name-did}); its DID
 *       must not be one of its ancestors' ({@code circular}, naming the chain); its version must satisfy the
 *       config's range ({@code version}, node-semver semantics);</li>
 *   <li>the config's {@code title} and {@code description} replace the manifest's; the mount point is the
 *       config's, else {@code /} + the url-path-friendly title (else name, else DID), lower-cased;</li>
 *   <li>the parent records {@code {did, required, version}} ({@code version} defaults to {@code latest}) and
 *       the component's own configs are resolved; a component with more than {@link Builder#maxDepth} ancestors
 *       is an error ({@code depth}).</li>
 * </ol>
 * A tree of more than {@link Builder#maxComponents} components ({@code too-many-components}) and a run longer
 * than {@link Builder#timeout} ({@code timeout}) stop the run and are thrown even when continuing on error, as
 * {@code cycle} and {@code interrupted} are: a store that serves an endless graph (each component requiring the
 * next two, say, or thousands each) costs bounded time and memory. Each fetch is bounded by the
 * {@link ManifestSource} ({@link HttpManifestSource}: time, redirects, size and JSON limits), and a fetched
 * manifest of more than {@link Builder#maxManifestValues} values fails before it is validated. A manifest is
 * fetched and checked once per run however often it is reached, and the places in the tree share it.
 * Independent configs are resolved in parallel on a pool of {@link Builder#parallelism} threads, started for the
 * run and stopped after it; each URL is fetched (and each tarball checked) at most once per run.
 *
 * <p>Differences from the reference: URLs of one component are tried one after another rather than raced (the
 * first in the list that answers wins, not the fastest); the order of components and dependencies is that of the
 * configs (breadth-first), not that in which fetches happen to finish; the first error in tree order is thrown,
 * not the first to happen; the version range is checked (the reference trusts the store); a blocklet engine is
 * resolved once, as a config of its manifest (the reference resolves it a second time, a copy its own
 * de-duplication drops); an HTTP answer whose content type is neither JSON nor plain text is refused with its
 * type named (the reference reports {@code Url is not valid}). As in the reference, the root is not an ancestor
 * for the circularity check, so a chain back to it is found one level later. Default stores are an addition.
 *
 * <p>Instances are immutable and safe to share between threads; each {@link #resolve} call is independent.
 */
public final class ComponentResolver {
    /** {@code parseComponents}'s limit: a component may have at most 40 ancestors. */
    public static final int DEFAULT_MAX_DEPTH = 40;
    /** Default number of fetches in flight: 4. */
    public static final int DEFAULT_PARALLELISM = 4;
    /** Default most components in one tree, every place a component is reached counted: 10,000. */
    public static final int DEFAULT_MAX_COMPONENTS = 10_000;
    /**
     * Default most values in one fetched manifest, {@code htmlAst} aside: 50,000, what {@code ManifestReader} reads
     * from a file by default.
     */
    public static final int DEFAULT_MAX_MANIFEST_VALUES = 50_000;
    /** Default time for one whole resolution: 10 minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final ManifestSource source;
    private final List<String> defaultStores;
    private final int parallelism;
    private final int maxDepth;
    private final int maxComponents;
    private final int maxManifestValues;
    private final Duration timeout;
    private final String platform;
    private final boolean continueOnError;
    private final LayerOptions layerOptions;
    private final MetaValidator validator;

    private ComponentResolver(Builder b) {
        this.source = b.source == null ? HttpManifestSource.create() : b.source;
        this.defaultStores = List.copyOf(b.defaultStores);
        this.parallelism = b.parallelism;
        this.maxDepth = b.maxDepth;
        this.maxComponents = b.maxComponents;
        this.maxManifestValues = b.maxManifestValues;
        this.timeout = b.timeout;
        this.platform = b.platform;
        this.continueOnError = b.continueOnError;
        this.layerOptions = b.layerOptions;
        this.validator = MetaValidator.create(ManifestOptions.builder().ensureDist(true).build());
    }

    /** A resolver with an {@link HttpManifestSource} and the defaults. */
    public static ComponentResolver create() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Resolves the components of a manifest read by {@code ManifestReader}.
     *
     * @throws ResolverException {@code invalid-meta} when {@code root} is not valid; otherwise as
     *                           {@link #resolve(JsonNode)}
     */
    public Resolution resolve(ManifestResult root) {
        Objects.requireNonNull(root, "root");
        JsonNode json = root.json().orElseThrow(() -> new ResolverException("invalid-meta",
                "the root manifest is not valid: " + root.errors().stream().findFirst()
                        .map(org.blocklet4j.meta.Diagnostic::message).orElse("no manifest"), List.of()));
        return resolve(json);
    }

    /** Resolves the components of a valid manifest; as {@link #resolve(JsonNode)}. */
    public Resolution resolve(BlockletMeta root) {
        return resolve(Objects.requireNonNull(root, "root").json());
    }

    /**
     * Resolves the components of a manifest given as JSON. Like {@code parseComponents(component)}, the root is
     * used as it is, not validated: validate it first when it comes from outside. It needs a {@code did}.
     *
     * @throws ResolverException the first error in tree order (see the codes in the class description; also
     *                           {@code cycle} when required dependencies form a cycle across branches, and
     *                           {@code interrupted}); none when the resolver continues on error, except
     *                           {@code cycle}, {@code too-many-components}, {@code timeout} and
     *                           {@code interrupted}
     */
    public Resolution resolve(JsonNode root) {
        Objects.requireNonNull(root, "root");
        return new ResolveRun(this).run(root, null, null);
    }

    /**
     * Resolves the blocklet whose manifest is at {@code url}, as {@code parseBlocklet(url)} does: fetched and
     * checked as a component's manifest (name and DID must match), mounted at {@code /}.
     *
     * @throws ResolverException as {@link #resolve(JsonNode)}; {@code fetch} or {@code invalid-meta} for the root
     */
    public Resolution resolveUrl(String url) {
        Objects.requireNonNull(url, "url");
        return new ResolveRun(this).runUrl(url);
    }

    ManifestSource source() {
        return source;
    }

    /** The default stores, tried in order for a store source that names none; empty by default. */
    public List<String> defaultStores() {
        return defaultStores;
    }

    /** How many configs are resolved at once. */
    public int parallelism() {
        return parallelism;
    }

    /** The most ancestors a component may have. */
    public int maxDepth() {
        return maxDepth;
    }

    /** The most components one tree may have. */
    public int maxComponents() {
        return maxComponents;
    }

    /** The most values a fetched manifest may hold, {@code htmlAst} aside. */
    public int maxManifestValues() {
        return maxManifestValues;
    }

    /** The time one whole resolution may take. */
    public Duration timeout() {
        return timeout;
    }

    /** The platform an engine list is matched against, in Node's {@code os.platform()} terms. */
    public String platform() {
        return platform;
    }

    /** Whether errors are collected in {@link Resolution#problems()} instead of thrown. */
    public boolean continueOnError() {
        return continueOnError;
    }

    /** The options of the install layers. */
    public LayerOptions layerOptions() {
        return layerOptions;
    }

    MetaValidator validator() {
        return validator;
    }

    /** The platform of this JVM in Node's terms ({@code linux}, {@code darwin}, {@code win32}, …). */
    static String currentPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.contains("freebsd")) {
            return "freebsd";
        }
        if (os.contains("openbsd")) {
            return "openbsd";
        }
        if (os.contains("sunos") || os.contains("solaris")) {
            return "sunos";
        }
        if (os.contains("aix")) {
            return "aix";
        }
        return "linux";
    }

    /** Builds {@link ComponentResolver}; rejects values that make no sense. Not thread-safe. */
    public static final class Builder {
        private @Nullable ManifestSource source;
        private final List<String> defaultStores = new ArrayList<>();
        private int parallelism = DEFAULT_PARALLELISM;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxComponents = DEFAULT_MAX_COMPONENTS;
        private int maxManifestValues = DEFAULT_MAX_MANIFEST_VALUES;
        private Duration timeout = DEFAULT_TIMEOUT;
        private String platform = currentPlatform();
        private boolean continueOnError;
        private LayerOptions layerOptions = LayerOptions.DEFAULTS;

        private Builder() {
        }

        /** Where manifests come from (default: {@link HttpManifestSource#create()}). */
        public Builder source(ManifestSource value) {
            this.source = Objects.requireNonNull(value, "value");
            return this;
        }

        /** One default store; see {@link #defaultStores}. */
        public Builder defaultStore(String url) {
            return defaultStores(List.of(Objects.requireNonNull(url, "url")));
        }

        /**
         * The stores tried, in order, for a store source that names none (default: none, as the reference, which
         * then fails with {@code Invalid URL}). Each must be an {@code http(s)} URL.
         */
        public Builder defaultStores(List<String> urls) {
            Objects.requireNonNull(urls, "urls");
            for (String url : urls) {
                String scheme = Urls.parse(Objects.requireNonNull(url, "url")).map(Urls::scheme).orElse("");
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    throw new IllegalArgumentException("a store is an http(s) URL: " + url);
                }
            }
            this.defaultStores.clear();
            this.defaultStores.addAll(urls);
            return this;
        }

        /** How many configs are resolved at once (default {@link #DEFAULT_PARALLELISM}); 1 to 256. */
        public Builder parallelism(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("parallelism must be 1 to 256: " + value);
            }
            this.parallelism = value;
            return this;
        }

        /** The most ancestors a component may have (default {@link #DEFAULT_MAX_DEPTH}, the reference's); 0 or more. */
        public Builder maxDepth(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxDepth must be 0 or more: " + value);
            }
            this.maxDepth = value;
            return this;
        }

        /**
         * The most components one tree may have (default {@link #DEFAULT_MAX_COMPONENTS}); positive. Every config
         * met counts, wherever it is (a component reached by two paths counts twice, as the tree holds it twice),
         * and it counts before its manifest is fetched, so a manifest listing more components than are left fails
         * without fetching them. Over it: {@code too-many-components}, thrown even when continuing on error. The
         * reference has no such limit; its depth limit alone lets a graph of n components whose every one
         * requires the next two give a tree of about 1.6^n.
         */
        public Builder maxComponents(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxComponents must be positive: " + value);
            }
            this.maxComponents = value;
            return this;
        }

        /**
         * The most values a fetched manifest may hold, {@code htmlAst} (which is dropped unread) aside (default
         * {@link #DEFAULT_MAX_MANIFEST_VALUES}); positive. Each scalar, object and array counts one, keys do not, as
         * in {@code ManifestReader}'s {@code json.nodes}. Checked before validation, whose cost grows with the
         * document: a URL over it fails with {@link FetchResult.Kind#JSON_LIMIT}. The reference has no such limit.
         */
        public Builder maxManifestValues(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxManifestValues must be positive: " + value);
            }
            this.maxManifestValues = value;
            return this;
        }

        /**
         * The time one whole resolution may take, all fetches included (default {@link #DEFAULT_TIMEOUT});
         * positive. Each fetch has its own deadline in the source; this bounds their sum. Over it: {@code timeout},
         * thrown even when continuing on error; fetches still running are interrupted. The reference has no such
         * limit.
         */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "value");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * The platform an engine list is matched against, as the reference matches {@code os.platform()}
         * (default: this JVM's): {@code aix}, {@code darwin}, {@code freebsd}, {@code linux}, {@code openbsd},
         * {@code sunos} or {@code win32}.
         */
        public Builder platform(String value) {
            if (!ComponentConfigs.PLATFORMS.contains(Objects.requireNonNull(value, "value"))) {
                throw new IllegalArgumentException("platform must be one of " + ComponentConfigs.PLATFORMS + ": " + value);
            }
            this.platform = value;
            return this;
        }

        /**
         * Whether to go on past errors (default false), as the reference's {@code continueOnError}: a config that
         * fails is left out (with what is beneath it) and its error is kept in {@link Resolution#problems()}.
         */
        public Builder continueOnError(boolean value) {
            this.continueOnError = value;
            return this;
        }

        /** The options of {@link Resolution#layers()} (default {@link LayerOptions#DEFAULTS}). */
        public Builder layerOptions(LayerOptions value) {
            this.layerOptions = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The resolver. */
        public ComponentResolver build() {
            return new ComponentResolver(this);
        }
    }
}
