package org.blocklet4j.meta.internal.fix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.blocklet4j.meta.internal.idna.AdaIdna;
import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsUri;

/**
 * The part of the WHATWG URL parser ({@code new URL(input)} without a base) that hosted-git-info 3.0.8 needs:
 * whether the input parses, and its percent-encoded user name and password. Parsing stops once the host and
 * port are read, since nothing after them can fail. Throws {@link JsError} {@code TypeError: Invalid URL} where
 * the constructor throws.
 */
final class WhatwgUrl {
    private static final Set<String> SPECIAL = Set.of("ftp", "file", "http", "https", "ws", "wss");
    private static final int EOF = -1;

    final String username;
    final String password;

    private WhatwgUrl(String username, String password) {
        this.username = username;
        this.password = password;
    }

    private enum State {
        SCHEME_START, SCHEME, SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, PATH_OR_AUTHORITY,
        AUTHORITY, HOST, PORT, FILE, FILE_SLASH, FILE_HOST, DONE
    }

    static WhatwgUrl parse(String raw) {
        int[] in = prepare(raw);
        State state = State.SCHEME_START;
        StringBuilder buffer = new StringBuilder();
        String scheme = "";
        boolean special = false;
        StringBuilder username = new StringBuilder();
        StringBuilder password = new StringBuilder();
        boolean atSignSeen = false;
        boolean insideBrackets = false;
        boolean passwordTokenSeen = false;
        for (int p = 0; state != State.DONE; p++) {
            int c = p < in.length ? in[p] : EOF;
            switch (state) {
                case SCHEME_START:
                    if (isAsciiAlpha(c)) {
                        buffer.append((char) Character.toLowerCase(c));
                        state = State.SCHEME;
                    } else {
                        throw JsError.invalidUrl();
                    }
                    break;
                case SCHEME:
                    if (isAsciiAlpha(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                        buffer.append((char) Character.toLowerCase(c));
                    } else if (c == ':') {
                        scheme = buffer.toString();
                        buffer.setLength(0);
                        special = SPECIAL.contains(scheme);
                        if (scheme.equals("file")) {
                            state = State.FILE;
                        } else if (special) {
                            state = State.SPECIAL_AUTHORITY_SLASHES;
                        } else if (p + 1 < in.length && in[p + 1] == '/') {
                            state = State.PATH_OR_AUTHORITY;
                            p++;
                        } else {
                            state = State.DONE;
                        }
                    } else {
                        // No scheme, and no base to resolve against.
                        throw JsError.invalidUrl();
                    }
                    break;
                case SPECIAL_AUTHORITY_SLASHES:
                    if (c == '/' && p + 1 < in.length && in[p + 1] == '/') {
                        p++;
                    } else {
                        p--;
                    }
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    break;
                case SPECIAL_AUTHORITY_IGNORE_SLASHES:
                    if (c != '/' && c != '\\') {
                        state = State.AUTHORITY;
                        p--;
                    }
                    break;
                case PATH_OR_AUTHORITY:
                    if (c == '/') {
                        state = State.AUTHORITY;
                    } else {
                        state = State.DONE;
                    }
                    break;
                case AUTHORITY:
                    if (c == '@') {
                        if (atSignSeen) {
                            buffer.insert(0, "%40");
                        }
                        atSignSeen = true;
                        String b = buffer.toString();
                        for (int i = 0; i < b.length(); ) {
                            int cp = b.codePointAt(i);
                            i += Character.charCount(cp);
                            if (cp == ':' && !passwordTokenSeen) {
                                passwordTokenSeen = true;
                                continue;
                            }
                            encodeUserinfo(passwordTokenSeen ? password : username, cp);
                        }
                        buffer.setLength(0);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || special && c == '\\') {
                        if (atSignSeen && buffer.length() == 0) {
                            throw JsError.invalidUrl();
                        }
                        p -= buffer.codePointCount(0, buffer.length()) + 1;
                        buffer.setLength(0);
                        state = State.HOST;
                    } else {
                        buffer.appendCodePoint(c);
                    }
                    break;
                case HOST:
                    if (c == ':' && !insideBrackets) {
                        if (buffer.length() == 0) {
                            throw JsError.invalidUrl();
                        }
                        parseHost(buffer.toString(), !special);
                        buffer.setLength(0);
                        state = State.PORT;
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || special && c == '\\') {
                        if (special && buffer.length() == 0) {
                            throw JsError.invalidUrl();
                        }
                        if (buffer.length() > 0) {
                            parseHost(buffer.toString(), !special);
                        }
                        state = State.DONE;
                    } else {
                        if (c == '[') {
                            insideBrackets = true;
                        } else if (c == ']') {
                            insideBrackets = false;
                        }
                        buffer.appendCodePoint(c);
                    }
                    break;
                case PORT:
                    if (c >= '0' && c <= '9') {
                        buffer.append((char) c);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || special && c == '\\') {
                        if (buffer.length() > 0) {
                            String digits = buffer.toString().replaceFirst("^0+(?=.)", "");
                            if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
                                throw JsError.invalidUrl();
                            }
                        }
                        state = State.DONE;
                    } else {
                        throw JsError.invalidUrl();
                    }
                    break;
                case FILE:
                    state = c == '/' || c == '\\' ? State.FILE_SLASH : State.DONE;
                    break;
                case FILE_SLASH:
                    state = c == '/' || c == '\\' ? State.FILE_HOST : State.DONE;
                    break;
                case FILE_HOST:
                    if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
                        String b = buffer.toString();
                        boolean driveLetter = b.length() == 2 && isAsciiAlpha(b.charAt(0))
                                && (b.charAt(1) == ':' || b.charAt(1) == '|');
                        if (!driveLetter && !b.isEmpty()) {
                            parseHost(b, false);
                        }
                        state = State.DONE;
                    } else {
                        buffer.appendCodePoint(c);
                    }
                    break;
                default:
                    throw new IllegalStateException(state.name());
            }
        }
        return new WhatwgUrl(username.toString(), password.toString());
    }

    /** The USV string with leading and trailing C0 controls and spaces removed, and every tab and newline. */
    private static int[] prepare(String raw) {
        String s = raw;
        StringBuilder usv = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                usv.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                usv.append('\uFFFD');
            } else {
                usv.append(c);
            }
        }
        int start = 0;
        int end = usv.length();
        while (start < end && usv.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && usv.charAt(end - 1) <= ' ') {
            end--;
        }
        return usv.substring(start, end).codePoints().filter(c -> c != '\t' && c != '\n' && c != '\r').toArray();
    }

    private static boolean isAsciiAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static void encodeUserinfo(StringBuilder out, int cp) {
        boolean encode = cp < 0x20 || cp > 0x7E || " \"#<>?`{}/:;=@[\\]^|".indexOf(cp) >= 0;
        if (encode) {
            JsUri.appendUtf8Escaped(out, cp);
        } else {
            out.append((char) cp);
        }
    }

    /** The host parser; only success or failure matters here. */
    private static void parseHost(String input, boolean opaque) {
        if (input.startsWith("[")) {
            if (!input.endsWith("]") || !Ipv6.isValid(input.substring(1, input.length() - 1))) {
                throw JsError.invalidUrl();
            }
            return;
        }
        if (opaque) {
            for (int i = 0; i < input.length(); i++) {
                if ("\0\t\n\r #/:<>?@[\\]^|".indexOf(input.charAt(i)) >= 0) {
                    throw JsError.invalidUrl();
                }
            }
            return;
        }
        String domain = percentDecodeUtf8(input);
        String ascii = AdaIdna.toAscii(domain);
        if (ascii == null) {
            throw JsError.invalidUrl();
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= 0x1F || c == '%' || c == 0x7F || "\0\t\n\r #/:<>?@[\\]^|".indexOf(c) >= 0) {
                throw JsError.invalidUrl();
            }
        }
        if (endsInANumber(ascii) && !Ipv4.isValid(ascii)) {
            throw JsError.invalidUrl();
        }
    }

    private static String percentDecodeUtf8(String input) {
        if (input.indexOf('%') < 0) {
            return input;
        }
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < bytes.length && JsStrings.hexValue(bytes[i + 1]) >= 0
                    && JsStrings.hexValue(bytes[i + 2]) >= 0) {
                out.write(JsStrings.hexValue(bytes[i + 1]) * 16 + JsStrings.hexValue(bytes[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean endsInANumber(String s) {
        String[] parts = s.split("\\.", -1);
        int n = parts.length;
        if (parts[n - 1].isEmpty()) {
            if (n == 1) {
                return false;
            }
            n--;
        }
        String last = parts[n - 1];
        if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return Ipv4.parseNumber(last) >= 0;
    }

    /** The IPv4 parser's success or failure. */
    static final class Ipv4 {
        private Ipv4() {
        }

        /** The value of an IPv4 part ({@code 0x} hex, leading-zero octal, decimal), or -1 when it is none. */
        static long parseNumber(String input) {
            if (input.isEmpty()) {
                return -1;
            }
            int radix = 10;
            String s = input;
            if (s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
                s = s.substring(2);
                radix = 16;
            } else if (s.length() >= 2 && s.charAt(0) == '0') {
                s = s.substring(1);
                radix = 8;
            }
            if (s.isEmpty()) {
                return 0;
            }
            long value = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = JsStrings.digitValue(s.charAt(i), radix);
                if (d < 0) {
                    return -1;
                }
                value = value * radix + d;
                if (value > 0xFFFFFFFFFFL) {
                    value = 0xFFFFFFFFFFL;
                }
            }
            return value;
        }

        static boolean isValid(String input) {
            String[] parts = input.split("\\.", -1);
            int n = parts.length;
            if (parts[n - 1].isEmpty() && n > 1) {
                n--;
            }
            if (n > 4) {
                return false;
            }
            long[] numbers = new long[n];
            for (int i = 0; i < n; i++) {
                numbers[i] = parseNumber(parts[i]);
                if (numbers[i] < 0) {
                    return false;
                }
            }
            for (int i = 0; i < n - 1; i++) {
                if (numbers[i] > 255) {
                    return false;
                }
            }
            return numbers[n - 1] < Math.pow(256, 5 - n);
        }
    }

    /** The IPv6 parser's success or failure. */
    static final class Ipv6 {
        private Ipv6() {
        }

        static boolean isValid(String s) {
            int[] in = s.codePoints().toArray();
            int pieceIndex = 0;
            int compress = -1;
            int p = 0;
            if (p < in.length && in[p] == ':') {
                if (p + 1 >= in.length || in[p + 1] != ':') {
                    return false;
                }
                p += 2;
                pieceIndex++;
                compress = pieceIndex;
            }
            while (p < in.length) {
                if (pieceIndex == 8) {
                    return false;
                }
                if (in[p] == ':') {
                    if (compress != -1) {
                        return false;
                    }
                    p++;
                    pieceIndex++;
                    compress = pieceIndex;
                    continue;
                }
                int length = 0;
                while (length < 4 && p < in.length && JsStrings.hexValue(in[p]) >= 0) {
                    p++;
                    length++;
                }
                if (p < in.length && in[p] == '.') {
                    if (length == 0) {
                        return false;
                    }
                    p -= length;
                    if (pieceIndex > 6) {
                        return false;
                    }
                    int numbersSeen = 0;
                    while (p < in.length) {
                        int value = -1;
                        if (numbersSeen > 0) {
                            if (in[p] == '.' && numbersSeen < 4) {
                                p++;
                            } else {
                                return false;
                            }
                        }
                        if (p >= in.length || in[p] < '0' || in[p] > '9') {
                            return false;
                        }
                        while (p < in.length && in[p] >= '0' && in[p] <= '9') {
                            int number = in[p] - '0';
                            if (value == -1) {
                                value = number;
                            } else if (value == 0) {
                                return false;
                            } else {
                                value = value * 10 + number;
                            }
                            if (value > 255) {
                                return false;
                            }
                            p++;
                        }
                        numbersSeen++;
                        if (numbersSeen == 2 || numbersSeen == 4) {
                            pieceIndex++;
                        }
                    }
                    if (numbersSeen != 4) {
                        return false;
                    }
                    break;
                } else if (p < in.length && in[p] == ':') {
                    p++;
                    if (p >= in.length) {
                        return false;
                    }
                } else if (p < in.length) {
                    return false;
                }
                pieceIndex++;
            }
            return compress != -1 || pieceIndex == 8;
        }
    }
}
