package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regular expression the library holds (each {@code static final Pattern} of every class) stays fast on
 * 100,000-character adversarial strings: runs of characters the pattern itself names, and of common separators,
 * with and without a character at the end that makes the match fail, the classic trigger of catastrophic
 * backtracking. Each pattern is applied as the library applies it: anchored ({@code matches}, {@code lookingAt})
 * always, and searched ({@code find}) unless the library only ever matches it whole. A pattern that backtracks
 * exponentially or quadratically would not finish; the timeout is only a guard against such a hang.
 */
class PatternSafetyTest {
    private static final int LENGTH = 100_000;
    private static final int OWN_UNITS = 10;

    /**
     * The semver grammar's patterns are applied with {@code matches()} only (node-semver anchors them with
     * {@code ^…$}); searching them from every start position would be quadratic and is never done. The three
     * that are searched ({@code TILDE_TRIM}, {@code CARET_TRIM}, {@code STAR}) are not in this set.
     */
    private static final Set<String> MATCHED_WHOLE_ONLY = Set.of("SemverGrammar.FULL", "SemverGrammar.LOOSE",
            "SemverGrammar.XRANGE", "SemverGrammar.XRANGE_LOOSE", "SemverGrammar.TILDE", "SemverGrammar.TILDE_LOOSE",
            "SemverGrammar.CARET", "SemverGrammar.CARET_LOOSE", "SemverGrammar.COMPARATOR",
            "SemverGrammar.COMPARATOR_LOOSE", "SemverGrammar.HYPHEN_RANGE", "SemverGrammar.HYPHEN_RANGE_LOOSE");

    record Named(String name, Pattern pattern) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Named> patterns() throws IOException, URISyntaxException {
        Path classes = Path.of(ReadLimits.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Named> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            name = name.substring(0, name.length() - ".class".length());
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, ReadLimits.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    f.setAccessible(true);
                    try {
                        found.add(new Named(type.getSimpleName() + "." + f.getName(), (Pattern) f.get(null)));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(20);
        assertThat(found).extracting(Named::name).containsAll(MATCHED_WHOLE_ONLY);
        return found.stream();
    }

    /** Runs of the pattern's own literal characters and of common ones, each also followed by a failing end. */
    static List<String> adversarial(Pattern pattern) {
        Set<String> units = new LinkedHashSet<>();
        for (char c : pattern.pattern().toCharArray()) {
            if (c > 0x20 && c < 0x7f && "\\[]()^$|?*+{}".indexOf(c) < 0 && units.size() < OWN_UNITS) {
                units.add(String.valueOf(c));
            }
        }
        units.addAll(List.of("a", "0", " ", "-", ".", "/", ":", "@", "a-", "1.", "a1", "\u00e9", "%20"));
        List<String> out = new ArrayList<>();
        for (String unit : units) {
            String run = unit.repeat(LENGTH / unit.length());
            out.add(run);
            out.add(run + "!");
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void staysLinearOnAdversarialStrings(Named named) {
        List<String> inputs = adversarial(named.pattern());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            boolean searched = !MATCHED_WHOLE_ONLY.contains(named.name());
            for (String input : inputs) {
                named.pattern().matcher(input).matches();
                named.pattern().matcher(input).lookingAt();
                if (searched) {
                    named.pattern().matcher(input).find();
                }
            }
        }, () -> named.name() + " backtracks on a long input");
    }
}
