package org.blocklet4j.resolver;

import java.net.URI;
import java.util.Optional;

/**
 * Where {@link ComponentResolver} gets component manifests: one URL in, a JSON tree or a typed failure out. This is
 * the reference's {@code getBlockletMetaByUrl} (and, for {@link #checkTarball}, {@code validateUrl}); the
 * resolver does the validation, the caching for the run and the order of fallbacks around it.
 *
 * <p>{@link HttpManifestSource} is the default. Another implementation can serve manifests from a database, a
 * test fixture or a mirror. Implementations are called from several threads at once and must be thread-safe.
 */
@FunctionalInterface
public interface ManifestSource {
    /**
     * The document at {@code url}. Blocks until it is there or has failed; reports every failure as
     * {@link FetchResult.Failed} rather than throwing (a thrown exception counts as an {@link FetchResult.Kind#IO}
     * failure).
     *
     * @param url an absolute URL, as the component's config or store gave it
     */
    FetchResult fetch(URI url);

    /**
     * A reason to reject a manifest whose {@code dist.tarball} is {@code tarball}, or empty to accept it; the
     * reference's {@code validateUrl(tarball, ['application/octet-stream', 'application/x-gzip'])}, whose
     * failures to reach the server are ignored. The default accepts every tarball.
     *
     * @param tarball the absolute tarball URL, resolved against the manifest's URL
     */
    default Optional<String> checkTarball(URI tarball) {
        return Optional.empty();
    }
}
