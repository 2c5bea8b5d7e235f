/**
 * The fix steps {@code @blocklet/meta}'s {@code parse()} runs on a loaded manifest before validating it
 * ({@code lib/fix.js}): defaults for description and version, repository URLs normalised through
 * hosted-git-info 3.0.8, files, keywords, tags, the name taken from a blocklet DID, people, and the
 * camel-casing of top-level keys. The JavaScript the reference leans on (legacy {@code url.parse}, the WHATWG
 * URL parser, lodash's {@code camelCase}) is ported here with its quirks; hosts go through the same IDNA step as
 * Node's ({@link org.blocklet4j.meta.internal.idna.AdaIdna}), and {@code encodeURIComponent}, {@code ToString} and
 * the JavaScript errors come from {@link org.blocklet4j.meta.internal.js}. Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.fix;

import org.jspecify.annotations.NullMarked;
