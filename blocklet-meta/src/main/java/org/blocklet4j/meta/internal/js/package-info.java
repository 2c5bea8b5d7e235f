/**
 * The JavaScript semantics the reference relies on without saying so: what counts as white space, how a
 * value becomes a string or a number, what is truthy, how a Date prints, how object keys are ordered,
 * {@code encodeURIComponent}, and the errors JavaScript throws ({@link org.blocklet4j.meta.internal.js.JsError}).
 * Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.js;

import org.jspecify.annotations.NullMarked;
