package org.blocklet4j.schema.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.Severity;
import org.blocklet4j.meta.SourceDocument;
import org.blocklet4j.meta.SourcePosition;
import org.jspecify.annotations.Nullable;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

import tools.jackson.databind.JsonNode;

/**
 * One loaded schema and the translation of networknt's errors into diagnostics: the closest alternative of each
 * failed {@code anyOf}, pointers and positions through the document's source map, the schema's own messages.
 *
 * <p>Immutable after construction and safe to use from many threads (networknt's schemas are, once their
 * validators are initialised).
 */
public final class SchemaCheck {
    private static final Set<String> MISMATCH = Set.of("type", "enum", "const", "required");

    private final JsonNode schemaTree;
    private final Schema schema;

    public SchemaCheck(String fileName) {
        this.schemaTree = SchemaResources.tree(fileName);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(config));
        this.schema = registry.getSchema(schemaTree);
        this.schema.initializeValidators();
    }

    /** Checks {@code tree}; positions from {@code document} when given. */
    public List<Diagnostic> run(JsonNode tree, @Nullable SourceDocument document) {
        List<Error> errors;
        try {
            errors = schema.validate(tree);
        } catch (StackOverflowError | RuntimeException e) {
            // The schema's patterns are written not to recurse per character, and the loader bounds the depth of
            // a document; should either still overflow on some input, the caller gets a diagnostic, not a crash.
            return List.of(Diagnostic.error("schema.internal", "", "the manifest could not be checked: " + e));
        }
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Error> kept = new ArrayList<>();
        closest(errors, 0, kept);
        Set<Diagnostic> out = new LinkedHashSet<>();
        for (Error e : kept) {
            out.add(diagnostic(e, document));
        }
        List<Diagnostic> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing((Diagnostic d) -> d.position() == null ? Integer.MAX_VALUE : d.position().line())
                .thenComparing(d -> d.position() == null ? Integer.MAX_VALUE : d.position().column())
                .thenComparing(Diagnostic::pointer));
        return List.copyOf(sorted);
    }

    /**
     * Keeps the errors outside any {@code anyOf}/{@code oneOf}, and of each failed one only the alternative that
     * comes closest: one whose type matched, then the one with the fewest errors, then the first.
     */
    private static void closest(List<Error> errors, int from, List<Error> out) {
        Map<String, Map<Integer, List<Error>>> groups = new LinkedHashMap<>();
        Map<String, Integer> branchDepth = new LinkedHashMap<>();
        for (Error e : errors) {
            NodePath path = e.getEvaluationPath();
            int at = -1;
            for (int i = from; i + 1 < path.getNameCount(); i++) {
                String name = path.getName(i);
                if ((name.equals("anyOf") || name.equals("oneOf")) && isIndex(path.getName(i + 1))) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                out.add(e);
                continue;
            }
            String key = prefix(path, at + 1);
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(Integer.parseInt(path.getName(at + 1)), k -> new ArrayList<>()).add(e);
            branchDepth.put(key, at + 2);
        }
        for (Map.Entry<String, Map<Integer, List<Error>>> group : groups.entrySet()) {
            int depth = branchDepth.get(group.getKey());
            List<Error> best = null;
            int bestScore = Integer.MAX_VALUE;
            for (List<Error> branch : group.getValue().values()) {
                int score = (mismatches(branch, depth) ? 1_000_000 : 0) + branch.size();
                if (score < bestScore) {
                    bestScore = score;
                    best = branch;
                }
            }
            if (best != null) {
                closest(best, depth, out);
            }
        }
    }

    /** True when the branch failed at its own level on the kind of value (type, enum, const, a required key). */
    private static boolean mismatches(List<Error> branch, int depth) {
        for (Error e : branch) {
            NodePath path = e.getEvaluationPath();
            int i = depth;
            while (i < path.getNameCount() - 1) {
                String name = path.getName(i);
                if (name.equals("$ref")) {
                    i++;
                } else if (name.equals("allOf") && i + 1 < path.getNameCount() && isIndex(path.getName(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i == path.getNameCount() - 1 && MISMATCH.contains(path.getName(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String prefix(NodePath path, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append('/').append(path.getName(i));
        }
        return sb.toString();
    }

    private Diagnostic diagnostic(Error e, @Nullable SourceDocument document) {
        String keyword = e.getKeyword();
        String pointer = pointer(e.getInstanceLocation());
        String property = e.getProperty();
        SourcePosition position = null;
        if (property != null && (keyword.equals("required") || keyword.equals("additionalProperties"))) {
            pointer = pointer + "/" + escape(property);
            if (document != null && keyword.equals("additionalProperties")) {
                position = document.keyPosition(pointer).orElse(null);
            }
        }
        if (document != null && position == null) {
            String at = pointer;
            position = document.position(at).or(() -> document.nearestPosition(at)).orElse(null);
        }
        return new Diagnostic(Severity.ERROR, "schema." + keyword, message(e), pointer, position);
    }

    private String message(Error e) {
        if (e.getKeyword().equals("pattern")) {
            JsonNode owner = schemaNode(e.getSchemaLocation().getFragment(), 1);
            JsonNode custom = owner == null ? null : owner.get("patternErrorMessage");
            if (custom != null && custom.isString()) {
                return custom.stringValue();
            }
        }
        if (e.getKeyword().equals("additionalProperties") && e.getProperty() != null) {
            return "unknown key \"" + e.getProperty() + "\"";
        }
        return e.getMessage();
    }

    /** The schema node at {@code fragment} without its last {@code drop} segments, or null. */
    private @Nullable JsonNode schemaNode(NodePath fragment, int drop) {
        JsonNode node = schemaTree;
        for (int i = 0; i < fragment.getNameCount() - drop && node != null; i++) {
            String name = fragment.getName(i);
            node = node.isArray() && isIndex(name) ? node.get(Integer.parseInt(name)) : node.get(name);
        }
        return node;
    }

    /** The RFC 6901 pointer of an instance location. */
    private static String pointer(NodePath location) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            sb.append('/').append(escape(location.getName(i)));
        }
        return sb.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
