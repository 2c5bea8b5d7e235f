package org.blocklet4j.resolver;

import java.util.List;

/**
 * The one unchecked exception of blocklet-resolver: a component graph that has no install order (a cycle, a
 * path deeper than allowed) or components that cannot be resolved. The message says which components and why.
 */
public class ResolverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> dids;

    /** An error with its code, message and the components concerned. */
    public ResolverException(String code, String message, List<String> dids) {
        super(message);
        this.code = code;
        this.dids = List.copyOf(dids);
    }

    /** The same, caused by {@code cause}. */
    public ResolverException(String code, String message, List<String> dids, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.dids = List.copyOf(dids);
    }

    /** A stable code: {@code cycle}, {@code depth}, … */
    public String code() {
        return code;
    }

    /**
     * The components concerned, in order: for {@code cycle} the cycle with its first DID repeated at the end
     * ({@code [a, b, c, a]}); for {@code depth} the path from the target.
     */
    public List<String> dids() {
        return dids;
    }
}
