package org.blocklet4j.meta.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.SourcePosition;
import org.blocklet4j.meta.internal.schema.Issue;
import org.blocklet4j.meta.internal.schema.Path;
import org.blocklet4j.meta.internal.yaml.SourceMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps a pointer in the normalised key space back to the file: undoes the renames (top-level camelCase,
 * {@code children} → {@code components}, {@code pre-start} → {@code preStart}, navigation {@code child}) and
 * looks the source pointer up, falling back to the nearest ancestor that has a position.
 */
final class SourceLocator {
    private final SourceMap positions;
    private final List<String[]> renames = new ArrayList<>();

    /**
     * @param positions   positions by source pointer
     * @param renames     schema renames done: normalised pointer → source pointer
     * @param topLevel    camelCase renames of top-level keys: normalised key → key as written
     */
    SourceLocator(SourceMap positions, Map<String, String> renames, Map<String, String> topLevel) {
        this.positions = positions;
        // The camelCase renames happen before the schema's, so they are undone last.
        topLevel.forEach((to, from) -> {
            if (!to.equals(from)) {
                this.renames.add(new String[] {"/" + Path.escape(to), "/" + Path.escape(from)});
            }
        });
        renames.forEach((to, from) -> this.renames.add(new String[] {to, from}));
    }

    /** The source pointer for a normalised one. */
    String sourcePointer(String pointer) {
        String p = pointer;
        // Later renames are deeper or equal; undo from the last one done back to the first.
        for (int i = renames.size() - 1; i >= 0; i--) {
            String to = renames.get(i)[0];
            String from = renames.get(i)[1];
            if (p.equals(to) || p.startsWith(to + "/")) {
                p = from + p.substring(to.length());
            }
        }
        return p;
    }

    Diagnostic diagnostic(Issue issue) {
        String source = sourcePointer(issue.path().pointer());
        @Nullable SourcePosition at = issue.warning() || issue.type().startsWith("object.rename")
                ? positions.key(source) : positions.value(source);
        if (at == null) {
            at = positions.nearest(source);
        }
        return Pipeline.diagnostic(issue, at);
    }
}
