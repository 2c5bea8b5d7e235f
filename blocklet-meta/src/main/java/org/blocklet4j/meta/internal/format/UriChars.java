package org.blocklet4j.meta.internal.format;

/**
 * The character classes {@code @sideway/address} builds its RFC 3986 expressions from, as JavaScript reads them:
 * {@code \w} is ASCII {@code [A-Za-z0-9_]}, and the "pct-encoded" part of a class is just the characters
 * {@code %}, digits and {@code A-F a-f}, so a lone {@code %} is accepted.
 */
final class UriChars {
    private UriChars() {
    }

    /** {@code [\w-.~]}. */
    static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.' || c == '~';
    }

    /** {@code [!$&'()*+,;=]}. */
    static boolean isSubDelim(char c) {
        switch (c) {
            case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=':
                return true;
            default:
                return false;
        }
    }

    /** unreserved, {@code %} (with hex digits, already unreserved) and sub-delims: reg-name and userinfo chars. */
    static boolean isRegNameChar(char c) {
        return isUnreserved(c) || c == '%' || isSubDelim(c);
    }

    /** {@code pchar}: reg-name characters, {@code :} and {@code @}. */
    static boolean isPchar(char c) {
        return isRegNameChar(c) || c == ':' || c == '@';
    }

    /** Query and fragment characters: {@code pchar}, {@code /} and {@code ?}. */
    static boolean isQueryChar(char c) {
        return isPchar(c) || c == '/' || c == '?';
    }
}
