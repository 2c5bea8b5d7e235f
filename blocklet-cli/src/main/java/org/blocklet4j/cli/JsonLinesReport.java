package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.util.List;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.JsonText;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One JSON object a line, exactly as the conformance contract describes. */
final class JsonLinesReport implements Report {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final PrintWriter out;

    JsonLinesReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void manifest(Checked c) {
        ObjectNode line = NODES.objectNode();
        line.put("path", c.path());
        line.put("valid", c.result().isValid());
        line.set("meta", c.result().json().orElse(NODES.nullNode()));
        ArrayNode problems = line.putArray("problems");
        for (Diagnostic d : c.result().diagnostics()) {
            problems.add(problem(d));
        }
        out.println(JsonText.write(line));
    }

    static ObjectNode problem(Diagnostic d) {
        ObjectNode p = NODES.objectNode();
        p.put("severity", d.severity().label());
        p.put("code", d.code());
        p.put("pointer", d.pointer());
        p.put("message", d.message());
        d.sourcePosition().ifPresent(pos -> {
            p.put("line", pos.line());
            p.put("column", pos.column());
        });
        return p;
    }

    @Override
    public void finish(List<Checked> all) {
    }
}
