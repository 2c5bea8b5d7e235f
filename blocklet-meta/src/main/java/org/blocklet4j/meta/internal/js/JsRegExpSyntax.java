package org.blocklet4j.meta.internal.js;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The early errors V8 (Node 20) reports for a regular expression literal's pattern: the ECMAScript 2023
 * pattern grammar with the Annex B extensions when neither the u nor the v flag is set, the stricter Unicode
 * grammar with u, and class set expressions with v. Groups are tracked with a counter rather than recursion, as
 * in V8, so deeply nested groups cost no stack; nested v-mode classes recurse and share the parser's depth
 * bound. Instances are single-use and not thread-safe.
 */
final class JsRegExpSyntax {
    /** V8 rejects patterns with more capturing groups than this. */
    static final int MAX_CAPTURES = 32767;

    private static final int END = -1;

    private final String src;
    private final boolean unicode;
    private final boolean unicodeSets;
    private int pos;
    private final boolean hasNamedCaptures;
    private final int captureCount;
    private final Set<String> groupNames = new HashSet<>();
    private final List<String> namedReferences = new ArrayList<>();
    private int classDepth;

    private JsRegExpSyntax(String pattern, String flags) {
        this.src = pattern;
        this.unicodeSets = flags.indexOf('v') >= 0;
        this.unicode = unicodeSets || flags.indexOf('u') >= 0;
        int[] scan = scanForCaptures();
        this.captureCount = scan[0];
        this.hasNamedCaptures = scan[1] != 0;
    }

    /** True when V8 accepts {@code pattern} with {@code flags} (flags already checked by the scanner). */
    static boolean isValid(String pattern, String flags) {
        try {
            new JsRegExpSyntax(pattern, flags).parseDisjunction();
            return true;
        } catch (JsScanner.Fail e) {
            return false;
        }
    }

    private static JsScanner.Fail fail() {
        return new JsScanner.Fail();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Characters: code points in Unicode mode, code units otherwise

    private int current() {
        if (pos >= src.length()) {
            return END;
        }
        return unicode ? src.codePointAt(pos) : src.charAt(pos);
    }

    private int at(int p) {
        return p < src.length() ? src.charAt(p) : END;
    }

    private void advance() {
        if (pos < src.length()) {
            pos += unicode ? Character.charCount(src.codePointAt(pos)) : 1;
        }
    }

    /** The code unit after the current character (V8's Next()). */
    private int nextChar() {
        int width = pos < src.length() && unicode ? Character.charCount(src.codePointAt(pos)) : 1;
        return at(pos + width);
    }

    private static boolean isSyntaxCharacter(int c) {
        return c >= 0 && "^$\\.*+?()[]{}|".indexOf(c) >= 0;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pre-scan: total capturing groups and whether any is named (V8's ScanForCaptures)

    private int[] scanForCaptures() {
        int count = 0;
        boolean named = false;
        int depth = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
                if (!unicodeSets) {
                    // Non-v classes do not nest: skip to the closing bracket.
                    for (i++; i < src.length() && src.charAt(i) != ']'; i++) {
                        if (src.charAt(i) == '\\') {
                            i++;
                        }
                    }
                    depth = 0;
                }
            } else if (c == ']') {
                if (depth > 0) {
                    depth--;
                }
            } else if (c == '(' && depth == 0) {
                if (at(i + 1) == '?') {
                    if (at(i + 2) == '<' && at(i + 3) != '=' && at(i + 3) != '!') {
                        count++;
                        named = true;
                    }
                } else {
                    count++;
                }
            }
        }
        return new int[] {count, named ? 1 : 0};
    }

    // ---------------------------------------------------------------------------------------------------------
    // Disjunction: one loop, groups on a stack of kinds

    private static final int GROUP_CAPTURE = 0;
    private static final int GROUP_PLAIN = 1;
    private static final int GROUP_LOOKAHEAD = 2;
    private static final int GROUP_LOOKBEHIND = 3;

    private void parseDisjunction() {
        List<Integer> groups = new ArrayList<>();
        int capturesStarted = 0;
        while (true) {
            int c = current();
            // What the atom just parsed allows after it: 0 nothing (assertion), 1 a quantifier,
            // 2 a quantifier only without u/v (lookahead), 3 no quantifier but not an error to be followed by
            // one later (lookbehind: quantifier is an error).
            int quantifiable;
            switch (c) {
                case END:
                    if (!groups.isEmpty()) {
                        throw fail();
                    }
                    checkNamedReferences();
                    return;
                case ')': {
                    if (groups.isEmpty()) {
                        throw fail();
                    }
                    int kind = groups.remove(groups.size() - 1);
                    advance();
                    quantifiable = kind == GROUP_LOOKAHEAD ? 2 : kind == GROUP_LOOKBEHIND ? 3 : 1;
                    break;
                }
                case '|':
                    advance();
                    continue;
                case '^':
                case '$':
                    advance();
                    continue;
                case '.':
                    advance();
                    quantifiable = 1;
                    break;
                case '(': {
                    advance();
                    int kind = GROUP_CAPTURE;
                    boolean named = false;
                    if (current() == '?') {
                        int n = nextChar();
                        if (n == ':') {
                            advance();
                            advance();
                            kind = GROUP_PLAIN;
                        } else if (n == '=' || n == '!') {
                            advance();
                            advance();
                            kind = GROUP_LOOKAHEAD;
                        } else if (n == '<') {
                            advance();
                            advance();
                            if (current() == '=' || current() == '!') {
                                advance();
                                kind = GROUP_LOOKBEHIND;
                            } else {
                                named = true;
                            }
                        } else {
                            throw fail();
                        }
                    }
                    if (kind == GROUP_CAPTURE) {
                        if (capturesStarted >= MAX_CAPTURES) {
                            throw fail();
                        }
                        capturesStarted++;
                        if (named) {
                            String name = parseCaptureGroupName();
                            if (!groupNames.add(name)) {
                                throw fail();
                            }
                        }
                    }
                    groups.add(kind);
                    continue;
                }
                case '[':
                    parseCharacterClass();
                    quantifiable = 1;
                    break;
                case '*':
                case '+':
                case '?':
                    throw fail();
                case '{': {
                    int save = pos;
                    if (parseIntervalQuantifier() != null) {
                        throw fail();
                    }
                    pos = save;
                    if (unicode) {
                        throw fail();
                    }
                    advance();
                    quantifiable = 1;
                    break;
                }
                case '}':
                case ']':
                    if (unicode) {
                        throw fail();
                    }
                    advance();
                    quantifiable = 1;
                    break;
                case '\\':
                    quantifiable = parseAtomEscape();
                    if (quantifiable == 0) {
                        continue;
                    }
                    break;
                default:
                    advance();
                    quantifiable = 1;
                    break;
            }
            parseQuantifier(quantifiable);
        }
    }

    private void parseQuantifier(int quantifiable) {
        int c = current();
        if (c == '*' || c == '+' || c == '?') {
            advance();
        } else if (c == '{') {
            int save = pos;
            int[] q = parseIntervalQuantifier();
            if (q == null) {
                pos = save;
                if (unicode) {
                    throw fail();
                }
                return;
            }
            if (q[1] < q[0]) {
                throw fail();
            }
        } else {
            return;
        }
        if (current() == '?') {
            advance();
        }
        if (quantifiable == 3 || quantifiable == 2 && unicode) {
            throw fail();
        }
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} with V8's clamping of large numbers; null otherwise. */
    private int[] parseIntervalQuantifier() {
        advance(); // {
        if (!JsScanner.isDecimalDigit(current())) {
            return null;
        }
        int min = parseClampedNumber();
        int max;
        if (current() == '}') {
            max = min;
            advance();
        } else if (current() == ',') {
            advance();
            if (current() == '}') {
                max = Integer.MAX_VALUE;
                advance();
            } else {
                max = parseClampedNumber();
                if (current() != '}') {
                    return null;
                }
                advance();
            }
        } else {
            return null;
        }
        return new int[] {min, max};
    }

    private int parseClampedNumber() {
        int value = 0;
        while (JsScanner.isDecimalDigit(current())) {
            int digit = current() - '0';
            if (value > (Integer.MAX_VALUE - digit) / 10) {
                while (JsScanner.isDecimalDigit(current())) {
                    advance();
                }
                return Integer.MAX_VALUE;
            }
            value = value * 10 + digit;
            advance();
        }
        return value;
    }

    /** An escape outside a class; returns 0 for an assertion (\b, \B), 1 for an atom. */
    private int parseAtomEscape() {
        int n = nextChar();
        switch (n) {
            case END:
                throw fail();
            case 'b':
            case 'B':
                advance();
                advance();
                return 0;
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
            case '8':
            case '9': {
                int start = pos;
                advance(); // backslash
                int value = 0;
                boolean tooLarge = false;
                while (JsScanner.isDecimalDigit(current())) {
                    value = value * 10 + current() - '0';
                    advance();
                    if (value > MAX_CAPTURES * 2) {
                        tooLarge = true;
                        break;
                    }
                }
                if (!tooLarge && value <= captureCount) {
                    return 1;
                }
                pos = start;
                if (unicode) {
                    throw fail();
                }
                if (n == '8' || n == '9') {
                    advance();
                    advance();
                    return 1;
                }
                advance();
                octalValue();
                return 1;
            }
            case '0':
                advance();
                if (unicode && JsScanner.isDecimalDigit(nextChar())) {
                    throw fail();
                }
                octalValue();
                return 1;
            case 'd':
            case 'D':
            case 's':
            case 'S':
            case 'w':
            case 'W':
                advance();
                advance();
                return 1;
            case 'p':
            case 'P':
                if (unicode) {
                    advance();
                    advance();
                    parsePropertyEscape(n == 'P');
                    return 1;
                }
                break;
            case 'k':
                if (unicode || hasNamedCaptures) {
                    advance();
                    advance();
                    if (current() != '<') {
                        throw fail();
                    }
                    advance();
                    namedReferences.add(parseCaptureGroupName());
                    return 1;
                }
                break;
            default:
                break;
        }
        advance(); // backslash
        parseCharacterEscape(false);
        return 1;
    }

    /** V8's ParseCharacterEscape with the position on the character after the backslash; returns the value. */
    private int parseCharacterEscape(boolean inClass) {
        int c = current();
        switch (c) {
            case 'f':
            case 'n':
            case 'r':
            case 't':
            case 'v':
                advance();
                return c;
            case 'c': {
                int control = nextChar();
                int letter = control & ~('A' ^ 'a');
                if (letter >= 'A' && letter <= 'Z') {
                    advance();
                    advance();
                    return control & 0x1F;
                }
                if (unicode) {
                    throw fail();
                }
                if (inClass && (JsScanner.isDecimalDigit(control) || control == '_')) {
                    advance();
                    advance();
                    return control & 0x1F;
                }
                // The backslash is a literal; 'c' is read as the next character.
                return '\\';
            }
            case '0':
                if (unicode && !JsScanner.isDecimalDigit(nextChar())) {
                    advance();
                    return 0;
                }
                if (unicode) {
                    throw fail();
                }
                return octalValue();
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
                if (unicode) {
                    throw fail();
                }
                return octalValue();
            case 'x': {
                advance();
                int value = JsStrings.hexValue(src, pos, 2);
                if (value >= 0) {
                    pos += 2;
                    return value;
                }
                if (unicode) {
                    throw fail();
                }
                return 'x';
            }
            case 'u': {
                advance();
                int v = parseUnicodeEscape(unicode);
                if (v >= 0) {
                    return v;
                }
                if (unicode) {
                    throw fail();
                }
                return 'u';
            }
            case END:
                throw fail();
            default:
                if (!unicode) {
                    advance();
                    return c;
                }
                if (!isSyntaxCharacter(c) && c != '/' && !(c == '-' && inClass)) {
                    throw fail();
                }
                advance();
                return c;
        }
    }

    /** Legacy octal: at most three digits with a value up to 0377; the position is on the first digit. */
    private int octalValue() {
        int start = pos;
        int value = 0;
        int digits = 0;
        while (digits < 3 && current() >= '0' && current() <= '7') {
            int next = value * 8 + current() - '0';
            if (next >= 256) {
                break;
            }
            value = next;
            digits++;
            advance();
        }
        if (pos == start) {
            advance();
        }
        return value;
    }

    /**
     * After {@code \}{@code u}: {@code XXXX} (a surrogate pair of such escapes combines in Unicode mode) or, in
     * Unicode mode, {@code {X...}}. Returns the value or -1 (position restored) when malformed.
     */
    private int parseUnicodeEscape(boolean unicodeMode) {
        int start = pos;
        if (at(pos) == '{' && unicodeMode) {
            int p = pos + 1;
            long value = 0;
            int digits = 0;
            while (JsStrings.hexValue(at(p)) >= 0) {
                value = value * 16 + JsStrings.hexValue(at(p));
                if (value > 0x10FFFF) {
                    pos = start;
                    return -1;
                }
                digits++;
                p++;
            }
            if (digits == 0 || at(p) != '}') {
                pos = start;
                return -1;
            }
            pos = p + 1;
            return (int) value;
        }
        int value = JsStrings.hexValue(src, pos, 4);
        if (value < 0) {
            pos = start;
            return -1;
        }
        pos += 4;
        if (unicodeMode && Character.isHighSurrogate((char) value) && at(pos) == '\\' && at(pos + 1) == 'u') {
            int trail = JsStrings.hexValue(src, pos + 2, 4);
            if (trail >= 0 && Character.isLowSurrogate((char) trail)) {
                pos += 6;
                return Character.toCodePoint((char) value, (char) trail);
            }
        }
        return value;
    }

    /** A group name up to and including '>'; escapes and surrogate pairs are read as in Unicode mode. */
    private String parseCaptureGroupName() {
        StringBuilder name = new StringBuilder();
        boolean first = true;
        while (true) {
            if (pos >= src.length()) {
                throw fail();
            }
            int c = src.codePointAt(pos);
            pos += Character.charCount(c);
            if (c == '\\' && at(pos) == 'u') {
                pos++;
                c = parseUnicodeEscape(true);
                if (c < 0) {
                    throw fail();
                }
            } else if (c == '\\') {
                throw fail();
            }
            if (first) {
                if (!JsScanner.isIdentifierStart(c)) {
                    throw fail();
                }
            } else if (c == '>') {
                break;
            } else if (!JsScanner.isIdentifierPart(c)) {
                throw fail();
            }
            name.appendCodePoint(c);
            first = false;
        }
        return name.toString();
    }

    private void checkNamedReferences() {
        for (String ref : namedReferences) {
            if (!groupNames.contains(ref)) {
                throw fail();
            }
        }
    }

    /**
     * {@code {Name}} or {@code {Name=Value}} after {@code \p} or {@code \P}; true when it names a property of
     * strings (only valid with v and not negated).
     */
    private boolean parsePropertyEscape(boolean negated) {
        if (current() != '{') {
            throw fail();
        }
        advance();
        StringBuilder name = new StringBuilder();
        StringBuilder value = null;
        while (current() != '}') {
            int c = current();
            if (c == '=' && value == null) {
                value = new StringBuilder();
                advance();
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                throw fail();
            }
            (value == null ? name : value).append((char) c);
            advance();
        }
        advance();
        String n = name.toString();
        if (value == null) {
            if (JsUnicodeTables.LONE_PROPERTIES.contains(n)) {
                return false;
            }
            if (unicodeSets && !negated && JsUnicodeTables.STRING_PROPERTIES.contains(n)) {
                return true;
            }
            throw fail();
        }
        String v = value.toString();
        boolean ok;
        switch (n) {
            case "General_Category":
            case "gc":
                ok = JsUnicodeTables.GENERAL_CATEGORY_VALUES.contains(v);
                break;
            case "Script":
            case "sc":
                ok = JsUnicodeTables.SCRIPT_VALUES.contains(v);
                break;
            case "Script_Extensions":
            case "scx":
                ok = JsUnicodeTables.SCRIPT_EXTENSIONS_VALUES.contains(v);
                break;
            default:
                ok = false;
                break;
        }
        if (!ok) {
            throw fail();
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Character classes

    private void parseCharacterClass() {
        advance(); // [
        if (unicodeSets) {
            boolean negated = false;
            if (current() == '^') {
                negated = true;
                advance();
            }
            boolean mayContainStrings = parseClassSetExpression();
            if (negated && mayContainStrings) {
                throw fail();
            }
            return;
        }
        if (current() == '^') {
            advance();
        }
        while (current() != END && current() != ']') {
            int[] first = parseClassEscape();
            if (current() == '-') {
                advance();
                if (current() == END) {
                    break;
                }
                if (current() == ']') {
                    break;
                }
                int[] second = parseClassEscape();
                if (first[1] != 0 || second[1] != 0) {
                    if (unicode) {
                        throw fail();
                    }
                    continue;
                }
                if (first[0] > second[0]) {
                    throw fail();
                }
            }
        }
        if (current() == END) {
            throw fail();
        }
        advance(); // ]
    }

    /** One class atom: {value, 1 if it is a class escape like \d}. */
    private int[] parseClassEscape() {
        int c = current();
        if (c != '\\') {
            advance();
            return new int[] {c, 0};
        }
        int n = nextChar();
        switch (n) {
            case 'b':
                advance();
                advance();
                return new int[] {'\b', 0};
            case '-':
                if (unicode) {
                    advance();
                    advance();
                    return new int[] {'-', 0};
                }
                break;
            case END:
                throw fail();
            case 'd':
            case 'D':
            case 's':
            case 'S':
            case 'w':
            case 'W':
                advance();
                advance();
                return new int[] {0, 1};
            case 'p':
            case 'P':
                if (unicode) {
                    advance();
                    advance();
                    parsePropertyEscape(n == 'P');
                    return new int[] {0, 1};
                }
                break;
            default:
                break;
        }
        advance(); // backslash
        return new int[] {parseCharacterEscape(true), 0};
    }

    private static final String RESERVED_DOUBLE = "&!#$%*+,.:;<=>?@^`~";
    private static final String CLASS_SET_SYNTAX = "()[]{}/-\\|";
    private static final String CLASS_SET_RESERVED_PUNCTUATOR = "&-!#%,:;<=>@`~";

    /** ClassSetExpression up to and including ']'; true when it may contain strings. */
    private boolean parseClassSetExpression() {
        if (++classDepth > JsParser.MAX_DEPTH) {
            throw fail();
        }
        boolean result;
        if (current() == ']') {
            result = false;
        } else {
            int[] first = parseClassSetOperandOrRange();
            result = first[1] != 0;
            boolean intersection = isDoublePunctuator('&');
            boolean subtraction = isDoublePunctuator('-');
            if (intersection || subtraction) {
                if (first[3] != 0) {
                    throw fail();
                }
                char op = intersection ? '&' : '-';
                while (current() != ']') {
                    if (!isDoublePunctuator(op)) {
                        throw fail();
                    }
                    advance();
                    advance();
                    if (intersection && current() == '&') {
                        throw fail();
                    }
                    boolean strings = parseClassSetOperand()[1] != 0;
                    if (intersection) {
                        result &= strings;
                    }
                }
            } else {
                while (current() != ']') {
                    if (isDoublePunctuator('&') || isDoublePunctuator('-')) {
                        throw fail();
                    }
                    result |= parseClassSetOperandOrRange()[1] != 0;
                }
            }
        }
        advance(); // ]
        classDepth--;
        return result;
    }

    private boolean isDoublePunctuator(char c) {
        return current() == c && nextChar() == c;
    }

    /** An operand, or a range of two ClassSetCharacters: {value, mayContainStrings, isCharacter, isRange}. */
    private int[] parseClassSetOperandOrRange() {
        int[] operand = parseClassSetOperand();
        if (operand[2] != 0 && current() == '-' && nextChar() != '-') {
            advance();
            int[] end = parseClassSetOperand();
            if (end[2] == 0 || operand[0] > end[0]) {
                throw fail();
            }
            return new int[] {0, 0, 0, 1};
        }
        return new int[] {operand[0], operand[1], operand[2], 0};
    }

    /** {value, mayContainStrings, 1 if a single ClassSetCharacter (may start a range)}. */
    private int[] parseClassSetOperand() {
        int c = current();
        if (c == END) {
            throw fail();
        }
        if (c == '[') {
            advance();
            boolean negated = false;
            if (current() == '^') {
                negated = true;
                advance();
            }
            boolean strings = parseClassSetExpression();
            if (negated && strings) {
                throw fail();
            }
            return new int[] {0, negated ? 0 : strings ? 1 : 0, 0};
        }
        if (c == '\\') {
            int n = nextChar();
            switch (n) {
                case 'd':
                case 'D':
                case 's':
                case 'S':
                case 'w':
                case 'W':
                    advance();
                    advance();
                    return new int[] {0, 0, 0};
                case 'p':
                case 'P': {
                    advance();
                    advance();
                    boolean strings = parsePropertyEscape(n == 'P');
                    return new int[] {0, strings ? 1 : 0, 0};
                }
                case 'q': {
                    advance();
                    advance();
                    return new int[] {0, parseClassStringDisjunction() ? 1 : 0, 0};
                }
                default:
                    return new int[] {parseClassSetCharacter(), 0, 1};
            }
        }
        return new int[] {parseClassSetCharacter(), 0, 1};
    }

    private int parseClassSetCharacter() {
        int c = current();
        if (c == '\\') {
            int n = nextChar();
            if (n == 'b') {
                advance();
                advance();
                return '\b';
            }
            if (n >= 0 && CLASS_SET_RESERVED_PUNCTUATOR.indexOf(n) >= 0) {
                advance();
                advance();
                return n;
            }
            advance();
            return parseCharacterEscape(true);
        }
        if (c >= 0 && c < 0x80 && CLASS_SET_SYNTAX.indexOf(c) >= 0) {
            throw fail();
        }
        if (c >= 0 && c < 0x80 && RESERVED_DOUBLE.indexOf(c) >= 0 && nextChar() == c) {
            throw fail();
        }
        advance();
        return c;
    }

    /** {@code {a|bc|}} after {@code \q}; true when some alternative is not exactly one character. */
    private boolean parseClassStringDisjunction() {
        if (current() != '{') {
            throw fail();
        }
        advance();
        boolean strings = false;
        int length = 0;
        while (true) {
            int c = current();
            if (c == END) {
                throw fail();
            }
            if (c == '}' || c == '|') {
                if (length != 1) {
                    strings = true;
                }
                length = 0;
                advance();
                if (c == '}') {
                    return strings;
                }
                continue;
            }
            parseClassSetCharacter();
            length++;
        }
    }
}
