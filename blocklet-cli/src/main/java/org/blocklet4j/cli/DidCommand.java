package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.blocklet4j.meta.JsonText;
import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.meta.did.Did;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code blocklet did}: the blocklet DID of each name, and whether the name is itself a valid DID. */
@Command(name = "did", mixinStandardHelpOptions = true,
        description = "Print the blocklet DID derived from each NAME (a valid DID is printed unchanged).")
final class DidCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "blocklet names or DIDs")
    List<String> names;

    @Override
    public Integer call() {
        if (format == Format.sarif) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "did supports --format text or jsonl");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            String did = BlockletDid.fromName(name);
            boolean valid = Did.isValid(name);
            if (format == Format.jsonl) {
                ObjectNode line = JsonNodeFactory.instance.objectNode();
                line.put("input", name);
                line.put("did", did);
                line.put("valid", valid);
                out.println(JsonText.write(line));
            } else {
                out.println(did + "\t" + name + (valid ? "\t(a valid DID)" : ""));
            }
        }
        out.flush();
        return 0;
    }
}
