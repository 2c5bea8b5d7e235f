/**
 * The JavaScript semantics the reference relies on without saying so: what counts as white space, how a
 * number or a key becomes a string, what is truthy, how a Date prints. Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.js;

import org.jspecify.annotations.NullMarked;
