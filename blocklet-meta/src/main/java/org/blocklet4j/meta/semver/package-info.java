/**
 * Versions and version ranges exactly as node-semver 6.3.2 reads them: the semver that
 * {@code joi-extension-semver} uses to validate {@code version}, {@code specVersion}, {@code engine} and
 * component version fields of a blocklet manifest.
 *
 * <p>{@link org.blocklet4j.meta.semver.SemVer} is a parsed version, {@link org.blocklet4j.meta.semver.SemverRange}
 * a parsed range, and {@link org.blocklet4j.meta.semver.SemverOptions} the two options semver 6 knows
 * ({@code loose} and {@code includePrerelease}). The grammar is semver 6's, including its length and size caps
 * (a version of more than 256 characters and a number above 2<sup>53</sup>&minus;1 are invalid) and JavaScript's
 * notion of white space (U+00A0, U+FEFF, U+3000 and the other Unicode spaces count). Any input, however long, is
 * judged in time roughly linear in its length and without deep recursion.
 */
@NullMarked
package org.blocklet4j.meta.semver;

import org.jspecify.annotations.NullMarked;
