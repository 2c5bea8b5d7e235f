/**
 * The string formats the reference checks with Joi rules and small npm packages: e-mail addresses, URIs, IP
 * addresses, ISO dates, absolute URLs, URL paths and globs. Each class ports one rule as pure static functions,
 * with the JavaScript semantics of the original (what {@code \s}, {@code \w} and {@code .} match) and without
 * backtracking that grows faster than the input. Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.format;

import org.jspecify.annotations.NullMarked;
