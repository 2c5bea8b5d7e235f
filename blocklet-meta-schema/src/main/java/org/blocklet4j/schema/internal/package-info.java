/**
 * The implementation of blocklet-meta-schema. Internal: no compatibility promise, not exported.
 */
@NullMarked
package org.blocklet4j.schema.internal;

import org.jspecify.annotations.NullMarked;
