package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.JsonText;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One SARIF 2.1.0 log with one run, for IDEs and code-scanning services. */
final class SarifReport implements Report {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final PrintWriter out;

    SarifReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void manifest(Checked checked) {
    }

    @Override
    public void finish(List<Checked> all) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "blocklet4j");
        driver.put("informationUri", "https://github.com/blocklet4j/blocklet4j");
        Set<String> codes = new LinkedHashSet<>();
        ArrayNode results = run.putArray("results");
        for (Checked c : all) {
            String uri = Path.of(c.file()).toUri().toString();
            for (Diagnostic d : c.result().diagnostics()) {
                codes.add(d.code());
                ObjectNode r = results.addObject();
                r.put("ruleId", d.code());
                r.put("level", d.isError() ? "error" : "warning");
                r.putObject("message").put("text", d.message());
                ObjectNode location = r.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                d.sourcePosition().ifPresent(p -> physical.putObject("region")
                        .put("startLine", p.line()).put("startColumn", p.column()));
                if (!d.pointer().isEmpty()) {
                    location.putArray("logicalLocations").addObject()
                            .put("fullyQualifiedName", d.pointer()).put("kind", "member");
                }
            }
        }
        ArrayNode rules = driver.putArray("rules");
        for (String code : codes) {
            rules.addObject().put("id", code);
        }
        out.println(JsonText.write(log));
    }
}
