package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.blocklet4j.meta.did.BlockletDid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over generated manifests: reading never throws and is deterministic; what is accepted is accepted
 * again as a tree and reaches a fixed point.
 */
class ManifestPropertyTest {
    private static final ManifestReader READER = ManifestReader.withDefaults();
    private static final MetaValidator VALIDATOR = MetaValidator.create(ManifestOptions.DEFAULTS);
    private static final ManifestOptions NO_DEFAULTS = ManifestOptions.builder().noDefaults(true).build();
    private static final ManifestReader NO_DEFAULTS_READER = ManifestReader.create(NO_DEFAULTS);
    private static final MetaValidator NO_DEFAULTS_VALIDATOR = MetaValidator.create(NO_DEFAULTS);

    static Stream<String> manifests() {
        Random random = new Random(20261122L);
        return IntStream.range(0, 400).mapToObj(i -> generate(random));
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** One of {@code good}, or (one time in twelve) one of {@code bad}. */
    private static String pick(Random r, String[] good, String... bad) {
        return r.nextInt(12) == 0 ? pick(r, bad) : pick(r, good);
    }

    private static String[] of(String... values) {
        return values;
    }

    /** A manifest from a small grammar: mostly plausible, sometimes wrong in one or two places. */
    static String generate(Random r) {
        String name = pick(r, of("demo", "my-blocklet", "static-site", "api"), "Bad Name", "x".repeat(33));
        String did = r.nextInt(25) == 0 ? "z8iZbad" : BlockletDid.fromName(name);
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(name).append('\n');
        y.append("did: ").append(did).append('\n');
        y.append("version: ").append(pick(r, of("1.0.0", "0.1.2-beta.1", "v1.2.3"), "'2.0'", "1.0")).append('\n');
        if (r.nextBoolean()) {
            y.append("description: ").append(pick(r, of("A demo blocklet", "  padded text  ", "'123'"), "ab")).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("title: ").append(pick(r, of("Demo", "'  '", "演示应用"), "t".repeat(41))).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("author: ").append(pick(r, of("Jane <jane@example.com>", "'Bob (https://bob.example)'"),
                    "{name: Ann, email: not-an-email}")).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("keywords: ").append(pick(r, of("a, b, c", "[x, y]", "''"), "7")).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("repository: ").append(pick(r, "user/repo", "github:a/b", "https://gitlab.com/a/b.git",
                    "{type: git, url: 'https://example.com/x.git'}")).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("interfaces:\n");
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                y.append("  - type: ").append(pick(r, of("web", "WEB", "service"), "wellknown", "bogus")).append('\n');
                y.append("    name: ").append(pick(r, "publicUrl", "adminUrl", "api" + i)).append('\n');
                if (r.nextBoolean()) {
                    y.append("    port: ").append(pick(r, of("blocklet_port", "{internal: p, external: 8080}"), "{internal: p, external: 99999}"))
                            .append('\n');
                }
                if (r.nextBoolean()) {
                    y.append("    prefix: ").append(pick(r, of("'*'", "/.well-known/x", "/api"), "''")).append('\n');
                }
            }
        }
        if (r.nextBoolean()) {
            y.append("environments:\n");
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                y.append("  - name: ").append(pick(r, of("API_KEY", "PORT" + i, "NAME_" + i), "BLOCKLET_X", "bad-name")).append('\n');
                y.append("    description: ").append(pick(r, of("a setting"), "' '")).append('\n');
                if (r.nextBoolean()) {
                    y.append("    secure: ").append(pick(r, of("true", "'false'", "false"), "yes")).append('\n');
                }
                if (r.nextBoolean()) {
                    y.append("    default: ").append(pick(r, of("''", "abc"), "3000")).append('\n');
                }
            }
        }
        if (r.nextBoolean()) {
            y.append("components:\n  - source:\n");
            y.append("      ").append(pick(r, of("url: https://example.com/c.json",
                    "store: https://store.example.com\n      name: other"), "name: other")).append('\n');
            if (r.nextBoolean()) {
                y.append("    mountPoint: ").append(pick(r, of("/c", "c"), "'/bad path'")).append('\n');
            }
        }
        if (r.nextBoolean()) {
            y.append("navigation:\n  - title: ").append(pick(r, of("Home", "{en: Home, zh: 首页}"), "''")).append('\n');
            y.append("    link: ").append(pick(r, of("/", "https://example.com"), "'not a link'")).append('\n');
            y.append("    section: ").append(pick(r, of("header", "[footer, social]"), "nowhere")).append('\n');
        }
        if (r.nextBoolean()) {
            y.append("scripts:\n  ").append(pick(r, "pre-start", "preInstall", "post-install")).append(": echo hi\n");
        }
        if (r.nextInt(5) == 0) {
            y.append(pick(r, "colour: red\n", "payment: {share: [{name: a, address: " + did + ", value: 0.5}]}\n",
                    "timeout: {start: '30'}\n", "requirements: {os: [linux, darwin], nodejs: '>=18'}\n"));
        }
        return y.toString();
    }

    @org.junit.jupiter.api.Test
    void generatorMakesValidAndInvalidManifests() {
        long valid = manifests().filter(y -> READER.readYaml(y, Path.of("dir")).isValid()).count();
        assertThat(valid).as("valid of 400").isBetween(40L, 360L);
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void readingIsDeterministicAndNeverThrows(String yaml) {
        ManifestResult first = READER.readYaml(yaml, Path.of("dir"));
        ManifestResult second = READER.readYaml(yaml, Path.of("dir"));
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(second.json()).isEqualTo(first.json());
    }

    /**
     * What is accepted is accepted again as a tree, and from then on normalising changes nothing. (One pass is not
     * always a fixed point in the reference either: a default such as {@code capabilities: {}} is inserted
     * without being validated, so validating it again adds {@code navigation: true}.)
     */
    @ParameterizedTest
    @MethodSource("manifests")
    void acceptedManifestRevalidatesToAFixedPoint(String yaml) {
        ManifestResult first = READER.readYaml(yaml, Path.of("dir"));
        if (!first.isValid()) {
            return;
        }
        ManifestResult again = VALIDATOR.validate(first.json().orElseThrow());
        assertThat(again.errors()).isEmpty();
        ManifestResult third = VALIDATOR.validate(again.json().orElseThrow());
        assertThat(third.errors()).isEmpty();
        assertThat(JsonText.write(third.json().orElseThrow())).isEqualTo(JsonText.write(again.json().orElseThrow()));
    }

    /**
     * Without defaults, validation only converts what is there: whatever the manifest, the result has no key the
     * result with defaults lacks, and every value it keeps is the one the defaults' result has.
     */
    @ParameterizedTest
    @MethodSource("manifests")
    void noDefaultsKeepsASubsetOfTheDefaultResult(String yaml) {
        ManifestResult bare = NO_DEFAULTS_READER.readYaml(yaml, Path.of("dir"));
        ManifestResult full = READER.readYaml(yaml, Path.of("dir"));
        if (!bare.isValid() || !full.isValid()) {
            return;
        }
        assertThat(missingFrom(bare.json().orElseThrow(), full.json().orElseThrow(), "")).isNull();
    }

    /**
     * What is accepted without defaults is accepted again as a tree without defaults, unchanged: a server that
     * validates a store's meta this way before checking its signatures sees the meta that was signed.
     */
    @ParameterizedTest
    @MethodSource("manifests")
    void noDefaultsResultRevalidatesUnchanged(String yaml) {
        ManifestResult first = NO_DEFAULTS_READER.readYaml(yaml, Path.of("dir"));
        if (!first.isValid()) {
            return;
        }
        ManifestResult again = NO_DEFAULTS_VALIDATOR.validate(first.json().orElseThrow());
        assertThat(again.errors()).isEmpty();
        assertThat(JsonText.write(again.json().orElseThrow())).isEqualTo(JsonText.write(first.json().orElseThrow()));
    }

    /** The first place where {@code part} has something {@code whole} has not, or null. */
    private static @org.jspecify.annotations.Nullable String missingFrom(tools.jackson.databind.JsonNode part,
            tools.jackson.databind.JsonNode whole, String at) {
        if (part.isObject() && whole.isObject()) {
            for (String k : part.propertyNames()) {
                if (!whole.has(k)) {
                    return at + "/" + k + " only without defaults";
                }
                String d = missingFrom(part.get(k), whole.get(k), at + "/" + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (part.isArray() && whole.isArray() && part.size() == whole.size()) {
            for (int i = 0; i < part.size(); i++) {
                String d = missingFrom(part.get(i), whole.get(i), at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return part.equals(whole) ? null : at + ": " + part + " != " + whole;
    }
}
