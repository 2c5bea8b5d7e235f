/**
 * A small validation engine with the semantics of Joi 17 as the reference uses it: conversions (trim, case,
 * numeric and boolean strings), defaults, renames, unknown keys stripped, {@code single()} wrapping,
 * alternatives, uniqueness and custom rules, errors collected as Joi collects them with {@code abortEarly: false}.
 * Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.schema;

import org.jspecify.annotations.NullMarked;
