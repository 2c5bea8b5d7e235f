package org.blocklet4j.cli;

import java.io.PrintWriter;
import java.util.List;

import org.blocklet4j.meta.Diagnostic;

/** GNU style: {@code file:line:col: error: message [code]}, then a summary line. */
final class TextReport implements Report {
    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void manifest(Checked c) {
        for (Diagnostic d : c.result().diagnostics()) {
            StringBuilder line = new StringBuilder(c.file());
            d.sourcePosition().ifPresent(p -> line.append(':').append(p.line()).append(':').append(p.column()));
            line.append(": ").append(d.severity().label()).append(": ").append(d.message());
            if (!d.pointer().isEmpty()) {
                line.append(" (at ").append(d.pointer()).append(')');
            }
            line.append(" [").append(d.code()).append(']');
            out.println(line);
        }
    }

    @Override
    public void finish(List<Checked> all) {
        long valid = all.stream().filter(c -> c.result().isValid()).count();
        long errors = all.stream().mapToLong(c -> c.result().errors().size()).sum();
        long warnings = all.stream().mapToLong(c -> c.result().warnings().size()).sum();
        out.println(all.size() + (all.size() == 1 ? " manifest" : " manifests") + " checked: " + valid + " valid, "
                + (all.size() - valid) + " invalid (" + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning)" : " warnings)"));
    }
}
