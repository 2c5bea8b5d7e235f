/**
 * Text measures the reference borrows from small npm packages ({@code cjk-length}). Internal; no compatibility
 * promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.text;

import org.jspecify.annotations.NullMarked;
