package org.blocklet4j.meta.internal.format;

import java.text.Normalizer;
import org.blocklet4j.meta.internal.idna.AdaIdna;

/**
 * Joi's {@code string().email({ tlds: false })} rule, which is {@code @sideway/address}'s {@code isValid} with
 * its defaults: at most 254 UTF-16 code units, exactly one {@code @}, a dot-atom local part of at most 64 UTF-8
 * bytes (any non-ASCII character allowed; no quoted strings, comments or address literals), and a domain of at
 * least two labels.
 *
 * <p>The domain rule ({@code Domain.analyze}) first turns a non-ASCII domain into its ASCII form the way
 * {@code new URL('http://' + domain).host} does ({@link AdaIdna}) and falls back to the domain as written when the
 * URL parser rejects it; the labels must then be LDH labels of at most 63 characters, the last one starting with a
 * letter. For an ASCII domain the URL parser's changes (lower case, IPv4 forms, rejected {@code xn--} labels) never
 * change that outcome, so the domain is checked as written.
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class JoiEmail {
    private static final int MAX_ADDRESS = 254;
    private static final int MAX_LOCAL_BYTES = 64;
    private static final int MAX_DOMAIN = 256;
    private static final int MAX_LABEL = 63;

    private JoiEmail() {
    }

    /** True when {@code value} passes {@code Joi.string().email({ tlds: false })}. */
    public static boolean isValid(String value) {
        if (value.isEmpty()) {
            return false;
        }
        boolean ascii = isAscii(value);
        String email = ascii ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
        int at = email.indexOf('@');
        if (at < 0 || email.indexOf('@', at + 1) >= 0) {
            return false;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty() || email.length() > MAX_ADDRESS || utf8Length(local) > MAX_LOCAL_BYTES) {
            return false;
        }
        return isValidLocal(local, ascii) && isValidDomain(domain);
    }

    /**
     * Dot-separated non-empty atoms of {@code atext}; when the address has any non-ASCII character, each
     * non-ASCII character of the local part is accepted as well (its UTF-8 form is always a valid sequence).
     */
    private static boolean isValidLocal(String local, boolean ascii) {
        int segmentLength = 0;
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '.') {
                if (segmentLength == 0) {
                    return false;
                }
                segmentLength = 0;
                continue;
            }
            segmentLength++;
            if (!isAtext(c) && (ascii || c < 0x80)) {
                return false;
            }
        }
        return segmentLength > 0;
    }

    /** {@code Domain.analyze(domain, { tlds: false })} is null. */
    static boolean isValidDomain(String domain) {
        if (domain.isEmpty() || domain.length() > MAX_DOMAIN) {
            return false;
        }
        boolean ascii = isAscii(domain);
        String text = ascii ? domain : Normalizer.normalize(domain, Normalizer.Form.NFC);
        for (int i = 0; i < text.length(); i++) {
            if (isDomainControl(text.charAt(i))) {
                return false;
            }
        }
        if (!ascii) {
            // A '%' survives the URL parser's percent-decoding as a forbidden host character; any failure of
            // the URL parser leaves the non-ASCII domain, whose labels then fail the LDH rule.
            String host = text.indexOf('%') >= 0 ? null : AdaIdna.toAscii(text);
            if (host == null || endsInANumber(host)) {
                return false;
            }
            text = host;
        }
        int labels = 0;
        int start = 0;
        while (true) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            labels++;
            boolean last = dot < 0;
            if (!isLabel(text, start, end, last)) {
                return false;
            }
            if (last) {
                return labels >= 2;
            }
            start = dot + 1;
        }
    }

    /**
     * {@code [a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?}, at most 63 characters; the last label must start with a
     * letter.
     */
    private static boolean isLabel(String s, int from, int to, boolean tld) {
        if (to == from || to - from > MAX_LABEL) {
            return false;
        }
        char first = s.charAt(from);
        if (tld ? !isAsciiLetter(first) : !isAsciiAlnum(first)) {
            return false;
        }
        if (!isAsciiAlnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!isAsciiAlnum(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The URL host parser's "ends in a number": the last label (a trailing empty label dropped) is all digits or
     * {@code 0x} and hex digits. Such a host is an IPv4 address or a parse failure, and fails the domain rule.
     */
    static boolean endsInANumber(String host) {
        int end = host.length();
        if (end > 0 && host.charAt(end - 1) == '.') {
            end--;
        }
        int start = host.lastIndexOf('.', end - 1) + 1;
        if (start >= end) {
            return false;
        }
        boolean digits = true;
        for (int i = start; i < end; i++) {
            digits &= host.charAt(i) >= '0' && host.charAt(i) <= '9';
        }
        if (digits) {
            return true;
        }
        if (end - start >= 2 && host.charAt(start) == '0' && (host.charAt(start + 1) == 'x'
                || host.charAt(start + 1) == 'X')) {
            for (int i = start + 2; i < end; i++) {
                if (!RfcIp.isHex(host.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code [\x00-\x20@:/\\#!$&'()*+,;=?]}. */
    private static boolean isDomainControl(char c) {
        if (c <= 0x20) {
            return true;
        }
        switch (c) {
            case '@', ':', '/', '\\', '#', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', '?':
                return true;
            default:
                return false;
        }
    }

    /** {@code [\w!#$%&'*+\-/=?^`{|}~]}. */
    private static boolean isAtext(char c) {
        if (isAsciiAlnum(c) || c == '_') {
            return true;
        }
        switch (c) {
            case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '/', '=', '?', '^', '`', '{', '|', '}', '~':
                return true;
            default:
                return false;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The length of {@code TextEncoder.encode(s)}: lone surrogates become U+FFFD (three bytes). */
    private static int utf8Length(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
