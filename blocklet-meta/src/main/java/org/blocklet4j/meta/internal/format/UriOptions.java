package org.blocklet4j.meta.internal.format;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The options of Joi's {@code string().uri(...)} that the reference uses: a list of allowed schemes (compared
 * case-sensitively, as the reference joins the escaped names into an alternation) or any RFC 3986 scheme when
 * {@code schemes} is null, and whether relative references are accepted.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param schemes the allowed schemes, or null for any scheme
 * @param allowRelative whether a relative reference is also accepted
 */
public record UriOptions(@Nullable List<String> schemes, boolean allowRelative) {
    /** {@code uri()}. */
    public static final UriOptions ANY = new UriOptions(null, false);
    /** {@code uri({ scheme: ['http', 'https'] })}. */
    public static final UriOptions HTTP = new UriOptions(List.of("http", "https"), false);
    /** {@code uri({ scheme: ['http', 'https'], allowRelative: true })}. */
    public static final UriOptions HTTP_OR_RELATIVE = new UriOptions(List.of("http", "https"), true);
    /** {@code uri({ scheme: ['http', 'https', 'file'] })}. */
    public static final UriOptions HTTP_OR_FILE = new UriOptions(List.of("http", "https", "file"), false);

    /** Copies {@code schemes}; it must not be empty. */
    public UriOptions {
        if (schemes != null) {
            schemes = List.copyOf(schemes);
            if (schemes.isEmpty()) {
                throw new IllegalArgumentException("scheme must have at least 1 scheme specified");
            }
        }
    }

    boolean allowsScheme(String scheme) {
        return schemes == null ? isRfcScheme(scheme) : Objects.requireNonNull(schemes).contains(scheme);
    }

    /**
     * The reference's scheme pattern {@code [a-zA-Z][a-zA-Z\d+-\.]*}: in it {@code +-\.} is the range from
     * {@code +} to {@code .}, so a comma is accepted too.
     */
    static boolean isRfcScheme(String scheme) {
        if (scheme.isEmpty() || !isAsciiLetter(scheme.charAt(0))) {
            return false;
        }
        for (int i = 1; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && !(c >= '+' && c <= '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
