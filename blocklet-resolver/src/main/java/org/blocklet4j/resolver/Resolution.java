package org.blocklet4j.resolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blocklet4j.meta.internal.js.JsTree;

import tools.jackson.databind.JsonNode;

/**
 * The resolved component tree of a blocklet: every component with its manifest and mount point, the dependency
 * graph, and the order in which required components are installed.
 *
 * <p>{@link #components()} is the reference's {@code filterDuplicateComponents(parseComponents(root))}: each
 * DID once, the lowest version kept. {@link #tree()} keeps every component as it was reached.
 * {@link #layers()} is {@link RequiredLayers} over the root and {@link #components()}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Resolution {
    private final ResolvedComponent root;
    private final List<ResolvedComponent> components;
    private final Map<String, List<Dependency>> graph;
    private final List<List<String>> layers;
    private final List<ResolverException> problems;

    Resolution(ResolvedComponent root, List<ResolvedComponent> components, List<List<String>> layers,
               List<ResolverException> problems) {
        this.root = root;
        this.components = List.copyOf(components);
        Map<String, List<Dependency>> g = new LinkedHashMap<>();
        g.put(root.did(), root.dependencies());
        for (ResolvedComponent c : components) {
            g.putIfAbsent(c.did(), c.dependencies());
        }
        this.graph = Collections.unmodifiableMap(g);
        this.layers = layers;
        this.problems = List.copyOf(problems);
    }

    /** The root blocklet, with the whole tree beneath it ({@link ResolvedComponent#children()}). */
    public ResolvedComponent tree() {
        return root;
    }

    /** The root's DID, the target of {@link #layers()}. */
    public String rootDid() {
        return root.did();
    }

    /**
     * Every component below the root, each DID once: breadth-first (the root's components, then theirs, each
     * level in config order); of several versions of one DID the lowest is kept, in the place of the first.
     */
    public List<ResolvedComponent> components() {
        return components;
    }

    /** The component with {@code did} in {@link #components()}. */
    public Optional<ResolvedComponent> find(String did) {
        return components.stream().filter(c -> c.did().equals(did)).findFirst();
    }

    /**
     * The dependency graph: for the root and each of {@link #components()}, by DID in that order, its
     * dependencies {@code {did, required, version}}. An edge may lead to a DID outside the graph when its
     * component failed to resolve (see {@link #problems()}).
     */
    public Map<String, List<Dependency>> dependencies() {
        return graph;
    }

    /**
     * The install layers of the root's required components, deepest first, each component at its longest
     * distance from the root (see {@link RequiredLayers}).
     */
    public List<List<String>> layers() {
        return layers;
    }

    /**
     * The reference's {@code filterRequiredComponents(root, components)}: the components whose name is the name
     * (or source name) of one of the root's own {@code required} components, or the root's name.
     */
    public List<ResolvedComponent> requiredByRoot() {
        Set<String> names = new HashSet<>();
        JsonNode configs = root.json().path("components");
        for (JsonNode config : configs) {
            if (JsTree.isTruthy(config.get("required"))) {
                addText(names, config.get("name"));
                addText(names, config.path("source").get("name"));
            }
        }
        names.add(root.name());
        List<ResolvedComponent> out = new ArrayList<>();
        for (ResolvedComponent c : components) {
            if (names.contains(c.name())) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static void addText(Set<String> names, JsonNode value) {
        if (value != null && value.isString()) {
            names.add(value.stringValue());
        }
    }

    /**
     * The errors skipped when the resolver continues on error, in tree order (a component's errors before those
     * of components after it); empty otherwise, since the first error is thrown.
     */
    public List<ResolverException> problems() {
        return problems;
    }
}
