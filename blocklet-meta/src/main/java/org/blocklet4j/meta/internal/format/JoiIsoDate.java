package org.blocklet4j.meta.internal.format;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

/**
 * Joi's {@code string().isoDate()} rule: the string must match Joi's ISO 8601 expression, and with
 * {@code convert} (Joi's default) it is replaced by {@code new Date(value).toISOString()}; a string V8 cannot
 * turn into a date fails the rule. V8 reads a date-time without an offset in the process's time zone, which is
 * why {@link #convert(String, ZoneId)} takes the zone.
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class JoiIsoDate {
    private static final String HOUR = "(?:[01]\\d|2[0-3])";
    private static final String FRACTION_NOT_BEFORE_COLON = "(?:[.,]\\d+(?!:))?";
    private static final String TIME = "(?:"
            + HOUR + "(?::[0-5]\\d" + FRACTION_NOT_BEFORE_COLON + "(?::[0-5]\\d(?:[.,]\\d+)?)?"
            + "|[0-5]\\d" + FRACTION_NOT_BEFORE_COLON + "(?:[0-5]\\d(?:[.,]\\d+)?)?)"
            + "|(?:" + HOUR + "|24:?00)" + FRACTION_NOT_BEFORE_COLON + "(?:[0-5]\\d(?:[.,]\\d+)?)?"
            + ")";
    /**
     * Joi's expression with JavaScript's meaning kept: {@code \s} is JavaScript white space, {@code $} is the
     * very end ({@code \z}), {@code \b} after two digits is "no word character next", and the back-reference to
     * the time separator, which JavaScript treats as empty when its group did not take part, is spelt out as
     * alternatives. Linear: the only unbounded parts are digit runs with a fixed-length continuation.
     */
    private static final Pattern ISO_DATE = Pattern.compile("(?:[-+]\\d{2})?(?:\\d{4}(?!\\d{2}(?![A-Za-z0-9_])))"
            + "(?:(-?)(?:(?:0[1-9]|1[0-2])(?:\\1(?:[12]\\d|0[1-9]|3[01]))?|W(?:[0-4]\\d|5[0-2])(?:-?[1-7])?"
            + "|(?:00[1-9]|0[1-9]\\d|[12]\\d{2}|3(?:[0-5]\\d|6[1-6])))"
            + "(?!T\\z|T\\d+Z\\z)"
            + "(?:[T" + JsStrings.WHITESPACE_CLASS + "]" + TIME + "(?:Z|[+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?)?)?)?");

    private JoiIsoDate() {
    }

    /** Joi's {@code isIsoDate(value)}. */
    public static boolean isIsoDate(String value) {
        return ISO_DATE.matcher(value).matches();
    }

    /**
     * What Joi's {@code isoDate()} turns {@code value} into with {@code convert}: the ISO string of the date V8
     * parses, local times read in {@code zone}; null when the value is not an ISO date or V8 yields an invalid
     * date (and the rule then fails).
     */
    public static @Nullable String convert(String value, ZoneId zone) {
        if (!isIsoDate(value)) {
            return null;
        }
        String text = endsWithShortOffset(value) ? value + "00" : value;
        double time = V8DateParser.parse(text, zone);
        if (Double.isNaN(time)) {
            return null;
        }
        return JsTree.toIsoString(Instant.ofEpochMilli((long) time));
    }

    /** {@link #convert(String, ZoneId)} in the JVM's default time zone, as the reference uses the process's. */
    public static @Nullable String convert(String value) {
        return convert(value, ZoneId.systemDefault());
    }

    /**
     * {@code /.*T.*[+-]\d\d$/}: ends with a sign and two digits, with a {@code T} earlier on the same line
     * ({@code .} does not cross line terminators).
     */
    private static boolean endsWithShortOffset(String v) {
        int n = v.length();
        if (n < 4 || !isDigit(v.charAt(n - 1)) || !isDigit(v.charAt(n - 2))
                || (v.charAt(n - 3) != '+' && v.charAt(n - 3) != '-')) {
            return false;
        }
        for (int i = n - 4; i >= 0; i--) {
            char c = v.charAt(i);
            if (c == 'T') {
                return true;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
