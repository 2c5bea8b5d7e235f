package org.blocklet4j.meta.internal.rules;

import java.util.List;
import java.util.Locale;

import org.blocklet4j.meta.internal.js.JsStrings;

/**
 * The check {@code dockerCmdValidator} of {@code @abtnode/docker-utils} 1.17.12 makes of {@code docker.command}.
 * Every failing step gives the same error, so only the verdict matters.
 */
final class DockerCommand {
    /** Line breaks and tabs, raw or escaped ({@code /(\n|\\n|\\\n|\t|\\t|\\\t)/}). */
    private static final List<String> BREAKS = List.of("\n", "\\n", "\\\n", "\t", "\\t", "\\\t");
    /** {@code DANGEROUS_CMD_BIN}, looked for in the lower-cased command. */
    private static final List<String> DANGEROUS_BIN = List.of("rm ", "sudo ");
    /** {@code DANGEROUS_CMD}. */
    private static final List<String> DANGEROUS = List.of(" -- ", "~", "&", "|", ">", "<", "{", "}", "[", "]", ";",
            "$", "!", "*", "%", "&&", "||", ",");

    private DockerCommand() {
    }

    /** True when the reference accepts {@code command}; the empty command is accepted. */
    static boolean isValid(String command) {
        if (command.isEmpty()) {
            return true;
        }
        if (containsAny(command, BREAKS)) {
            return false;
        }
        // The reference lower-cases with toLocaleLowerCase. Where that differs from the root locale the string has a
        // character outside the grammar below, which rejects it all the same.
        if (containsAny(command.toLowerCase(Locale.ROOT), DANGEROUS_BIN)) {
            return false;
        }
        if (containsAny(command, DANGEROUS)) {
            return false;
        }
        return matchesGrammar(command);
    }

    /**
     * The reference's {@code /^(?:(?:[a-zA-Z0-9\-_.\/:=\s]+)|(?:\@{1,2}[a-zA-Z_][a-zA-Z0-9_]*))+$/}, read in one
     * pass. JavaScript backtracks on it exponentially (a 28-character run before a stray character takes seconds);
     * its language is simpler: characters of the class, and runs of one or two {@code @} each followed by a letter
     * or {@code _} (the identifier's other characters are in the class).
     */
    static boolean matchesGrammar(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isPlain(c)) {
                i++;
                continue;
            }
            if (c != '@') {
                return false;
            }
            int run = 0;
            while (i < n && s.charAt(i) == '@') {
                run++;
                i++;
            }
            if (run > 2 || i == n || !isIdentifierStart(s.charAt(i))) {
                return false;
            }
        }
        return n > 0;
    }

    /** {@code [a-zA-Z0-9\-_.\/:=\s]}, with JavaScript's {@code \s}. */
    private static boolean isPlain(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/' || c == ':'
                || c == '=' || JsStrings.isWhitespace(c);
    }

    /** {@code [a-zA-Z_]}. */
    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean containsAny(String s, List<String> needles) {
        for (String needle : needles) {
            if (s.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
