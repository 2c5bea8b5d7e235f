package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.blocklet4j.bundle.BlockletBundleException;
import org.blocklet4j.bundle.BundleCheck;
import org.blocklet4j.bundle.BundleReport;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestResult;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code blocklet check-bundle}: checks an upload as a Blocklet Store must ({@link BundleCheck}) and reports it in
 * the formats of {@code validate}, one record for the bundle.
 */
@Command(name = "check-bundle", mixinStandardHelpOptions = true,
        description = {"Check a blocklet bundle as a Blocklet Store must: the meta, safe file names, the tarball's "
                + "integrity and size, the signatures.",
            "Give blocklet.json and the tarball, or the release folder as one .zip (blocklet.json at its root or "
                + "in one top-level folder, beside the tarball that dist.tarball names)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the bundle is valid", "1:the bundle is invalid", "2:usage or I/O error"})
final class CheckBundleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, jsonl or sarif (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--no-bind-signers", description = "do not require each signer to be the address of its key "
            + "(the reference's verdicts; a mismatch is then a warning)")
    boolean noBindSigners;

    @Option(names = "--no-verify-signatures", description = "skip the signature step (a bundle not yet signed)")
    boolean noVerifySignatures;

    @Option(names = "--sri", description = "accept dist.integrity as a Subresource-Integrity string with several "
            + "hashes, the strongest deciding (as Blocklet Server's downloader)")
    boolean subresourceIntegrity;

    @Option(names = "--server-mode", description = "verify signatures as Blocklet Server does when it installs: on "
            + "the meta after validateMeta with noDefaults and stripUnknown")
    boolean serverMode;

    @Option(names = "--no-images", description = "skip the logo and screenshot checks")
    boolean noImages;

    @Option(names = "--previous-version", paramLabel = "VERSION",
            description = "the version published last: the bundle's version must be greater")
    @Nullable String previousVersion;

    @Parameters(paramLabel = "FILE", arity = "1..2",
            description = "blocklet.json and the tarball, or the release .zip alone (- reads it from the standard "
                    + "input)")
    List<String> files;

    @Override
    public Integer call() {
        BundleCheck.Builder builder = BundleCheck.builder()
                .bindSigners(!noBindSigners)
                .verifySignatures(!noVerifySignatures)
                .subresourceIntegrity(subresourceIntegrity)
                .serverMode(serverMode)
                .checkImages(!noImages);
        if (previousVersion != null) {
            if (!org.blocklet4j.meta.semver.SemVer.isValid(previousVersion)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--previous-version is not a valid version: " + previousVersion);
            }
            builder.previousVersion(previousVersion);
        }
        BundleCheck check = builder.build();
        PrintWriter out = spec.commandLine().getOut();
        Report report = switch (format) {
            case text -> new TextReport(out);
            case jsonl -> new JsonLinesReport(out);
            case sarif -> new SarifReport(out);
        };
        String given = files.get(0);
        if (files.size() == 1 && given.endsWith(".json")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the tarball is missing: check-bundle " + given + " BUNDLE.tgz");
        }
        boolean stdin = files.size() == 1 && given.equals("-");
        String missing = stdin ? null : files.stream().filter(f -> !isFile(f)).findFirst().orElse(null);
        ManifestResult result;
        boolean ioError = true;
        if (missing != null) {
            result = ioError("no such file: " + missing);
        } else {
            try {
                BundleReport bundle = files.size() == 2 ? check.check(Path.of(given), Path.of(files.get(1)))
                        : stdin ? check.checkRelease(System.in) : check.checkRelease(Path.of(given));
                result = asResult(files.size() == 2 ? Path.of(given) : null, bundle);
                ioError = false;
            } catch (BlockletBundleException e) {
                result = ioError(e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            }
        }
        Checked checked = new Checked(given, result);
        report.manifest(checked);
        report.finish(List.of(checked));
        out.flush();
        return ioError ? BlockletCommand.USAGE : result.isValid() ? 0 : 1;
    }

    private static boolean isFile(String given) {
        try {
            return Files.isRegularFile(Path.of(given));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static ManifestResult ioError(String message) {
        return ManifestResult.of(null, null, List.of(Diagnostic.error("io.error", "", message)));
    }

    /**
     * The report as {@code validate} prints a manifest: its diagnostics, positions in {@code blocklet.json} (the
     * file given, or the one in the zip), and the normalised meta when the bundle is valid.
     */
    private static ManifestResult asResult(@Nullable Path blockletJson, BundleReport report) {
        return ManifestResult.of(blockletJson, report.json().orElse(null), report.diagnostics());
    }
}
