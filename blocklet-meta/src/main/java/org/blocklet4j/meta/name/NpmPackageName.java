package org.blocklet4j.meta.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsUri;
import org.jspecify.annotations.Nullable;

/**
 * The npm package name rules of {@code validate-npm-package-name} 3.0.0 (with the core module list of
 * {@code builtins} 1.0.3), message for message and in the same order.
 *
 * <p>This class has no state; all methods are safe to call from any thread.
 */
public final class NpmPackageName {
    /** What the reference's {@code encodeURIComponent} throws for a lone surrogate. */
    public static final String URI_MALFORMED = "URI malformed";

    private static final List<String> BLACKLIST = List.of("node_modules", "favicon.ico");

    /** {@code builtins} 1.0.3, in its order (a name matches at most one, so the order is moot). */
    private static final List<String> BUILTINS = List.of("assert", "buffer", "child_process", "cluster",
            "console", "constants", "crypto", "dgram", "dns", "domain", "events", "fs", "http", "https", "module",
            "net", "os", "path", "process", "punycode", "querystring", "readline", "repl", "stream",
            "string_decoder", "timers", "tls", "tty", "url", "util", "v8", "vm", "zlib");

    /**
     * Uppercase code points that Node 20's {@code toLowerCase} (Unicode 16) changes and Java 17's (Unicode 13)
     * leaves alone; with these, "has capital letters" agrees with the reference on any JDK from 17 on.
     */
    private static final int[][] NEWER_UPPERCASE_RANGES = {
        {0x1C89, 0x1C89}, {0x2C2F, 0x2C2F}, {0xA7C0, 0xA7C0}, {0xA7CB, 0xA7CC}, {0xA7CE, 0xA7CE},
        {0xA7D0, 0xA7D0}, {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4}, {0xA7D6, 0xA7D6}, {0xA7D8, 0xA7D8},
        {0xA7DA, 0xA7DA}, {0xA7DC, 0xA7DC}, {0x10570, 0x1057A}, {0x1057C, 0x1058A}, {0x1058C, 0x10592},
        {0x10594, 0x10595}, {0x10D50, 0x10D65}, {0x16EA0, 0x16EB8},
    };

    private NpmPackageName() {
    }

    /**
     * The outcome of checking one name: {@code errors} make a name unusable, {@code warnings} mark what only
     * old packages may do. Instances are immutable and safe to share between threads.
     *
     * @param errors   the error messages, in the reference's order
     * @param warnings the warning messages, in the reference's order
     */
    public record Result(List<String> errors, List<String> warnings) {
        /** Copies the lists. */
        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** {@code validForNewPackages}: no errors and no warnings. */
        public boolean validForNewPackages() {
            return errors.isEmpty() && warnings.isEmpty();
        }

        /** {@code validForOldPackages}: no errors. */
        public boolean validForOldPackages() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks {@code name} as {@code validate-npm-package-name} 3.0.0 does.
     *
     * <p>The checks, in order: null (here: "name cannot be undefined", since a Java null stands for JavaScript
     * {@code undefined} throughout this library); empty; leading period; leading underscore; leading or trailing
     * JavaScript white space; {@code node_modules} and {@code favicon.ico} (case-insensitive) are errors; a core
     * module name (case-insensitive), more than 214 UTF-16 units, capital letters and one of {@code ~'!()*} after
     * the last {@code /} are warnings; and a character outside {@code A-Za-z0-9-_.!~*'()} is an error unless the
     * name is {@code @scope/name} with both parts free of such characters.
     *
     * <p>Where the reference throws ({@code encodeURIComponent} meets a lone surrogate, and {@code URIError: URI
     * malformed} escapes), the result holds {@link #URI_MALFORMED} as its only error, the message a caller of
     * the reference would catch; the messages found before the throw are lost there too.
     */
    public static Result validate(@Nullable String name) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (name == null) {
            errors.add("name cannot be undefined");
            return new Result(errors, warnings);
        }
        if (name.isEmpty()) {
            errors.add("name length must be greater than zero");
        }
        if (name.startsWith(".")) {
            errors.add("name cannot start with a period");
        }
        if (name.startsWith("_")) {
            errors.add("name cannot start with an underscore");
        }
        if (!JsStrings.trim(name).equals(name)) {
            errors.add("name cannot contain leading or trailing spaces");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String blacklisted : BLACKLIST) {
            if (lower.equals(blacklisted)) {
                errors.add(blacklisted + " is a blacklisted name");
            }
        }
        for (String builtin : BUILTINS) {
            if (lower.equals(builtin)) {
                warnings.add(builtin + " is a core module name");
            }
        }
        if (name.length() > 214) {
            warnings.add("name can no longer contain more than 214 characters");
        }
        if (!lower.equals(name) || hasNewerUppercase(name)) {
            warnings.add("name can no longer contain capital letters");
        }
        if (hasSpecialCharacter(name.substring(name.lastIndexOf('/') + 1))) {
            warnings.add("name can no longer contain special characters (\"~'!()*\")");
        }
        if (hasLoneSurrogate(name)) {
            return new Result(List.of(URI_MALFORMED), List.of());
        }
        if (!isUriComponentSafe(name) && !isSafeScopedName(name)) {
            errors.add("name can only contain URL-friendly characters");
        }
        return new Result(errors, warnings);
    }

    /**
     * {@code ^(?:@([^/]+?)[/])?([^/]+?)$} with both groups unchanged by {@code encodeURIComponent}. Without a
     * scope the reference compares {@code encodeURIComponent(undefined)}, which is {@code "undefined"}, so only
     * the {@code @scope/name} form can pass.
     */
    private static boolean isSafeScopedName(String name) {
        int slash = name.indexOf('/');
        if (!name.startsWith("@") || slash < 2 || slash == name.length() - 1
                || name.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        return isUriComponentSafe(name.substring(1, slash)) && isUriComponentSafe(name.substring(slash + 1));
    }

    /** {@code encodeURIComponent(s) === s}: only {@code A-Za-z0-9-_.!~*'()}. */
    private static boolean isUriComponentSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!JsUri.isUnreservedComponent(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSpecialCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("~'!()*".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNewerUppercase(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            for (int[] range : NEWER_UPPERCASE_RANGES) {
                if (cp >= range[0] && cp <= range[1]) {
                    return true;
                }
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
