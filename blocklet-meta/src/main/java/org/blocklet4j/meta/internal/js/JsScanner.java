package org.blocklet4j.meta.internal.js;

import java.util.Set;

/**
 * ECMAScript 2023 tokenizer for script (not module) code, as V8 in Node 20 scans it: HTML-like comments,
 * numeric separators, BigInt suffixes, legacy octal literals and escapes (recorded, not rejected, because only
 * strict code rejects them), template spans whose invalid escapes only matter when untagged, and regular
 * expression literals, which the parser asks for by rescanning a {@code /} or {@code /=} token.
 *
 * <p>Characters are read as code points; anything V8 cannot scan throws {@link Fail}. Instances are mutable
 * and confined to one parse.
 */
final class JsScanner {
    /** A syntax error; carries no message because the caller only needs to know that parsing failed. */
    static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fail() {
            super(null, null, false, false);
        }
    }

    static final int EOS = 0;
    static final int IDENT = 1;
    static final int PRIVATE_NAME = 2;
    static final int NUMBER = 3;
    static final int BIGINT = 4;
    static final int STRING = 5;
    static final int TEMPLATE_SPAN = 6;
    static final int TEMPLATE_TAIL = 7;
    static final int REGEXP = 8;
    static final int PUNCT = 9;

    // V8's classes of identifier-like tokens (Token::IsAnyIdentifier covers PLAIN up to ENUM).
    static final int ID_PLAIN = 0;
    static final int ID_ASYNC = 1;
    static final int ID_AWAIT = 2;
    static final int ID_YIELD = 3;
    static final int ID_LET = 4;
    static final int ID_STATIC = 5;
    static final int ID_FUTURE_STRICT = 6;
    static final int ID_ESCAPED_STRICT = 7;
    static final int ID_ENUM = 8;
    static final int ID_KEYWORD = 9;
    static final int ID_ESCAPED_KEYWORD = 10;

    private static final Set<String> KEYWORDS = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
            "import", "in", "instanceof", "new", "return", "super", "switch", "this", "throw", "try", "typeof",
            "var", "void", "while", "with", "null", "true", "false");
    private static final Set<String> FUTURE_STRICT = Set.of("implements", "interface", "package", "private",
            "protected", "public");

    // Punctuators by descending length so that the first match is the longest.
    private static final String[] PUNCTUATORS = {">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=",
        "||=", "??=", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "%=", "&=",
        "|=", "^=", "<<", ">>", "**", "/=", "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "%",
        "&", "|", "^", "!", "~", "?", ":", "=", ".", "/"};

    /** One token; positions are indexes into the scanned source. */
    static final class Token {
        int kind;
        int idClass;
        /** Identifier name (escapes decoded), punctuator text, cooked string, or private name with its '#'. */
        String value = "";
        int start;
        int end;
        boolean newlineBefore;
        boolean escaped;
        /** Legacy octal number, decimal with a leading zero, or octal/8/9 escape: rejected in strict code. */
        boolean octal;
        /** Template span with an escape only a tagged template may contain. */
        boolean invalidTemplateEscape;
        /** Regular expression literal: pattern and flags. */
        String pattern = "";
        String flags = "";

        boolean is(String punct) {
            return kind == PUNCT && value.equals(punct);
        }

        boolean isKeyword(String keyword) {
            return kind == IDENT && idClass == ID_KEYWORD && value.equals(keyword);
        }

        /** V8's Token::IsAnyIdentifier: identifiers, contextual words, strict reserved words and enum. */
        boolean isAnyIdentifier() {
            return kind == IDENT && idClass <= ID_ENUM;
        }

        /** The V8 contextual keyword token for {@code word} (get, set, of, target, meta, ...), unescaped. */
        boolean isContextual(String word) {
            return kind == IDENT && idClass == ID_PLAIN && !escaped && value.equals(word);
        }

        boolean isIdentClass(int cls) {
            return kind == IDENT && idClass == cls;
        }
    }

    private final String src;
    private int pos;
    /**
     * V8's octal position: the last legacy octal literal, decimal literal with a leading zero, or octal/8/9
     * string escape scanned (start, end), or -1. Strict functions check it against their own range at their end,
     * so a later octal token can hide an earlier one, exactly as in V8.
     */
    private int octalStart = -1;
    private int octalEnd = -1;

    JsScanner(String src) {
        this.src = src;
    }

    /** V8's CheckStrictOctalLiteral: true when the recorded octal lies within [start, end]. */
    boolean octalWithin(int start, int end) {
        return octalStart >= 0 && start <= octalStart && octalEnd <= end;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Characters

    private int cp(int at) {
        return at < src.length() ? src.codePointAt(at) : -1;
    }

    private int ch(int at) {
        return at < src.length() ? src.charAt(at) : -1;
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }

    static boolean isDecimalDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(int c) {
        return c >= 0 && JsUnicodeTables.isIdentifierStart(c);
    }

    static boolean isIdentifierPart(int c) {
        return c >= 0 && JsUnicodeTables.isIdentifierPart(c);
    }

    private static Fail fail() {
        return new Fail();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scanning

    /** Scans the token at the current position. */
    Token next() {
        Token t = new Token();
        t.newlineBefore = skipWhitespaceAndComments(false);
        t.start = pos;
        scanToken(t);
        t.end = pos;
        return t;
    }

    /**
     * Skips white space and comments; true when a line terminator was crossed (a multi-line comment containing
     * one counts). An HTML close comment {@code -->} is a comment only at the start of a line.
     */
    private boolean skipWhitespaceAndComments(boolean newlineSeen) {
        boolean newline = newlineSeen;
        while (pos < src.length()) {
            int c = src.charAt(pos);
            if (isLineTerminator(c)) {
                newline = true;
                pos++;
            } else if (JsStrings.isInlineWhitespace(c)) {
                pos++;
            } else if (c == '/' && ch(pos + 1) == '/') {
                skipSingleLineComment();
            } else if (c == '/' && ch(pos + 1) == '*') {
                int close = src.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw fail();
                }
                for (int i = pos + 2; i < close; i++) {
                    if (isLineTerminator(src.charAt(i))) {
                        newline = true;
                        break;
                    }
                }
                pos = close + 2;
            } else if (c == '<' && src.startsWith("!--", pos + 1)) {
                skipSingleLineComment();
            } else if (c == '-' && newline && src.startsWith("->", pos + 1)) {
                skipSingleLineComment();
            } else {
                break;
            }
        }
        return newline;
    }

    private void skipSingleLineComment() {
        while (pos < src.length() && !isLineTerminator(src.charAt(pos))) {
            pos++;
        }
    }

    private void scanToken(Token t) {
        if (pos >= src.length()) {
            t.kind = EOS;
            return;
        }
        int c = cp(pos);
        if (c == '\'' || c == '"') {
            scanString(t, c);
        } else if (c == '`') {
            pos++;
            scanTemplate(t);
        } else if (isDecimalDigit(c) || c == '.' && isDecimalDigit(ch(pos + 1))) {
            scanNumber(t);
        } else if (c == '#') {
            pos++;
            int s = cp(pos);
            if (s != '\\' && !isIdentifierStart(s)) {
                throw fail();
            }
            scanIdentifierName(t);
            t.kind = PRIVATE_NAME;
            t.value = "#" + t.value;
        } else if (c == '\\' || isIdentifierStart(c)) {
            scanIdentifierName(t);
            t.kind = IDENT;
            t.idClass = classify(t.value, t.escaped);
        } else {
            for (String p : PUNCTUATORS) {
                if (src.startsWith(p, pos)) {
                    if (p.equals("?.") && isDecimalDigit(ch(pos + 2))) {
                        continue; // a ? .5 : b
                    }
                    t.kind = PUNCT;
                    t.value = p;
                    pos += p.length();
                    return;
                }
            }
            throw fail();
        }
    }

    private static int classify(String name, boolean escaped) {
        if (KEYWORDS.contains(name) || name.equals("enum")) {
            if (escaped) {
                return ID_ESCAPED_KEYWORD;
            }
            return name.equals("enum") ? ID_ENUM : ID_KEYWORD;
        }
        if (FUTURE_STRICT.contains(name)) {
            return escaped ? ID_ESCAPED_STRICT : ID_FUTURE_STRICT;
        }
        switch (name) {
            case "let":
                return escaped ? ID_ESCAPED_STRICT : ID_LET;
            case "static":
                return escaped ? ID_ESCAPED_STRICT : ID_STATIC;
            case "yield":
                return ID_YIELD;
            case "await":
                return ID_AWAIT;
            case "async":
                return ID_ASYNC;
            default:
                return ID_PLAIN;
        }
    }

    /** IdentifierName with escapes; the first character has been checked to be a possible start. */
    private void scanIdentifierName(Token t) {
        StringBuilder name = new StringBuilder();
        boolean first = true;
        while (pos < src.length()) {
            int c = cp(pos);
            int decoded;
            if (c == '\\') {
                if (ch(pos + 1) != 'u') {
                    throw fail();
                }
                pos += 2;
                decoded = scanUnicodeEscapeBody();
                if (decoded < 0) {
                    throw fail();
                }
                t.escaped = true;
                if (first ? !isIdentifierStart(decoded) : !isIdentifierPart(decoded)) {
                    throw fail();
                }
            } else if (first ? isIdentifierStart(c) : isIdentifierPart(c)) {
                decoded = c;
                pos += Character.charCount(c);
            } else {
                break;
            }
            name.appendCodePoint(decoded);
            first = false;
        }
        t.value = name.toString();
    }

    /** After {@code \}{@code u}: {@code XXXX} or {@code {X...}}; the code point, or -1 when malformed. */
    private int scanUnicodeEscapeBody() {
        if (ch(pos) == '{') {
            int p = pos + 1;
            long value = 0;
            int digits = 0;
            while (JsStrings.hexValue(ch(p)) >= 0) {
                value = value * 16 + JsStrings.hexValue(ch(p));
                if (value > 0x10FFFF) {
                    return -1;
                }
                digits++;
                p++;
            }
            if (digits == 0 || ch(p) != '}') {
                return -1;
            }
            pos = p + 1;
            return (int) value;
        }
        int value = JsStrings.hexValue(src, pos, 4);
        if (value >= 0) {
            pos += 4;
        }
        return value;
    }

    private void scanString(Token t, int quote) {
        pos++;
        StringBuilder cooked = new StringBuilder();
        while (true) {
            int c = ch(pos);
            if (c < 0 || c == '\n' || c == '\r') {
                throw fail();
            }
            pos++;
            if (c == quote) {
                break;
            }
            if (c != '\\') {
                cooked.append((char) c);
                continue;
            }
            int escapeStart = pos - 1;
            int r = scanEscape(cooked);
            if (r == ESCAPE_INVALID) {
                throw fail();
            }
            if (r == ESCAPE_OCTAL) {
                t.octal = true;
                octalStart = escapeStart;
                octalEnd = pos;
            }
        }
        t.kind = STRING;
        t.value = cooked.toString();
    }

    private static final int ESCAPE_OK = 0;
    private static final int ESCAPE_OCTAL = 1;
    private static final int ESCAPE_INVALID = 2;

    /** The escape after a backslash in a string or template; appends its cooked value. */
    private int scanEscape(StringBuilder cooked) {
        int c = ch(pos);
        if (c < 0) {
            throw fail();
        }
        pos++;
        switch (c) {
            case 'b':
                cooked.append('\b');
                return ESCAPE_OK;
            case 'f':
                cooked.append('\f');
                return ESCAPE_OK;
            case 'n':
                cooked.append('\n');
                return ESCAPE_OK;
            case 'r':
                cooked.append('\r');
                return ESCAPE_OK;
            case 't':
                cooked.append('\t');
                return ESCAPE_OK;
            case 'v':
                cooked.append('\u000B');
                return ESCAPE_OK;
            case '\r':
                if (ch(pos) == '\n') {
                    pos++;
                }
                return ESCAPE_OK;
            case '\n':
            case 0x2028:
            case 0x2029:
                return ESCAPE_OK;
            case 'u': {
                int v = scanUnicodeEscapeBody();
                if (v < 0) {
                    return ESCAPE_INVALID;
                }
                cooked.appendCodePoint(v);
                return ESCAPE_OK;
            }
            case 'x': {
                int value = JsStrings.hexValue(src, pos, 2);
                if (value < 0) {
                    return ESCAPE_INVALID;
                }
                pos += 2;
                cooked.append((char) value);
                return ESCAPE_OK;
            }
            case '8':
            case '9':
                cooked.append((char) c);
                return ESCAPE_OCTAL;
            default:
                if (c >= '0' && c <= '7') {
                    int x = c - '0';
                    int i = 0;
                    for (; i < 2; i++) {
                        int d = ch(pos) - '0';
                        if (d < 0 || d > 7 || x * 8 + d >= 256) {
                            break;
                        }
                        x = x * 8 + d;
                        pos++;
                    }
                    cooked.append((char) x);
                    boolean octal = c != '0' || i > 0 || ch(pos) == '8' || ch(pos) == '9';
                    return octal ? ESCAPE_OCTAL : ESCAPE_OK;
                }
                cooked.append((char) c);
                return ESCAPE_OK;
        }
    }

    /** A template span from just after {@code `} or {@code }} up to {@code ${} or the closing {@code `}. */
    private void scanTemplate(Token t) {
        StringBuilder cooked = new StringBuilder();
        while (true) {
            int c = ch(pos);
            if (c < 0) {
                throw fail();
            }
            pos++;
            if (c == '`') {
                t.kind = TEMPLATE_TAIL;
                break;
            }
            if (c == '$' && ch(pos) == '{') {
                pos++;
                t.kind = TEMPLATE_SPAN;
                break;
            }
            if (c == '\\') {
                if (scanEscape(cooked) != ESCAPE_OK) {
                    t.invalidTemplateEscape = true;
                }
            } else {
                cooked.append((char) c);
            }
        }
        t.value = cooked.toString();
    }

    private static final int DECIMAL = 0;
    private static final int HEX = 1;
    private static final int OCTAL = 2;
    private static final int BINARY = 3;
    private static final int IMPLICIT_OCTAL = 4;
    private static final int DECIMAL_WITH_LEADING_ZERO = 5;

    private void scanNumber(Token t) {
        int kind = DECIMAL;
        boolean seenPeriod = false;
        if (ch(pos) == '.') {
            seenPeriod = true;
            pos++;
            scanDigits(10, true, false);
        } else {
            if (ch(pos) == '0') {
                pos++;
                int c = ch(pos);
                if (c == 'x' || c == 'X') {
                    pos++;
                    kind = HEX;
                    scanDigits(16, true, true);
                } else if (c == 'o' || c == 'O') {
                    pos++;
                    kind = OCTAL;
                    scanDigits(8, true, true);
                } else if (c == 'b' || c == 'B') {
                    pos++;
                    kind = BINARY;
                    scanDigits(2, true, true);
                } else if (c >= '0' && c <= '7') {
                    kind = IMPLICIT_OCTAL;
                    while (ch(pos) >= '0' && ch(pos) <= '7') {
                        pos++;
                    }
                    if (ch(pos) == '8' || ch(pos) == '9') {
                        kind = DECIMAL_WITH_LEADING_ZERO;
                    }
                } else if (c == '8' || c == '9') {
                    kind = DECIMAL_WITH_LEADING_ZERO;
                } else if (c == '_') {
                    throw fail();
                }
            }
            if (kind == DECIMAL || kind == DECIMAL_WITH_LEADING_ZERO) {
                boolean separators = kind != DECIMAL_WITH_LEADING_ZERO;
                scanDigits(10, separators, false);
                if (ch(pos) == '.') {
                    seenPeriod = true;
                    pos++;
                    if (separators && ch(pos) == '_') {
                        throw fail();
                    }
                    scanDigits(10, separators, false);
                }
            }
        }
        t.kind = NUMBER;
        int c = ch(pos);
        if (c == 'n' && !seenPeriod && kind <= BINARY) {
            pos++;
            t.kind = BIGINT;
        } else if (c == 'e' || c == 'E') {
            if (kind != DECIMAL && kind != DECIMAL_WITH_LEADING_ZERO) {
                throw fail();
            }
            pos++;
            if (ch(pos) == '+' || ch(pos) == '-') {
                pos++;
            }
            if (!isDecimalDigit(ch(pos))) {
                throw fail();
            }
            scanDigits(10, true, false);
        }
        int after = cp(pos);
        if (isDecimalDigit(after) || after == '\\' || isIdentifierStart(after)) {
            throw fail();
        }
        t.octal = kind == IMPLICIT_OCTAL || kind == DECIMAL_WITH_LEADING_ZERO;
        if (t.octal) {
            octalStart = t.start;
            octalEnd = pos;
        }
        t.value = src.substring(t.start, pos);
    }

    private void scanDigits(int radix, boolean separators, boolean requireFirst) {
        if (requireFirst && !isDigit(ch(pos), radix)) {
            throw fail();
        }
        boolean separatorSeen = false;
        while (true) {
            int c = ch(pos);
            if (c == '_' && separators) {
                pos++;
                if (ch(pos) == '_') {
                    throw fail();
                }
                separatorSeen = true;
            } else if (isDigit(c, radix)) {
                pos++;
                separatorSeen = false;
            } else {
                break;
            }
        }
        if (separatorSeen) {
            throw fail();
        }
    }

    private static boolean isDigit(int c, int radix) {
        return JsStrings.digitValue(c, radix) >= 0;
    }

    /** Rescans {@code slash} (a {@code /} or {@code /=} punctuator) as a regular expression literal. */
    Token rescanRegExp(Token slash) {
        pos = slash.start + 1;
        boolean inClass = false;
        while (true) {
            int c = ch(pos);
            if (c < 0 || isLineTerminator(c)) {
                throw fail();
            }
            pos++;
            if (c == '\\') {
                int d = ch(pos);
                if (d < 0 || isLineTerminator(d)) {
                    throw fail();
                }
                pos++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
        }
        Token t = new Token();
        t.kind = REGEXP;
        t.start = slash.start;
        t.newlineBefore = slash.newlineBefore;
        t.pattern = src.substring(slash.start + 1, pos - 1);
        int flagsStart = pos;
        while (pos < src.length()) {
            int c = cp(pos);
            if (c == '\\') {
                throw fail();
            }
            if (!isIdentifierPart(c)) {
                break;
            }
            pos += Character.charCount(c);
        }
        t.flags = src.substring(flagsStart, pos);
        t.end = pos;
        if (!validFlags(t.flags)) {
            throw fail();
        }
        return t;
    }

    private static boolean validFlags(String flags) {
        int seen = 0;
        for (int i = 0; i < flags.length(); i++) {
            int bit = "dgimsuyv".indexOf(flags.charAt(i));
            if (bit < 0 || (seen & 1 << bit) != 0) {
                return false;
            }
            seen |= 1 << bit;
        }
        int u = 1 << "dgimsuyv".indexOf('u');
        int v = 1 << "dgimsuyv".indexOf('v');
        return (seen & (u | v)) != (u | v);
    }

    /** Rescans {@code brace} (a {@code }} punctuator) as the continuation of a template literal. */
    Token rescanTemplateContinuation(Token brace) {
        pos = brace.start + 1;
        Token t = new Token();
        t.start = brace.start;
        t.newlineBefore = brace.newlineBefore;
        scanTemplate(t);
        t.end = pos;
        return t;
    }
}
