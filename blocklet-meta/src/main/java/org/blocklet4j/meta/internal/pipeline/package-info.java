/**
 * The steps from bytes to a result, in the reference's order: load, root handling, fixes, default store,
 * camelCase, schema validation, positions. Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal.pipeline;

import org.jspecify.annotations.NullMarked;
