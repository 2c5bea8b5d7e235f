package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.blocklet4j.schema.SchemaVariant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code blocklet schema}: prints the JSON Schema of blocklet.yml, for editors and CI. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft-07) of blocklet.yml. The strict variant also reports unknown keys.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "print the strict variant, which reports unknown keys")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print((strict ? SchemaVariant.STRICT : SchemaVariant.STANDARD).text());
        out.flush();
        return 0;
    }
}
