/**
 * The normalised manifest as typed, immutable values: {@link org.blocklet4j.meta.model.BlockletMeta} and the
 * records of its sections. Built from the normalised JSON, so every value here is one the reference's
 * {@code parse()} would return; sections without a fixed shape stay JSON.
 */
@NullMarked
package org.blocklet4j.meta.model;

import org.jspecify.annotations.NullMarked;
