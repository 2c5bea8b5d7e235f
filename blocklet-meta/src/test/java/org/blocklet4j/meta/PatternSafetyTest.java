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
 * 100,000-character adversarial strings: runs of each character the pattern itself names, and of common
 * separators, with and without a character at the end that makes the match fail, the classic trigger of
 * catastrophic backtracking. A pattern that backtracks exponentially or cubically would not finish; the timeout
 * is only a guard against such a hang, generous for a busy machine.
 */
class PatternSafetyTest {
    private static final int LENGTH = 100_000;

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
        return found.stream();
    }

    /** Runs of the pattern's own literal characters and of common ones, each also followed by a failing end. */
    static List<String> adversarial(Pattern pattern) {
        Set<String> units = new LinkedHashSet<>();
        for (char c : pattern.pattern().toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                units.add(String.valueOf(c));
            }
        }
        units.addAll(List.of("a", "A", "0", "1", " ", "\t", "\n", "-", ".", "/", ":", "@", "_", "a-", "a.", "1.",
                "a1", "a/", "a:", "a@", "..", "//", "\u00e9", "\u4e00", "%20", "\\"));
        List<String> out = new ArrayList<>();
        for (String unit : units) {
            String run = unit.repeat(LENGTH / unit.length());
            out.add(run);
            out.add(run + "!");
            out.add(run + "\u0000");
            out.add("a" + run + "@");
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void staysLinearOnAdversarialStrings(Named named) {
        List<String> inputs = adversarial(named.pattern());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String input : inputs) {
                named.pattern().matcher(input).matches();
                named.pattern().matcher(input).find();
                named.pattern().matcher(input).lookingAt();
            }
        }, () -> named.name() + " backtracks on a long input");
    }
}
