package org.blocklet4j.meta.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;
import org.blocklet4j.meta.testing.JsonLines;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recorded results of the reference ({@code {"id", "valid", "value", "errors": [{"pointer"}], "stage"}} per
 * line) and the comparison the shared scoring script makes: same verdict; for a valid manifest an equal
 * normalised value (numbers by value, key order ignored); for an invalid one, every reference error pointer
 * reported by us on the same branch.
 */
final class Golden {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Golden() {
    }

    /** The records of {@code file} by id, in file order. */
    static Map<String, JsonNode> load(Path file) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode record : JsonLines.read(file)) {
            out.put(record.get("id").stringValue(), record);
        }
        return out;
    }

    /** The options a case directory asks for in its {@code parse-options.json}. */
    static ManifestOptions options(Path caseDir) throws IOException {
        ManifestOptions.Builder b = ManifestOptions.builder();
        Path f = caseDir.resolve("parse-options.json");
        if (Files.exists(f)) {
            JsonNode o = JSON.readTree(Files.readString(f));
            b.ensureFiles(o.path("ensureFiles").asBoolean(false));
            b.ensureDist(o.path("ensureDist").asBoolean(false));
            b.ensureComponentStore(o.path("ensureComponentStore").asBoolean(true));
            if (o.hasNonNull("defaultStoreUrl")) {
                b.defaultStoreUrl(o.get("defaultStoreUrl").stringValue());
            }
            if (o.has("fix")) {
                b.fix(o.get("fix").asBoolean(true));
            }
            if (o.get("extraRawAttrs") instanceof ObjectNode extra) {
                b.extraRawAttrs(extra);
            } else if (o.has("extraRawAttrs") && !o.get("extraRawAttrs").isObject()) {
                b.noExtraRawAttrs();
            }
            b.noDefaults(o.path("schemaOptions").path("noDefaults").asBoolean(false));
        }
        return b.build();
    }

    /** What differs between our result for {@code caseDir} and the record; empty when they agree. */
    static List<String> compare(Path caseDir, JsonNode record) throws IOException {
        return compare(caseDir, record, read(caseDir));
    }

    /** Our result for a parse case, with the options of its {@code parse-options.json}. */
    static ManifestResult read(Path caseDir) throws IOException {
        return ManifestReader.create(options(caseDir)).read(caseDir);
    }

    /** The same for a tree case: {@code blocklet.json} through validateMeta or validateBlockletMeta. */
    static List<String> compareTree(Path caseDir, JsonNode record) throws IOException {
        return compare(caseDir, record, readTree(caseDir));
    }

    /** Our result for a tree case, with the validator and options of its {@code options.json}. */
    static ManifestResult readTree(Path caseDir) throws IOException {
        ManifestOptions.Builder b = ManifestOptions.builder();
        boolean resolver = false;
        Path f = caseDir.resolve("options.json");
        if (Files.exists(f)) {
            JsonNode o = JSON.readTree(Files.readString(f));
            resolver = o.path("validator").asString("validateMeta").equals("validateBlockletMeta");
            JsonNode opts = o.path("options");
            b.ensureDist(opts.path("ensureDist").asBoolean(false));
            b.ensureComponentStore(opts.path("ensureComponentStore").asBoolean(true));
            b.ensureName(opts.path("ensureName").asBoolean(false));
            b.skipValidateDidName(opts.path("skipValidateDidName").asBoolean(false));
            // validateMeta takes Joi preferences as schemaOptions; the resolver passes its own options on as them.
            b.noDefaults((resolver ? opts : opts.path("schemaOptions")).path("noDefaults").asBoolean(false));
        }
        MetaValidator validator = MetaValidator.create(b.build());
        String text = Files.readString(caseDir.resolve("blocklet.json"));
        return resolver ? validator.validateBlockletMeta(JSON.readTree(text)) : validator.validateJson(text);
    }

    private static List<String> compare(Path caseDir, JsonNode record, ManifestResult ours) {
        List<String> out = new ArrayList<>();
        boolean valid = record.get("valid").asBoolean();
        if (ours.isValid() != valid) {
            out.add("verdict: ours " + ours.isValid() + ", reference " + valid + "; reference errors "
                    + record.get("errors") + "; ours " + ours.errors());
            return out;
        }
        if (valid) {
            JsonNode expected = record.get("value");
            if (expected == null || expected.isNull()) {
                if (ours.json().isPresent()) {
                    out.add("meta: ours " + ours.json().get() + ", reference has none");
                }
                return out;
            }
            JsonNode actual = ours.json().orElseThrow();
            if (actual instanceof ObjectNode o && o.path("description").isString()
                    && o.get("description").stringValue().equals("Blocklet from " + caseDir)) {
                o.put("description", "Blocklet from <dir>");
            }
            String diff = firstDiff(actual, expected, "");
            if (diff != null) {
                out.add("meta: " + diff);
            }
            return out;
        }
        List<String> pointers = ours.errors().stream().map(Diagnostic::pointer).toList();
        for (JsonNode e : record.get("errors")) {
            String p = e.path("pointer").asString("");
            if (p.isEmpty() || p.equals("/")) {
                continue;
            }
            if (!covered(p, pointers)) {
                out.add("pointer " + p + " (" + e.path("type").asString("") + ") not reported; ours " + pointers);
            }
        }
        return out;
    }

    static boolean covered(String reference, List<String> ours) {
        String r = strip(reference);
        for (String p : ours) {
            p = strip(p);
            if (p.equals(r) || p.startsWith(r + "/") || (!p.isEmpty() && r.startsWith(p + "/"))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String p) {
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The first difference, or null; numbers compared by value, booleans never equal to numbers. */
    static String firstDiff(JsonNode a, JsonNode b, String at) {
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue() ? null : at + ": " + a + " != " + b;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size() || !a.propertyNames().containsAll(b.propertyNames())) {
                return at + ": keys " + a.propertyNames() + " != " + b.propertyNames();
            }
            for (Iterator<String> it = b.propertyNames().iterator(); it.hasNext(); ) {
                String k = it.next();
                String d = firstDiff(a.get(k), b.get(k), at + "/" + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return at + ": length " + a.size() + " != " + b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String d = firstDiff(a.get(i), b.get(i), at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return a.equals(b) ? null : (at.isEmpty() ? "/" : at) + ": " + a + " != " + b;
    }
}
