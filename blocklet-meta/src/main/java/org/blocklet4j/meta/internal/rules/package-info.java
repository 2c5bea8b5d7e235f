/**
 * The rules of the manifest's sections, one class per section, each mirroring the part of {@code @blocklet/meta}
 * 1.17.12's schema (and of the packages it takes schemas from) that validates and normalises that section.
 * Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.rules;

import org.jspecify.annotations.NullMarked;
