package org.blocklet4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.yaml.JsYaml;
import org.blocklet4j.meta.internal.yaml.YamlLoad;
import org.blocklet4j.schema.SchemaValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.databind.JsonNode;

/**
 * Reading one manifest, per size class: the whole of {@code parse()} (load, fix, validate, normalise) from bytes,
 * the YAML load alone (the floor), validation of a tree already loaded ({@code validateMeta}), and schema-only
 * validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ManifestBenchmark {
    /** The size class. */
    @Param({"small", "medium", "large"})
    public String size;

    private byte[] bytes;
    private JsonNode normalised;
    private JsonNode loaded;
    private final ManifestReader reader = ManifestReader.create(ManifestOptions.DEFAULTS);
    private final MetaValidator validator = MetaValidator.create(ManifestOptions.DEFAULTS);
    private final SchemaValidator schema = SchemaValidator.standard();

    /** Generates the manifest (seed 1, as compare.sh writes it) and checks that it is valid. */
    @Setup
    public void setUp() {
        bytes = Manifests.bytes(Manifests.Size.valueOf(size.toUpperCase(java.util.Locale.ROOT)), Inputs.SEED);
        ManifestResult result = parseFixValidate();
        if (!result.isValid()) {
            throw new IllegalStateException("generated manifest is not valid: " + result.diagnostics());
        }
        normalised = result.json().orElseThrow();
        loaded = JsTree.toJson(yamlLoad().value());
        List<Diagnostic> schemaProblems = schemaOnly();
        if (!schemaProblems.isEmpty()) {
            throw new IllegalStateException("generated manifest fails the schema: " + schemaProblems);
        }
    }

    /** The reference's {@code parse(dir)}: bytes to a valid, normalised manifest. */
    @Benchmark
    public ManifestResult parseFixValidate() {
        return reader.readYaml(new String(bytes, StandardCharsets.UTF_8), null);
    }

    /** The YAML load alone, with source positions (js-yaml's {@code load}): the floor of {@link #parseFixValidate}. */
    @Benchmark
    public YamlLoad yamlLoad() {
        return JsYaml.load(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The reference's {@code validateMeta} of the normalised manifest, already in memory. */
    @Benchmark
    public ManifestResult validateTree() {
        return validator.validate(normalised);
    }

    /** The JSON Schema (standard variant) over the loaded tree, as an editor checks it. */
    @Benchmark
    public List<Diagnostic> schemaOnly() {
        return schema.validate(loaded);
    }
}
