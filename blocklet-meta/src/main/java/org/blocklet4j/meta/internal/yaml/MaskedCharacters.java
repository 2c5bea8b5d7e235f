package org.blocklet4j.meta.internal.yaml;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Characters that snakeyaml-engine reads differently from js-yaml, hidden from it.
 *
 * <ul>
 *   <li>Non-printable characters: snakeyaml-engine rejects them wherever they stand, js-yaml only where it reads
 *       scalar content (anywhere in a plain or block scalar, C0 controls in a quoted one). In a comment, and as DEL,
 *       C1 controls, U+FFFE, U+FFFF or lone surrogates inside quotes, js-yaml accepts them.
 *   <li>NEL (U+0085), and the line and paragraph separators: snakeyaml-engine takes them for line breaks in places,
 *       js-yaml for ordinary content everywhere.
 * </ul>
 *
 * <p>So before parsing each such character is replaced by a private-use character that the text does not contain,
 * and scalar values are checked and restored after. (A double-quoted escape of that very private-use character
 * would be mistaken for the replaced one; it can only matter in a text that also holds one of these characters
 * raw.)
 */
final class MaskedCharacters {
    private static final char FIRST_PRIVATE = '\uE000';
    private static final char LAST_PRIVATE = '\uF8FF';

    private final String text;
    private final Map<Character, Character> originals;

    private MaskedCharacters(String text, Map<Character, Character> originals) {
        this.text = text;
        this.originals = originals;
    }

    /**
     * The text with its non-printable characters replaced, or null when it has none (or, absurdly, when the
     * private-use area has no room left for them: snakeyaml-engine then reports them).
     */
    static @Nullable MaskedCharacters replace(String text) {
        int n = text.length();
        BitSet used = null;
        Map<Character, Character> placeholders = null;
        StringBuilder out = null;
        char nextFree = FIRST_PRIVATE;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!isOffending(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                used = privateUseIn(text);
                placeholders = new HashMap<>();
                out = new StringBuilder(n).append(text, 0, i);
            }
            Character placeholder = placeholders.get(c);
            if (placeholder == null) {
                while (nextFree <= LAST_PRIVATE && used.get(nextFree - FIRST_PRIVATE)) {
                    nextFree++;
                }
                if (nextFree > LAST_PRIVATE) {
                    return null;
                }
                placeholder = nextFree++;
                placeholders.put(c, placeholder);
            }
            out.append(placeholder.charValue());
        }
        if (out == null) {
            return null;
        }
        Map<Character, Character> originals = new HashMap<>();
        placeholders.forEach((original, placeholder) -> originals.put(placeholder, original));
        return new MaskedCharacters(out.toString(), originals);
    }

    private static boolean isOffending(char c) {
        // snakeyaml-engine's rule, plus DEL, which js-yaml also counts as non-printable, plus the non-ASCII breaks.
        return c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)
                || !StreamReader.isPrintable(c);
    }

    /** js-yaml's {@code PATTERN_NON_PRINTABLE} (lone surrogates included), which plain and block scalars obey. */
    private static boolean isNonPrintable(char c) {
        return c != 0x85 && c != 0x2028 && c != 0x2029;
    }

    private static BitSet privateUseIn(String text) {
        BitSet used = new BitSet(LAST_PRIVATE - FIRST_PRIVATE + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_PRIVATE && c <= LAST_PRIVATE) {
                used.set(c - FIRST_PRIVATE);
            }
        }
        return used;
    }

    /** The text to parse. */
    String text() {
        return text;
    }

    /**
     * A scalar's value with the replaced characters restored, or null when js-yaml rejects one of them there: a
     * non-printable one in a plain or block scalar, a C0 control in a quoted one.
     */
    @Nullable String restore(String value, boolean quoted) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            Character original = originals.get(c);
            if (original == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (quoted ? original < 0x20 : isNonPrintable(original)) {
                return null;
            }
            if (out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            out.append(original.charValue());
        }
        return out == null ? value : out.toString();
    }
}
