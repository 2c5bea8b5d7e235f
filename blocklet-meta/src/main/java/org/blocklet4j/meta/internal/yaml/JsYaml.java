package org.blocklet4j.meta.internal.yaml;

import java.util.Objects;

import org.blocklet4j.meta.Diagnostic;

/**
 * Loads a YAML manifest as the reference does: {@code js-yaml.load(text, {json: true})} with js-yaml 4.3.2's
 * DEFAULT_SCHEMA, giving a tree in the {@link org.blocklet4j.meta.internal.js.JsTree} conventions, a
 * {@link SourceMap}, or a diagnostic.
 *
 * <p>What it follows: implicit types only for plain scalars (null, bool, int, float, timestamp, merge, in that
 * order); the explicit tags of DEFAULT_SCHEMA and nothing else; keys made strings by JavaScript's {@code String()};
 * duplicate keys last-wins in the first key's place; JavaScript's own-property order; merge keys; anchors that
 * share one value; one document at most, none giving {@code undefined}.
 *
 * <p>Where it differs, all on inputs no manifest has: recursive aliases are an error rather than a cycle; the
 * {@link YamlLimits} on alias expansion, text length and the number of nodes have no counterpart in js-yaml, and
 * the depth limit also holds through aliases; snakeyaml-engine rejects implicit keys longer than 1024 characters
 * and the {@code \L} and {@code \P} escapes; a Date key prints in UTC where Node uses its time zone; where a text
 * has several problems, the one reported may not be the one js-yaml reports first.
 *
 * <p>Stateless and safe to use from any number of threads; it never throws for any text.
 */
public final class JsYaml {
    private JsYaml() {
    }

    /** Loads {@code text} with the default limits. */
    public static YamlLoad load(String text) {
        return load(text, YamlLimits.DEFAULTS);
    }

    /** Loads UTF-8 bytes, decoded as Node's {@code Buffer.toString()} decodes them, with the default limits. */
    public static YamlLoad load(byte[] utf8) {
        return load(utf8, YamlLimits.DEFAULTS);
    }

    /**
     * Loads UTF-8 bytes as Node's {@code fs.readFileSync(file).toString()} reads them: each ill-formed sequence
     * becomes U+FFFD, and a leading byte order mark is then dropped by the loader.
     */
    public static YamlLoad load(byte[] utf8, YamlLimits limits) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(limits, "limits");
        // Every code point takes at most four bytes: beyond this the text is too long whatever it holds.
        if (utf8.length > 4L * limits.maxCodePoints() + 3) {
            return tooLarge(limits);
        }
        return load(Utf8Decoder.decode(utf8), limits);
    }

    /** Loads {@code text}; a leading byte order mark is dropped, as js-yaml drops it. */
    public static YamlLoad load(String text, YamlLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (s.length() > limits.maxCodePoints() && s.codePointCount(0, s.length()) > limits.maxCodePoints()) {
            return tooLarge(limits);
        }
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            return YamlLoad.failure(Diagnostic.error("yaml.character", "", "null byte is not allowed in input")
                    .at(new LineIndex(s).position(nul)));
        }
        if (holdsNoDocument(s)) {
            return YamlLoad.undefinedDocument();
        }
        return EventComposer.compose(s, limits);
    }

    /**
     * js-yaml's {@code loadDocuments}: with a line break appended when the text does not end in one, and leading
     * spaces skipped, a document is read only while something is left before the last character.
     */
    static boolean holdsNoDocument(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        int length = s.length() + (last == '\n' || last == '\r' ? 0 : 1);
        int position = 0;
        while (position < s.length() && s.charAt(position) == ' ') {
            position++;
        }
        return position >= length - 1;
    }

    private static YamlLoad tooLarge(YamlLimits limits) {
        return YamlLoad.failure(Diagnostic.error("yaml.too-large", "",
                "the text is longer than " + limits.maxCodePoints() + " code points"));
    }
}
