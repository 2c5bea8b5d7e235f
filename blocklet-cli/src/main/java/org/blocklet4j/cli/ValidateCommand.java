package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.blocklet4j.meta.BlockletMetaException;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.schema.SchemaValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code blocklet validate}: reads each manifest and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate blocklet manifests. PATH is a blocklet directory or its blocklet.yml/blocklet.yaml.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every manifest is valid", "1:a manifest is invalid", "2:usage or I/O error"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, jsonl or sarif (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--ensure-files", description = "logo and files must exist in the blocklet directory")
    boolean ensureFiles;

    @Option(names = "--ensure-dist", description = "dist (tarball, integrity) is required")
    boolean ensureDist;

    @Option(names = "--no-store-check", description = "components from a store need not name the store")
    boolean noStoreCheck;

    @Option(names = "--default-store", paramLabel = "URL", description = "store for components that name none")
    String defaultStore;

    @Option(names = "--schema-only", description = "check the manifests as written against the JSON Schema only "
            + "(blocklet schema), without the fix steps and the rules the schema cannot express")
    boolean schemaOnly;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "blocklet directories or manifest files")
    List<String> paths;

    @Override
    public Integer call() {
        ManifestOptions.Builder options = ManifestOptions.builder()
                .ensureFiles(ensureFiles)
                .ensureDist(ensureDist)
                .ensureComponentStore(!noStoreCheck);
        if (defaultStore != null) {
            options.defaultStoreUrl(defaultStore);
        }
        ManifestReader reader = ManifestReader.create(options.build());
        PrintWriter out = spec.commandLine().getOut();
        Report report = switch (format) {
            case text -> new TextReport(out);
            case jsonl -> new JsonLinesReport(out);
            case sarif -> new SarifReport(out);
        };
        boolean invalid = false;
        boolean ioError = false;
        List<Checked> all = new ArrayList<>();
        for (String given : paths) {
            ManifestResult result;
            try {
                Path path = Path.of(given);
                if (!Files.exists(path)) {
                    throw new BlockletMetaException("no such file or directory: " + given);
                }
                result = schemaOnly ? schemaOnly(path) : reader.read(path);
            } catch (InvalidPathException | BlockletMetaException e) {
                ioError = true;
                result = ManifestResult.of(null, null, List.of(Diagnostic.error("io.error", "", e.getMessage())));
            }
            invalid |= !result.isValid();
            Checked c = new Checked(given, result);
            all.add(c);
            report.manifest(c);
        }
        report.finish(all);
        out.flush();
        return ioError ? BlockletCommand.USAGE : invalid ? 1 : 0;
    }

    /** The JSON Schema's verdict on the manifest as written: {@code blocklet.yml}, else {@code blocklet.yaml}. */
    private static ManifestResult schemaOnly(Path path) {
        Path file = path;
        if (Files.isDirectory(path)) {
            file = path.resolve("blocklet.yml");
            if (!Files.exists(file)) {
                file = path.resolve("blocklet.yaml");
            }
            if (!Files.exists(file)) {
                return ManifestResult.of(null, null, List.of(Diagnostic.error("manifest.not-found", "",
                        "no blocklet.yml or blocklet.yaml found in " + path)));
            }
        }
        return ManifestResult.of(file, null, SchemaValidator.standard().validate(file));
    }
}
