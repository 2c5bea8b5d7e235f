package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.blocklet4j.meta.BlockletMetaException;
import org.blocklet4j.meta.JsonText;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.resolver.ComponentFetchException;
import org.blocklet4j.resolver.ComponentResolver;
import org.blocklet4j.resolver.Dependency;
import org.blocklet4j.resolver.Resolution;
import org.blocklet4j.resolver.ResolvedComponent;
import org.blocklet4j.resolver.ResolverException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code blocklet resolve}: fetch a blocklet's component tree and print it with the install layers. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve the components of a blocklet (a directory, a blocklet.yml, or the URL of a "
                + "blocklet.json) from their stores and URLs; print the tree and the install layers.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every component resolved", "1:a component or the manifest failed",
            "2:usage or I/O error"})
final class ResolveCommand implements Callable<Integer> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Output formats of this command. */
    enum ResolveFormat {
        text, json
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "URL",
            description = "store for components that name none; repeat to try several in order")
    List<String> stores = List.of();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    ResolveFormat format;

    @Parameters(paramLabel = "PATH", arity = "1", description = "blocklet directory, manifest file, or manifest URL")
    String path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ComponentResolver resolver;
        try {
            resolver = ComponentResolver.builder().defaultStores(stores).build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ObjectNode doc = NODES.objectNode();
        doc.put("path", path);
        int status;
        try {
            Resolution resolution = isUrl(path) ? resolver.resolveUrl(path) : resolver.resolve(read(path));
            status = 0;
            if (format == ResolveFormat.text) {
                printText(out, resolution);
            } else {
                writeJson(doc, resolution);
            }
        } catch (ResolverException e) {
            status = 1;
            if (format == ResolveFormat.text) {
                out.println(path + ": error: " + e.getMessage() + " [" + e.code() + "]");
            } else {
                doc.set("error", error(e));
            }
        } catch (BlockletMetaException | InvalidPathException e) {
            status = BlockletCommand.USAGE;
            if (format == ResolveFormat.text) {
                out.println(path + ": error: cannot read: " + e.getMessage() + " [io]");
            } else {
                doc.putObject("error").put("code", "io").put("message", String.valueOf(e.getMessage()));
            }
        }
        if (format == ResolveFormat.json) {
            out.println(JsonText.write(doc));
        }
        out.flush();
        return status;
    }

    private static boolean isUrl(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.startsWith("http://") || p.startsWith("https://") || p.startsWith("file:");
    }

    /** The root manifest; with stores given, a component without store is left for them, not refused. */
    private ManifestResult read(String given) {
        Path p = Path.of(given);
        if (!Files.exists(p)) {
            throw new BlockletMetaException("no such file or directory: " + given);
        }
        ManifestOptions options = stores.isEmpty() ? ManifestOptions.DEFAULTS
                : ManifestOptions.builder().ensureComponentStore(false).build();
        return ManifestReader.create(options).read(p);
    }

    // ------------------------------------------------------------ text

    private static void printText(PrintWriter out, Resolution r) {
        Set<ResolvedComponent> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(r.components());
        ResolvedComponent root = r.tree();
        out.println(label(root) + " (" + root.did() + ")");
        printChildren(out, root, "", kept, r);
        out.println();
        List<List<String>> layers = r.layers();
        if (layers.isEmpty()) {
            out.println("install layers: none (no required components)");
        } else {
            out.println("install layers (first to last):");
            Map<String, String> names = new java.util.HashMap<>();
            r.components().forEach(c -> names.put(c.did(), c.name()));
            for (int i = 0; i < layers.size(); i++) {
                StringBuilder line = new StringBuilder("  " + (i + 1) + ":");
                for (String did : layers.get(i)) {
                    line.append(' ').append(names.getOrDefault(did, did));
                }
                out.println(line);
            }
        }
    }

    private static void printChildren(PrintWriter out, ResolvedComponent parent, String indent,
                                      Set<ResolvedComponent> kept, Resolution r) {
        List<ResolvedComponent> children = parent.children();
        for (int i = 0; i < children.size(); i++) {
            ResolvedComponent c = children.get(i);
            boolean last = i == children.size() - 1;
            StringBuilder line = new StringBuilder(indent).append(last ? "└── " : "├── ").append(label(c))
                    .append(' ').append(c.mountPoint());
            line.append(c.required() ? " [required]" : " [optional]");
            if (!kept.contains(c)) {
                line.append(" (duplicate; ").append(r.find(c.did()).map(ResolveCommand::label).orElse("dropped"))
                        .append(" is used)");
            }
            out.println(line);
            printChildren(out, c, indent + (last ? "    " : "│   "), kept, r);
        }
    }

    private static String label(ResolvedComponent c) {
        return (c.name().isEmpty() ? c.did() : c.name()) + "@" + c.version();
    }

    // ------------------------------------------------------------ json

    private static void writeJson(ObjectNode doc, Resolution r) {
        Set<ResolvedComponent> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(r.components());
        doc.set("tree", node(r.tree(), kept, true));
        ArrayNode components = doc.putArray("components");
        for (ResolvedComponent c : r.components()) {
            components.add(node(c, kept, false));
        }
        ArrayNode layers = doc.putArray("layers");
        for (List<String> layer : r.layers()) {
            ArrayNode a = layers.addArray();
            layer.forEach(a::add);
        }
    }

    private static ObjectNode node(ResolvedComponent c, Set<ResolvedComponent> kept, boolean tree) {
        ObjectNode n = NODES.objectNode();
        n.put("did", c.did());
        n.put("name", c.name());
        n.put("version", c.version());
        c.title().ifPresent(t -> n.put("title", t));
        n.put("mountPoint", c.mountPoint());
        n.put("required", c.required());
        c.url().ifPresent(u -> n.put("url", u));
        ArrayNode deps = n.putArray("dependencies");
        for (Dependency d : c.dependencies()) {
            ObjectNode o = deps.addObject();
            o.put("did", d.did());
            o.put("required", d.required());
            if (d.version() != null) {
                o.put("version", d.version());
            }
        }
        if (tree) {
            if (c.depth() > 0) {
                n.put("duplicate", !kept.contains(c));
            }
            ArrayNode children = n.putArray("children");
            c.children().forEach(k -> children.add(node(k, kept, true)));
        }
        return n;
    }

    private static ObjectNode error(ResolverException e) {
        ObjectNode error = NODES.objectNode();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        ArrayNode dids = error.putArray("dids");
        e.dids().forEach(dids::add);
        if (e instanceof ComponentFetchException f) {
            ArrayNode failures = error.putArray("failures");
            for (ComponentFetchException.UrlFailure u : f.failures()) {
                failures.addObject().put("url", u.url()).put("kind", u.kind().name().toLowerCase(Locale.ROOT))
                        .put("message", u.message());
            }
        }
        return error;
    }
}
