package org.blocklet4j.resolver;

import java.util.List;
import java.util.Optional;

import org.blocklet4j.meta.model.BlockletMeta;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One component as {@code parseComponents} records it (the reference's "dynamic component"): its manifest with
 * the config's title and description applied, its mount point, where it came from and what it depends on; and,
 * beyond the reference, the components resolved beneath it.
 *
 * <p>The root of a {@link Resolution} is one too, with mount point {@code /} and no source. Equality is identity:
 * a component reached twice gives two instances. Instances are immutable and safe to share between threads;
 * {@link #json()} and {@link #source()} hand out copies; the manifest held is shared with the other places in the
 * tree where the same manifest was reached, so that a manifest reached thousands of times costs one copy.
 */
public final class ResolvedComponent {
    private final String did;
    private final String name;
    private final String version;
    private final String mountPoint;
    private final boolean required;
    private final int depth;
    private final JsonNode json;
    /** {@link #meta()}, made on first use: most places in a large tree are never asked for it. */
    private volatile @Nullable Optional<BlockletMeta> meta;
    private final @Nullable JsonNode source;
    private final @Nullable String url;
    private final List<Dependency> dependencies;
    private final List<ResolvedComponent> children;

    ResolvedComponent(String did, String name, String version, String mountPoint, boolean required, int depth,
                      JsonNode json, @Nullable JsonNode source, @Nullable String url,
                      List<Dependency> dependencies, List<ResolvedComponent> children) {
        this.did = did;
        this.name = name;
        this.version = version;
        this.mountPoint = mountPoint;
        this.required = required;
        this.depth = depth;
        this.json = json;
        this.source = source;
        this.url = url;
        this.dependencies = List.copyOf(dependencies);
        this.children = List.copyOf(children);
    }

    /** The DID the dependency graph uses: {@code meta.bundleDid}, which is the manifest's {@code did}. */
    public String did() {
        return did;
    }

    /** {@code meta.name}; empty when the (root) manifest has none. */
    public String name() {
        return name;
    }

    /** {@code meta.version}. */
    public String version() {
        return version;
    }

    /** The title: the config's when it gives one, else the manifest's. */
    public Optional<String> title() {
        JsonNode t = json.get("title");
        return t != null && t.isString() && !t.stringValue().isEmpty() ? Optional.of(t.stringValue()) : Optional.empty();
    }

    /**
     * Where the component is mounted: the config's {@code mountPoint}, else {@code /} and the url-path-friendly
     * title (else name, else DID) in lower case; {@code /} for the root.
     */
    public String mountPoint() {
        return mountPoint;
    }

    /** Whether the config that brought it in says {@code required} (an engine always is); true for the root. */
    public boolean required() {
        return required;
    }

    /** How many configs lie between the root and this component: 0 for the root, 1 for its own components. */
    public int depth() {
        return depth;
    }

    /**
     * The manifest as the reference holds it after {@code ensureMeta}: validated and normalised,
     * {@code dist.tarball} made absolute, {@code bundleDid} and {@code bundleName} set, the config's title and
     * description applied. A fresh copy on each call.
     */
    public JsonNode json() {
        return json.deepCopy();
    }

    /**
     * The manifest of {@link #json()} as typed values. Always there for a fetched component, which is validated;
     * empty for a root given as JSON that the typed model cannot read (a store list in a source, for one).
     */
    public Optional<BlockletMeta> meta() {
        Optional<BlockletMeta> m = meta;
        if (m == null) {
            BlockletMeta typed;
            try {
                typed = BlockletMeta.of(json);
            } catch (RuntimeException e) {
                // Only a root given as unvalidated JSON gets here: the reference reads it as it is, and so do we.
                typed = null;
            }
            m = Optional.ofNullable(typed);
            meta = m;
        }
        return m;
    }

    /** The config's {@code source} (the reference's {@code bundleSource}); empty for the root. A copy. */
    public Optional<JsonNode> source() {
        return Optional.ofNullable(source == null ? null : source.deepCopy());
    }

    /** The URL the manifest was read from: the first of the config's URLs that answered; empty for the root. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** What it depends on, one per config that resolved, in config order: {@code {did, required, version}}. */
    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** The components resolved from its configs, in config order, duplicates included. */
    public List<ResolvedComponent> children() {
        return children;
    }

    @Override
    public String toString() {
        return (name.isEmpty() ? did : name) + "@" + version + " " + mountPoint;
    }
}
