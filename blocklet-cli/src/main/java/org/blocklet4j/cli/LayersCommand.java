package org.blocklet4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.blocklet4j.meta.JsonText;
import org.blocklet4j.resolver.LayerOptions;
import org.blocklet4j.resolver.RequiredLayers;
import org.blocklet4j.resolver.ResolverException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code blocklet layers}: the install order of a blocklet's required components, deepest layer first. */
@Command(name = "layers", mixinStandardHelpOptions = true,
        description = "Print the install layers of required components. FILE is JSON: "
                + "{\"targetDid\", \"children\": [{\"meta\": {\"did\"}, \"dependencies\": [{\"did\", \"required\"}]}]}.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file has an install order", "1:a file has a cycle or is too deep",
            "2:usage or I/O error"})
final class LayersCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--max-depth", defaultValue = "0", description = "deepest layer allowed; 0 for no limit")
    int maxDepth;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "graphs in the reference's input form")
    List<String> files;

    @Override
    public Integer call() {
        if (format == Format.sarif) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "layers supports --format text or jsonl");
        }
        PrintWriter out = spec.commandLine().getOut();
        int status = 0;
        for (String file : files) {
            ObjectNode line = NODES.objectNode();
            line.put("file", file);
            try {
                JsonNode input = JSON.readTree(Files.readString(Path.of(file)));
                List<List<String>> layers = RequiredLayers.ofJson(input, LayerOptions.DEFAULTS.withMaxDepth(maxDepth));
                ArrayNode array = line.putArray("layers");
                layers.forEach(layer -> {
                    ArrayNode a = array.addArray();
                    layer.forEach(a::add);
                });
                if (format == Format.text) {
                    out.println(file + ":");
                    for (int i = 0; i < layers.size(); i++) {
                        out.println("  " + (i + 1) + ": " + String.join(" ", layers.get(i)));
                    }
                }
            } catch (ResolverException e) {
                status = Math.max(status, 1);
                ObjectNode error = line.putObject("error");
                error.put("code", e.code());
                error.put("message", e.getMessage());
                ArrayNode dids = error.putArray(e.code().equals("cycle") ? "cycle" : "path");
                e.dids().forEach(dids::add);
                if (format == Format.text) {
                    out.println(file + ": error: " + e.getMessage() + " [" + e.code() + "]");
                }
            } catch (IOException | JacksonException | java.nio.file.InvalidPathException e) {
                status = BlockletCommand.USAGE;
                ObjectNode error = line.putObject("error");
                error.put("code", "io");
                error.put("message", String.valueOf(e.getMessage()));
                if (format == Format.text) {
                    out.println(file + ": error: cannot read: " + e.getMessage() + " [io]");
                }
            }
            if (format == Format.jsonl) {
                out.println(JsonText.write(line));
            }
        }
        out.flush();
        return status;
    }
}
