package org.blocklet4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.SourceDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard schema against the reference's recorded verdicts (the same ones the library is held to): over the
 * project's own fixtures ({@code conformance/cases}) and, when {@code blocklet.conformance.dir} is set, the shared
 * corpus of real manifests. Every manifest the reference accepts, the schema accepts, as written; every manifest
 * the schema rejects, the reference rejects too, with a problem on the same branch of the document (one pointer
 * under the other).
 * The counts are printed.
 */
class LibraryAgreementTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void agreesWithTheReferenceOnTheProjectFixtures() throws IOException {
        Path root = Path.of("..", "conformance").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(root.resolve("expected.jsonl")), "no conformance/expected.jsonl");
        check("conformance/cases", root.resolve("cases"), root.resolve("expected.jsonl"));
    }

    @Test
    void agreesWithTheReferenceOnTheSharedCorpus() throws IOException {
        String dir = System.getProperty("blocklet.conformance.dir", "");
        Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir, "real")),
                "blocklet.conformance.dir not given");
        check("shared/conformance/real", Path.of(dir, "real"), Path.of(dir, "real.golden.jsonl"));
    }

    private static void check(String suite, Path cases, Path golden) throws IOException {
        int accepted = 0;
        int invalid = 0;
        int flagged = 0;
        int sameBranch = 0;
        List<String> falseAlarms = new ArrayList<>();
        List<String> otherBranch = new ArrayList<>();
        for (String line : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode expected = MAPPER.readTree(line);
            String id = expected.get("id").stringValue();
            Path dir = cases.resolve(id);
            Path manifest = manifest(dir);
            if (manifest == null || changesTheRawManifest(dir)) {
                continue;
            }
            List<Diagnostic> found = SchemaValidator.standard().validate(SourceDocument.read(manifest));
            if (expected.get("valid").booleanValue()) {
                if (found.isEmpty()) {
                    accepted++;
                } else {
                    falseAlarms.add(id + ": " + found);
                }
                continue;
            }
            invalid++;
            if (found.isEmpty()) {
                if (Boolean.getBoolean("blocklet.schema.verbose")) {
                    System.out.println("not flagged: " + id + " " + expected.get("errors"));
                }
                continue;
            }
            flagged++;
            String stage = expected.get("stage").stringValue();
            if (!stage.equals("schema") || sharesABranch(found, expected.get("errors"))) {
                sameBranch++;
            } else {
                otherBranch.add(id + ": schema " + found + " / reference " + expected.get("errors"));
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d valid manifests, all accepted: %d; %d invalid, flagged by the schema: "
                        + "%d (%.0f%%), on the reference's branch: %d%n", suite, accepted + falseAlarms.size(),
                accepted, invalid, flagged, invalid == 0 ? 0.0 : 100.0 * flagged / invalid, sameBranch);
        assertThat(falseAlarms).as(suite + ": valid manifests the schema rejects").isEmpty();
        assertThat(otherBranch).as(suite + ": rejections on another branch than the reference's").isEmpty();
        assertThat(accepted).isPositive();
    }

    private static Path manifest(Path dir) {
        for (String name : new String[] {"blocklet.yml", "blocklet.yaml"}) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        return null;
    }

    /** Cases whose options change the manifest before it is checked ({@code fix: false}, extra attributes). */
    private static boolean changesTheRawManifest(Path dir) throws IOException {
        Path options = dir.resolve("parse-options.json");
        if (!Files.exists(options)) {
            return false;
        }
        JsonNode o = MAPPER.readTree(Files.readString(options));
        return o.has("fix") || o.has("extraRawAttrs");
    }

    /**
     * True when some schema problem and some reference problem lie on the same branch: one pointer is the other or
     * lies under it, once the schema's pointer (into the raw file) is put in the reference's key space.
     */
    private static boolean sharesABranch(List<Diagnostic> found, JsonNode referenceErrors) {
        List<String> reference = new java.util.ArrayList<>();
        for (JsonNode e : referenceErrors) {
            String pointer = e.get("pointer").stringValue();
            if (pointer.equals("/")) {
                pointer = "";
            }
            if (pointer.isEmpty()) {
                // The identity rule (name and DID) reports at the root.
                reference.add("/did");
                reference.add("/name");
            }
            reference.add(pointer);
        }
        for (Diagnostic d : found) {
            String ours = normalisedPointer(d.pointer());
            // A problem with the document as a whole (not an object at all) lies on every branch.
            if (ours.isEmpty()) {
                return true;
            }
            for (String r : reference) {
                if (r.isEmpty() || ours.equals(r) || ours.startsWith(r + "/") || r.startsWith(ours + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A pointer into the raw file in the reference's key space: camelCase top-level keys and the renames. */
    private static String normalisedPointer(String pointer) {
        if (pointer.length() <= 1) {
            return "";
        }
        String[] parts = pointer.substring(1).split("/", -1);
        parts[0] = normalised(parts[0].replace("~1", "/").replace("~0", "~")).replace("~", "~0").replace("/", "~1");
        if (parts[0].equals("scripts") && parts.length > 1) {
            parts[1] = normalised(parts[1]);
        }
        for (int i = 2; i < parts.length; i++) {
            if (parts[i].equals("child") && parts[0].equals("navigation")) {
                parts[i] = "component";
            }
        }
        return "/" + String.join("/", parts);
    }

    /** The top-level key as the reference names it: camel-cased, {@code children} renamed. */
    private static String normalised(String key) {
        if (key.equals("children")) {
            return "components";
        }
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                upperNext = out.length() > 0;
            } else if (upperNext) {
                out.append(Character.toUpperCase(c));
                upperNext = false;
            } else {
                out.append(out.length() == 0 ? Character.toLowerCase(c) : c);
            }
        }
        return key.equals(key.toUpperCase(Locale.ROOT)) ? out.toString().toLowerCase(Locale.ROOT) : out.toString();
    }
}
