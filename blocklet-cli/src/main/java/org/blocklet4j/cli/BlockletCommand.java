package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blocklet} command: read and check Blocklet manifests as Blocklet Server does. */
@Command(name = "blocklet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Read, fix and validate Blocklet manifests (blocklet.yml) as Blocklet Server does.",
        subcommands = {ValidateCommand.class, CheckBundleCommand.class, DidCommand.class, LayersCommand.class,
            ResolveCommand.class, SchemaCommand.class})
public final class BlockletCommand implements Runnable {
    /** Exit status for a usage or I/O error. */
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: validate, check-bundle, did, layers, resolve or schema");
    }

    /** Runs the command line and returns the exit status. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BlockletCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("blocklet: " + e.getMessage());
            err.println("Try 'blocklet --help' for more information.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parse) -> {
            err.println("blocklet: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return USAGE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(args, out, err));
    }
}
