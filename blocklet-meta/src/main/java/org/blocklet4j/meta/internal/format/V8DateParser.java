package org.blocklet4j.meta.internal.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.blocklet4j.meta.internal.js.JsStrings;

/**
 * {@code Date.parse} as V8 (Node 20) does it: first the ES date-time string format with V8's extensions (any
 * number of fraction digits, {@code hhmm} offsets, {@code 24:00}), then V8's legacy parser for whatever is left.
 * Date-only ES forms are UTC; every other form without an offset is local time in the given zone, a time in a
 * gap or an overlap taking the offset in force before the transition. Days past the end of the month roll over
 * (2023-02-30 is 2 March), as V8's MakeDay does.
 */
final class V8DateParser {
    private static final int NONE = Integer.MAX_VALUE;
    private static final int MAX_SIGNIFICANT_DIGITS = 9;
    private static final double MAX_TIME_MS = 8.64e15;
    private static final double MAX_TIME_BEFORE_UTC_MS = MAX_TIME_MS + 864e6;
    private static final long MS_PER_DAY = 86_400_000L;

    private V8DateParser() {
    }

    /** The time value of {@code Date.parse(str)}, or NaN. */
    static double parse(String str, ZoneId zone) {
        int[] out = new int[7];
        Integer[] offset = new Integer[1];
        if (!parseFields(str, out, offset)) {
            return Double.NaN;
        }
        double day = makeDay(out[0], out[1], out[2]);
        if (Double.isNaN(day)) {
            return Double.NaN;
        }
        double time = ((double) out[3] * 3_600_000) + ((double) out[4] * 60_000) + ((double) out[5] * 1000) + out[6];
        double date = day * MS_PER_DAY + time;
        if (offset[0] == null) {
            if (date < -MAX_TIME_BEFORE_UTC_MS || date > MAX_TIME_BEFORE_UTC_MS) {
                return Double.NaN;
            }
            date = toUtc((long) date, zone);
        } else {
            date -= offset[0] * 1000.0;
            if (date < -MAX_TIME_MS || date > MAX_TIME_MS) {
                return Double.NaN;
            }
        }
        // TimeClip
        if (Math.abs(date) > MAX_TIME_MS) {
            return Double.NaN;
        }
        return date;
    }

    private static double toUtc(long localMs, ZoneId zone) {
        long epochDay = Math.floorDiv(localMs, MS_PER_DAY);
        long msOfDay = Math.floorMod(localMs, MS_PER_DAY);
        LocalDateTime local = LocalDateTime.of(LocalDate.ofEpochDay(epochDay),
                LocalTime.ofNanoOfDay(msOfDay * 1_000_000L));
        // ofLocal moves a time in a gap forward by the gap's length and picks the earlier offset in an overlap:
        // both amount to "the offset in force before the transition", which is what V8 asks ICU for.
        return ZonedDateTime.ofLocal(local, zone, null).toInstant().toEpochMilli();
    }

    /** V8's MakeDay for a 0-based month in 0..11 and a day in 1..31, as days since the epoch. */
    static double makeDay(int year, int month, int day) {
        if (year < -1_000_000 || year > 1_000_000) {
            return Double.NaN;
        }
        return daysFromCivil(year, month + 1, 1) + day - 1;
    }

    private static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    // ---- DateParser::Parse -------------------------------------------------------------------------------------

    private static boolean parseFields(String str, int[] out, Integer[] offset) {
        Tokenizer scanner = new Tokenizer(str);
        TimeZoneComposer tz = new TimeZoneComposer();
        TimeComposer time = new TimeComposer();
        DayComposer day = new DayComposer();

        Token next = parseEs5DateTime(scanner, day, time, tz);
        if (next.tag == Tag.INVALID) {
            return false;
        }
        boolean hasReadNumber = !day.isEmpty();
        for (Token token = next; token.tag != Tag.END; token = scanner.next()) {
            if (token.tag == Tag.NUMBER) {
                hasReadNumber = true;
                int n = token.value;
                if (scanner.skipSymbol(':')) {
                    if (scanner.skipSymbol(':')) {
                        if (!time.isEmpty()) {
                            return false;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if (!time.add(n)) {
                            return false;
                        }
                        if (scanner.peek().isSymbol('.')) {
                            scanner.next();
                        }
                    }
                } else if (scanner.skipSymbol('.') && time.isExpecting(n)) {
                    time.add(n);
                    if (scanner.peek().tag != Tag.NUMBER) {
                        return false;
                    }
                    int ms = readMilliseconds(scanner.next());
                    if (ms < 0) {
                        return false;
                    }
                    time.addFinal(ms);
                } else if (tz.isExpecting(n)) {
                    tz.minute = n;
                } else if (time.isExpecting(n)) {
                    time.addFinal(n);
                    Token peek = scanner.peek();
                    if (peek.tag != Tag.END && peek.tag != Tag.WHITESPACE && !peek.isKeywordZ()
                            && !peek.isAsciiSign()) {
                        return false;
                    }
                } else {
                    if (!day.add(n)) {
                        return false;
                    }
                    scanner.skipSymbol('-');
                }
            } else if (token.tag == Tag.KEYWORD) {
                KeywordType type = token.keywordType;
                int value = token.value;
                if (type == KeywordType.AM_PM && !time.isEmpty()) {
                    time.hourOffset = value;
                } else if (type == KeywordType.MONTH_NAME) {
                    day.namedMonth = value;
                    scanner.skipSymbol('-');
                } else if (type == KeywordType.TIME_ZONE_NAME && hasReadNumber) {
                    tz.set(value);
                } else {
                    if (hasReadNumber) {
                        return false;
                    }
                    if (scanner.peek().tag == Tag.NUMBER) {
                        return false;
                    }
                }
            } else if (token.isAsciiSign() && (tz.isUtc() || !time.isEmpty())) {
                tz.sign = token.value == '+' ? 1 : -1;
                int n = 0;
                int length = 0;
                if (scanner.peek().tag == Tag.NUMBER) {
                    Token number = scanner.next();
                    length = number.length;
                    n = number.value;
                }
                hasReadNumber = true;
                if (scanner.peek().isSymbol(':')) {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if (length == 2 || length == 1) {
                    tz.hour = n;
                    tz.minute = 0;
                } else if (length == 4 || length == 3) {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return false;
                }
            } else if ((token.isAsciiSign() || token.isSymbol(')')) && hasReadNumber) {
                return false;
            }
        }
        return day.write(out) && time.write(out) && tz.write(offset);
    }

    private static Token parseEs5DateTime(Tokenizer scanner, DayComposer day, TimeComposer time,
            TimeZoneComposer tz) {
        if (scanner.peek().isAsciiSign()) {
            Token signToken = scanner.next();
            if (!scanner.peek().isFixedLengthNumber(6)) {
                return signToken;
            }
            int sign = signToken.value == '+' ? 1 : -1;
            int year = scanner.next().value;
            if (sign < 0 && year == 0) {
                return signToken;
            }
            day.add(sign * year);
        } else if (scanner.peek().isFixedLengthNumber(4)) {
            day.add(scanner.next().value);
        } else {
            return scanner.next();
        }
        if (scanner.skipSymbol('-')) {
            if (!scanner.peek().isFixedLengthNumber(2) || !isMonth(scanner.peek().value)) {
                return scanner.next();
            }
            day.add(scanner.next().value);
            if (scanner.skipSymbol('-')) {
                if (!scanner.peek().isFixedLengthNumber(2) || !isDay(scanner.peek().value)) {
                    return scanner.next();
                }
                day.add(scanner.next().value);
            }
        }
        if (scanner.peek().keywordType != KeywordType.TIME_SEPARATOR || scanner.peek().tag != Tag.KEYWORD) {
            if (scanner.peek().tag != Tag.END) {
                return scanner.next();
            }
        } else {
            scanner.next();
            if (!scanner.peek().isFixedLengthNumber(2) || !between(scanner.peek().value, 0, 24)) {
                return Token.INVALID;
            }
            boolean hourIs24 = scanner.peek().value == 24;
            time.add(scanner.next().value);
            if (!scanner.skipSymbol(':')) {
                return Token.INVALID;
            }
            if (!scanner.peek().isFixedLengthNumber(2) || !isMinute(scanner.peek().value)
                    || (hourIs24 && scanner.peek().value > 0)) {
                return Token.INVALID;
            }
            time.add(scanner.next().value);
            if (scanner.skipSymbol(':')) {
                if (!scanner.peek().isFixedLengthNumber(2) || !isSecond(scanner.peek().value)
                        || (hourIs24 && scanner.peek().value > 0)) {
                    return Token.INVALID;
                }
                time.add(scanner.next().value);
                if (scanner.skipSymbol('.')) {
                    if (scanner.peek().tag != Tag.NUMBER || (hourIs24 && scanner.peek().value > 0)) {
                        return Token.INVALID;
                    }
                    time.add(readMilliseconds(scanner.next()));
                }
            }
            if (scanner.peek().isKeywordZ()) {
                scanner.next();
                tz.set(0);
            } else if (scanner.peek().isSymbol('+') || scanner.peek().isSymbol('-')) {
                tz.sign = scanner.next().value == '+' ? 1 : -1;
                if (scanner.peek().isFixedLengthNumber(4)) {
                    int hourmin = scanner.next().value;
                    int hour = hourmin / 100;
                    int min = hourmin % 100;
                    if (!isHour(hour) || !isMinute(min)) {
                        return Token.INVALID;
                    }
                    tz.hour = hour;
                    tz.minute = min;
                } else {
                    if (!scanner.peek().isFixedLengthNumber(2) || !isHour(scanner.peek().value)) {
                        return Token.INVALID;
                    }
                    tz.hour = scanner.next().value;
                    if (!scanner.skipSymbol(':')) {
                        return Token.INVALID;
                    }
                    if (!scanner.peek().isFixedLengthNumber(2) || !isMinute(scanner.peek().value)) {
                        return Token.INVALID;
                    }
                    tz.minute = scanner.next().value;
                }
            }
            if (scanner.peek().tag != Tag.END) {
                return Token.INVALID;
            }
        }
        if (tz.isEmpty() && time.isEmpty()) {
            tz.set(0);
        }
        day.isoDate = true;
        return Token.END_OF_INPUT;
    }

    private static int readMilliseconds(Token token) {
        int number = token.value;
        int length = token.length;
        if (length < 3) {
            if (length == 1) {
                number *= 100;
            } else if (length == 2) {
                number *= 10;
            }
        } else if (length > 3) {
            if (length > MAX_SIGNIFICANT_DIGITS) {
                length = MAX_SIGNIFICANT_DIGITS;
            }
            int factor = 1;
            do {
                factor *= 10;
                length--;
            } while (length > 3);
            number /= factor;
        }
        return number;
    }

    private static boolean between(int x, int lo, int hi) {
        return Integer.compareUnsigned(x - lo, hi - lo) <= 0;
    }

    private static boolean isMonth(int x) {
        return between(x, 1, 12);
    }

    private static boolean isDay(int x) {
        return between(x, 1, 31);
    }

    private static boolean isHour(int x) {
        return between(x, 0, 23);
    }

    private static boolean isMinute(int x) {
        return between(x, 0, 59);
    }

    private static boolean isSecond(int x) {
        return between(x, 0, 59);
    }

    // ---- composers -------------------------------------------------------------------------------------------

    private static final class TimeZoneComposer {
        int sign = NONE;
        int hour = NONE;
        int minute = NONE;

        void set(int offsetInHours) {
            sign = offsetInHours < 0 ? -1 : 1;
            hour = offsetInHours * sign;
            minute = 0;
        }

        boolean isExpecting(int n) {
            return hour != NONE && minute == NONE && isMinute(n);
        }

        boolean isUtc() {
            return hour == 0 && minute == 0;
        }

        boolean isEmpty() {
            return hour == NONE;
        }

        boolean write(Integer[] offset) {
            if (sign != NONE) {
                if (hour == NONE) {
                    hour = 0;
                }
                if (minute == NONE) {
                    minute = 0;
                }
                long total = (hour & 0xFFFFFFFFL) * 3600L + (minute & 0xFFFFFFFFL) * 60L;
                total &= 0xFFFFFFFFL;
                if (total > 0x3FFFFFFFL) {
                    return false;
                }
                offset[0] = sign < 0 ? (int) -total : (int) total;
            } else {
                offset[0] = null;
            }
            return true;
        }
    }

    private static final class TimeComposer {
        final int[] comp = new int[4];
        int index;
        int hourOffset = NONE;

        boolean isEmpty() {
            return index == 0;
        }

        boolean isExpecting(int n) {
            return (index == 1 && isMinute(n)) || (index == 2 && isSecond(n)) || (index == 3 && between(n, 0, 999));
        }

        boolean add(int n) {
            if (index < 4) {
                comp[index++] = n;
                return true;
            }
            return false;
        }

        boolean addFinal(int n) {
            if (!add(n)) {
                return false;
            }
            while (index < 4) {
                comp[index++] = 0;
            }
            return true;
        }

        boolean write(int[] out) {
            while (index < 4) {
                comp[index++] = 0;
            }
            int hour = comp[0];
            int minute = comp[1];
            int second = comp[2];
            int millisecond = comp[3];
            if (hourOffset != NONE) {
                if (!between(hour, 0, 12)) {
                    return false;
                }
                hour %= 12;
                hour += hourOffset;
            }
            if (!isHour(hour) || !isMinute(minute) || !isSecond(second) || !between(millisecond, 0, 999)) {
                if (hour != 24 || minute != 0 || second != 0 || millisecond != 0) {
                    return false;
                }
            }
            out[3] = hour;
            out[4] = minute;
            out[5] = second;
            out[6] = millisecond;
            return true;
        }
    }

    private static final class DayComposer {
        final int[] comp = new int[3];
        int index;
        int namedMonth = NONE;
        boolean isoDate;

        boolean isEmpty() {
            return index == 0;
        }

        boolean add(int n) {
            if (index < 3) {
                comp[index++] = n;
                return true;
            }
            return false;
        }

        boolean write(int[] out) {
            if (index < 1) {
                return false;
            }
            while (index < 3) {
                comp[index++] = 1;
            }
            int year = 0;
            int month;
            int day;
            if (namedMonth == NONE) {
                if (isoDate || (index == 3 && !isDay(comp[0]))) {
                    year = comp[0];
                    month = comp[1];
                    day = comp[2];
                } else {
                    month = comp[0];
                    day = comp[1];
                    if (index == 3) {
                        year = comp[2];
                    }
                }
            } else {
                month = namedMonth;
                if (index == 1) {
                    day = comp[0];
                } else if (!isDay(comp[0])) {
                    year = comp[0];
                    day = comp[1];
                } else {
                    day = comp[0];
                    year = comp[1];
                }
            }
            if (!isoDate) {
                if (between(year, 0, 49)) {
                    year += 2000;
                } else if (between(year, 50, 99)) {
                    year += 1900;
                }
            }
            if (year < -(1 << 30) || year > (1 << 30) - 1 || !isMonth(month) || !isDay(day)) {
                return false;
            }
            out[0] = year;
            out[1] = month - 1;
            out[2] = day;
            return true;
        }
    }

    // ---- tokenizer ---------------------------------------------------------------------------------------------

    private enum Tag {
        INVALID, UNKNOWN, WHITESPACE, NUMBER, SYMBOL, END, KEYWORD
    }

    private enum KeywordType {
        INVALID, MONTH_NAME, TIME_ZONE_NAME, TIME_SEPARATOR, AM_PM
    }

    private static final class Token {
        static final Token INVALID = new Token(Tag.INVALID, 0, -1, null);
        static final Token END_OF_INPUT = new Token(Tag.END, 0, -1, null);

        final Tag tag;
        final int length;
        final int value;
        final KeywordType keywordType;

        Token(Tag tag, int length, int value, KeywordType keywordType) {
            this.tag = tag;
            this.length = length;
            this.value = value;
            this.keywordType = keywordType;
        }

        boolean isSymbol(char c) {
            return tag == Tag.SYMBOL && value == c;
        }

        boolean isAsciiSign() {
            return tag == Tag.SYMBOL && (value == '-' || value == '+');
        }

        boolean isFixedLengthNumber(int n) {
            return tag == Tag.NUMBER && length == n;
        }

        boolean isKeywordZ() {
            return tag == Tag.KEYWORD && keywordType == KeywordType.TIME_ZONE_NAME && length == 1 && value == 0;
        }
    }

    private static final String[] KEYWORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec", "am", "pm", "ut", "utc", "z", "gmt", "cdt", "cst", "edt", "est", "mdt", "mst", "pdt", "pst",
        "t"};
    private static final KeywordType[] KEYWORD_TYPES = new KeywordType[KEYWORDS.length];
    private static final int[] KEYWORD_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 12, 0, 0, 0, 0, -5, -6,
        -4, -5, -6, -7, -7, -8, 0};

    static {
        for (int i = 0; i < KEYWORDS.length; i++) {
            KEYWORD_TYPES[i] = i < 12 ? KeywordType.MONTH_NAME
                    : i < 14 ? KeywordType.AM_PM
                    : i < 26 ? KeywordType.TIME_ZONE_NAME
                    : KeywordType.TIME_SEPARATOR;
        }
    }

    private static final class Tokenizer {
        private final String s;
        private int pos;
        private Token next;

        Tokenizer(String s) {
            this.s = s;
            this.next = scan();
        }

        Token next() {
            Token result = next;
            next = scan();
            return result;
        }

        Token peek() {
            return next;
        }

        boolean skipSymbol(char c) {
            if (next.isSymbol(c)) {
                next = scan();
                return true;
            }
            return false;
        }

        /** The current code unit, 0 at the end (V8 reads NUL as the end too). */
        private char ch() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        private Token scan() {
            int pre = pos;
            char c = ch();
            if (c == 0) {
                return Token.END_OF_INPUT;
            }
            if (c >= '0' && c <= '9') {
                int n = 0;
                int i = 0;
                while (ch() >= '0' && ch() <= '9') {
                    if (i < MAX_SIGNIFICANT_DIGITS) {
                        n = n * 10 + ch() - '0';
                    }
                    i++;
                    pos++;
                }
                return new Token(Tag.NUMBER, pos - pre, n, null);
            }
            if (c == ':' || c == '-' || c == '+' || c == '.' || c == ')') {
                pos++;
                return new Token(Tag.SYMBOL, 1, c, null);
            }
            // Non-ASCII white space is white space, not part of a word; U+2028 and U+2029 (line terminators,
            // not white space) are read as a word.
            if (c >= 'A' && !JsStrings.isInlineWhitespace(c)) {
                int[] prefix = new int[3];
                int len = 0;
                while (ch() >= 'A' && !JsStrings.isInlineWhitespace(ch())) {
                    if (len < 3) {
                        prefix[len] = ch() | 0x20;
                    }
                    pos++;
                    len++;
                }
                int index = lookup(prefix, len);
                if (index < 0) {
                    return new Token(Tag.KEYWORD, len, 0, KeywordType.INVALID);
                }
                return new Token(Tag.KEYWORD, len, KEYWORD_VALUES[index], KEYWORD_TYPES[index]);
            }
            if (JsStrings.isWhitespace(c)) {
                pos++;
                return new Token(Tag.WHITESPACE, pos - pre, -1, null);
            }
            if (c == '(') {
                int balance = 0;
                do {
                    char p = ch();
                    if (p == ')') {
                        --balance;
                    } else if (p == '(') {
                        ++balance;
                    }
                    pos++;
                } while (balance > 0 && ch() != 0);
                return new Token(Tag.UNKNOWN, 1, -1, null);
            }
            pos++;
            return new Token(Tag.UNKNOWN, 1, -1, null);
        }

        private static int lookup(int[] prefix, int len) {
            for (int i = 0; i < KEYWORDS.length; i++) {
                String k = KEYWORDS[i];
                boolean match = true;
                for (int j = 0; j < 3; j++) {
                    int kc = j < k.length() ? k.charAt(j) : 0;
                    if (prefix[j] != kc) {
                        match = false;
                        break;
                    }
                }
                if (match && (len <= 3 || KEYWORD_TYPES[i] == KeywordType.MONTH_NAME)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
