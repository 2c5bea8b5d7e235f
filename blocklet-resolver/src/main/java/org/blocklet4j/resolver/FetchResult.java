package org.blocklet4j.resolver;

import java.net.URI;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * What a {@link ManifestSource} gives for one URL: the manifest as a JSON tree, or why there is none.
 *
 * <p>Instances are immutable and safe to share between threads; {@link Found#json()} hands out the tree, which
 * callers must not change.
 */
public sealed interface FetchResult permits FetchResult.Found, FetchResult.Failed {
    /** The URL asked for (before any redirect). */
    URI url();

    /**
     * The document at {@code url}, parsed as JSON. It is not checked to be a manifest yet.
     *
     * @param url  the URL asked for
     * @param json the parsed document
     */
    record Found(URI url, JsonNode json) implements FetchResult {
        /** Checks that nothing is null. */
        public Found {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * No usable manifest at {@code url}.
     *
     * @param url     the URL asked for
     * @param kind    what went wrong
     * @param message a one-line reason in the reference's words where it has them
     *                ({@code Request failed with status code 500}, {@code File does not exist: /x})
     */
    record Failed(URI url, Kind kind, String message) implements FetchResult {
        /** Checks that nothing is null. */
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why a URL gave no manifest. */
    enum Kind {
        /** Text that is not an absolute URL ({@code Invalid URL}); only the resolver reports it. */
        INVALID_URL,
        /** Neither {@code http:}, {@code https:} nor {@code file:}. */
        UNSUPPORTED_PROTOCOL,
        /** A {@code file:} URL naming no file. */
        NOT_FOUND,
        /** The connection failed or broke, or a file could not be read (or is not a regular file). */
        IO,
        /** No complete answer within the configured time. */
        TIMEOUT,
        /** An HTTP status other than 2xx. */
        HTTP_STATUS,
        /** More redirects than allowed, a redirect to another protocol, or one back to a URL already visited. */
        REDIRECT,
        /** A content type that is not JSON (or plain text), or a compressed body, which is never asked for. */
        NOT_JSON,
        /** A body larger than allowed. */
        TOO_LARGE,
        /** A body that is not JSON. */
        INVALID_JSON,
        /**
         * JSON over one of the parser's limits: nesting depth, length of a string, a property name or a number, or
         * number of tokens.
         */
        JSON_LIMIT,
        /** JSON that is not an object. */
        NOT_AN_OBJECT,
        /** A document that is not a valid manifest ({@code Invalid blocklet meta: …}). */
        INVALID_META,
        /** The thread was interrupted. */
        INTERRUPTED
    }
}
