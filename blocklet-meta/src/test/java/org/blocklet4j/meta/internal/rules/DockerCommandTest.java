package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DockerCommand}: the reference's {@code dockerCmdValidator}, without its exponential regex. */
class DockerCommandTest {
    private static final String JS_SPACE =
            "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    /** The reference's regex as written, with JavaScript's {@code \s}; safe on the short strings used here only. */
    private static final Pattern STRICT = Pattern.compile(
            "^(?:(?:[a-zA-Z0-9\\-_./:=" + JS_SPACE + "]+)|(?:@{1,2}[a-zA-Z_][a-zA-Z0-9_]*))+\\z");
    private static final Pattern BREAKS = Pattern.compile("(\\n|\\\\n|\\\\\\n|\\t|\\\\t|\\\\\\t)");
    private static final String[] DANGEROUS = {" -- ", "~", "&", "|", ">", "<", "{", "}", "[", "]", ";", "$", "!",
        "*", "%", "&&", "||", ","};
    private static final String[] ALPHABET = {"a", "Z", "_", "0", "9", "-", ".", "/", ":", "=", " ", "\u00a0",
        "\u3000", "\u0085", "@", "@", "@@", "rm ", "RM ", "sudo ", " -- ", "--", "\\", "\\n", "\\t", "\n", "\t", "~",
        ",", "#", "é", "\ud83d\ude00", "\u0130"};

    /** A literal port of the reference function, its regex included. */
    private static boolean literalReference(String command) {
        if (command.isEmpty()) {
            return true;
        }
        if (BREAKS.matcher(command).find()) {
            return false;
        }
        String lower = command.toLowerCase(Locale.ROOT);
        if (lower.contains("rm ") || lower.contains("sudo ")) {
            return false;
        }
        for (String d : DANGEROUS) {
            if (command.contains(d)) {
                return false;
            }
        }
        return STRICT.matcher(command).find();
    }

    static Stream<String> shortCommands() {
        Random random = new Random(7_341L);
        return IntStream.range(0, 1500).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(9);
            for (int j = 0; j < n; j++) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            return sb.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("shortCommands")
    void agreesWithLiteralPortOfReference(String command) {
        assertThat(DockerCommand.isValid(command)).isEqualTo(literalReference(command));
        if (!command.isEmpty()) {
            assertThat(DockerCommand.matchesGrammar(command)).isEqualTo(STRICT.matcher(command).find());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "npm start", "node server.js --port=3000", "@a", "@@a", "a@b", "@_x z",
        "mail@host", "a-b_c.d/e:f=g", "a\u00a0b", "pseudo x", "armb", "form_x"})
    void acceptsCommand(String command) {
        assertThat(DockerCommand.isValid(command)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@@@a", "@", "a@", "@1", "@ a", "rm x", "RM x", "sudo ls", "SuDo ls", "a -- b", "a\nb",
        "a\tb", "a\\nb", "a~b", "a,b", "a;b", "$HOME", "a#b", "ä", "\ud83d\ude00", "a\u0085b", "arm b"})
    void rejectsCommand(String command) {
        assertThat(DockerCommand.isValid(command)).isFalse();
    }

    @Test
    void answersAtOnceWhereReferenceBacktracksForever() {
        // The reference takes seconds at 28 characters and doubles with each one more.
        assertThat(DockerCommand.isValid("a".repeat(100_000) + "#")).isFalse();
        assertThat(DockerCommand.isValid("a ".repeat(50_000) + "@")).isFalse();
        assertThat(DockerCommand.isValid("a".repeat(100_000))).isTrue();
        assertThat(DockerCommand.isValid("@a".repeat(50_000))).isTrue();
        assertThat(DockerCommand.isValid("@@".repeat(50_000))).isFalse();
        assertThat(DockerCommand.isValid("a".repeat(99_999) + "rm ")).isFalse();
    }
}
