package org.blocklet4j.resolver;

import java.util.List;
import java.util.Objects;

/**
 * No URL of a component gave a usable manifest: code {@code fetch}, or {@code invalid-meta} when every URL answered
 * with a manifest that is not valid. The message is the reference's ({@code Failed get component meta.
 * Component: <urls>, reason: <reasons>}); {@link #failures()} says for each URL, in the order tried, what went
 * wrong.
 *
 * <p>Instances are immutable once thrown.
 */
public final class ComponentFetchException extends ResolverException {
    private static final long serialVersionUID = 1L;

    private final transient List<UrlFailure> failures;

    ComponentFetchException(String code, String message, List<String> dids, List<UrlFailure> failures) {
        super(code, message, dids);
        this.failures = List.copyOf(failures);
    }

    /** Each URL tried and why it gave nothing, in the order tried. */
    public List<UrlFailure> failures() {
        return failures;
    }

    /**
     * One URL that gave no usable manifest.
     *
     * @param url     the URL as the config or store gave it
     * @param kind    what went wrong
     * @param message the reason, in the reference's words where it has them
     */
    public record UrlFailure(String url, FetchResult.Kind kind, String message) {
        /** Checks that nothing is null. */
        public UrlFailure {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
