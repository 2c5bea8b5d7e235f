package org.blocklet4j.meta.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.BlockletMetaException;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.Severity;
import org.blocklet4j.meta.SourcePosition;
import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.internal.fix.CamelCasedManifest;
import org.blocklet4j.meta.internal.fix.FixResult;
import org.blocklet4j.meta.internal.fix.ManifestFixer;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.rules.BlockletSchema;
import org.blocklet4j.meta.internal.schema.Context;
import org.blocklet4j.meta.internal.schema.Issue;
import org.blocklet4j.meta.internal.schema.Result;
import org.blocklet4j.meta.internal.yaml.JsJson;
import org.blocklet4j.meta.internal.yaml.JsYaml;
import org.blocklet4j.meta.internal.yaml.SourceMap;
import org.blocklet4j.meta.internal.yaml.YamlLimits;
import org.blocklet4j.meta.internal.yaml.YamlLoad;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * From bytes to a {@link ManifestResult}, as the reference's {@code parse(dir, options)} goes: load, root
 * handling, extra attributes, the fix steps, the default store, camelCase keys, then the schema.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Pipeline {
    static final String META_FILE = "blocklet.yml";
    static final String META_FILE_ALT = "blocklet.yaml";

    private final ManifestOptions options;
    private final YamlLimits limits;

    public Pipeline(ManifestOptions options) {
        this.options = options;
        this.limits = YamlLimits.of(options.limits());
    }

    /** A directory or a manifest file. */
    public ManifestResult read(Path path) {
        if (Files.isDirectory(path)) {
            return readDirectory(path);
        }
        Path parent = path.getParent();
        boolean alt = path.getFileName() != null && path.getFileName().toString().equals(META_FILE_ALT);
        return readFile(path, parent == null ? Path.of("") : parent, alt);
    }

    /** {@code blocklet.yml}, else {@code blocklet.yaml}, in {@code dir}. */
    public ManifestResult readDirectory(Path dir) {
        Path yml = dir.resolve(META_FILE);
        if (Files.exists(yml)) {
            return readFile(yml, dir, false);
        }
        Path yaml = dir.resolve(META_FILE_ALT);
        if (Files.exists(yaml)) {
            return readFile(yaml, dir, true);
        }
        return ManifestResult.of(null, null, List.of(Diagnostic.error("manifest.not-found", "",
                "no " + META_FILE + " or " + META_FILE_ALT + " found in " + dir)));
    }

    private ManifestResult readFile(Path file, Path dir, boolean alt) {
        byte[] bytes;
        // Every code point takes at most four bytes: read no further than the longest text accepted could take,
        // so that a huge file, a device or a pipe costs no more than that.
        long maxBytes = 4L * limits.maxCodePoints() + 3;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new BlockletMetaException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            return ManifestResult.of(null, null, List.of(Diagnostic.error("yaml.too-large", "",
                    "the file is longer than " + limits.maxCodePoints() + " code points can be")));
        }
        return run(file, JsYaml.load(bytes, limits), dir, alt);
    }

    /** YAML text, as if read from a {@code blocklet.yml} in {@code dir}. */
    public ManifestResult readYaml(String text, @Nullable Path dir) {
        return run(null, JsYaml.load(text, limits), dir, false);
    }

    /** JSON text, as if read from a {@code blocklet.yml} in {@code dir}. */
    public ManifestResult readJson(String text, @Nullable Path dir) {
        return run(null, JsJson.load(text, limits), dir, false);
    }

    private ManifestResult run(@Nullable Path file, YamlLoad load, @Nullable Path dir, boolean alt) {
        try {
            return runSteps(file, load, dir, alt);
        } catch (RuntimeException e) {
            return failed(file, e);
        }
    }

    /**
     * A step that fails unexpectedly is a bug; the caller (a store backend, an IDE) still gets a result, with the
     * failure as an error diagnostic rather than an exception.
     */
    private static ManifestResult failed(@Nullable Path file, RuntimeException e) {
        return ManifestResult.of(file, null, List.of(Diagnostic.error("internal.error", "",
                "the manifest could not be checked: " + e)));
    }

    private ManifestResult runSteps(@Nullable Path file, YamlLoad load, @Nullable Path dir, boolean alt) {
        if (!load.isLoaded()) {
            return ManifestResult.of(file, null, load.problems());
        }
        SourceMap positions = load.sourceMap();
        JsonNode loaded = load.isUndefined() ? null : load.value();
        ObjectNode extra = options.extraRawAttrs().orElse(null);
        if (!options.fix() && extra == null && !alt) {
            // parse() returns the raw value untouched: no assignment, no fixes, no validation.
            return ManifestResult.of(file, loaded == null ? null : JsTree.toJson(loaded), List.of());
        }
        FixResult prepared = ManifestFixer.prepareRoot(loaded, extra, alt);
        if (!prepared.isComplete() || prepared.manifest() == null) {
            return stopped(file, prepared.diagnostics(), positions);
        }
        ObjectNode meta = prepared.manifest();
        if (!options.fix()) {
            return ManifestResult.of(file, JsTree.toJson(meta), List.of());
        }
        String dirText = dir == null ? "undefined" : dir.toString();
        FixResult fixed = ManifestFixer.applyAll(meta, dirText,
                did -> did != null && did.isString() && Did.isBlockletRole(did.stringValue()));
        if (!fixed.isComplete()) {
            return stopped(file, fixed.diagnostics(), positions);
        }
        List<Diagnostic> serviceProblems = ServiceFix.apply(meta);
        if (!serviceProblems.isEmpty()) {
            return stopped(file, serviceProblems, positions);
        }
        if (options.defaultStoreUrl().isPresent()) {
            List<Diagnostic> storeProblems = DefaultStore.apply(meta, options.defaultStoreUrl().get());
            if (!storeProblems.isEmpty()) {
                return stopped(file, storeProblems, positions);
            }
        }
        CamelCasedManifest camel = ManifestFixer.camelCaseTopLevel(meta);
        // The key a diagnostic points back to is the one whose value was kept: the last of those that camelCase alike.
        Map<String, String> camelSources = new java.util.LinkedHashMap<>();
        camel.sourceKeys().forEach((key, sources) -> {
            if (!sources.isEmpty()) {
                camelSources.put(key, sources.get(sources.size() - 1));
            }
        });
        BlockletSchema.Variant variant = new BlockletSchema.Variant(
                options.ensureFiles() && dir != null && Files.isDirectory(dir), options.ensureDist(),
                options.ensureComponentStore(), false, false);
        return validate(file, camel.manifest(), variant, variant.ensureFiles() ? dir : null, positions, camelSources);
    }

    /** The schema step and its diagnostics, placed in the source through the renames done on the way. */
    private ManifestResult validate(@Nullable Path file, JsonNode meta, BlockletSchema.Variant variant,
                                    @Nullable Path baseDir, SourceMap positions, Map<String, String> topLevelRenames) {
        Context ctx = new Context(baseDir, options.zone(), true, !options.noDefaults());
        Result result = BlockletSchema.of(variant).validate(meta, org.blocklet4j.meta.internal.schema.Path.ROOT, ctx,
                null);
        SourceLocator locator = new SourceLocator(positions, ctx.renames(), topLevelRenames);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Issue issue : result.errors()) {
            diagnostics.add(locator.diagnostic(issue));
        }
        for (Issue issue : ctx.warnings()) {
            diagnostics.add(locator.diagnostic(issue));
        }
        JsonNode value = result.value();
        return ManifestResult.of(file, value == null ? null : JsTree.toJson(value), diagnostics);
    }

    private static ManifestResult stopped(@Nullable Path file, List<Diagnostic> problems, SourceMap positions) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : problems) {
            out.add(d.sourcePosition().isPresent() ? d : d.at(positions.nearest(d.pointer())));
        }
        return ManifestResult.of(file, null, out);
    }

    /**
     * The reference's {@code validateMeta(meta, options)} on a tree from outside; with {@code fixServices}, the
     * resolver's {@code validateBlockletMeta}, which first fixes the services and lets {@code name} be absent.
     */
    public ManifestResult validateTree(JsonNode tree, boolean fixServices, SourceMap positions) {
        try {
            return validateTreeSteps(tree, fixServices, positions);
        } catch (RuntimeException e) {
            return failed(null, e);
        }
    }

    private ManifestResult validateTreeSteps(JsonNode tree, boolean fixServices, SourceMap positions) {
        // A tree from outside gets the bound text gets while loading, before anything walks it.
        int maxDepth = limits.maxDepth();
        if (JsTree.deeperThan(tree, maxDepth)) {
            return ManifestResult.of(null, null, List.of(Diagnostic.error("tree.depth", "",
                    "the tree nests deeper than " + maxDepth + " levels")));
        }
        JsonNode meta = JsTree.fromJson(tree);
        if (fixServices && meta instanceof ObjectNode o) {
            List<Diagnostic> problems = ServiceFix.apply(o);
            if (!problems.isEmpty()) {
                return stopped(null, problems, positions);
            }
        }
        BlockletSchema.Variant variant = new BlockletSchema.Variant(false, options.ensureDist(),
                options.ensureComponentStore(), fixServices || options.ensureName(),
                fixServices || options.skipValidateDidName());
        return validate(null, meta, variant, null, positions, Map.of());
    }

    /** Loads JSON text for {@link #validateTree}; load problems come back as a result. */
    public ManifestResult validateJson(String text, boolean fixServices) {
        YamlLoad load = JsJson.load(text, limits);
        if (!load.isLoaded()) {
            return ManifestResult.of(null, null, load.problems());
        }
        JsonNode value = load.value();
        return validateTree(value == null ? JsTree.NODES.missingNode() : value, fixServices, load.sourceMap());
    }

    static Diagnostic diagnostic(Issue issue, @Nullable SourcePosition position) {
        return new Diagnostic(issue.warning() ? Severity.WARNING : Severity.ERROR, issue.code(), issue.message(),
                issue.path().pointer(), position);
    }

}
