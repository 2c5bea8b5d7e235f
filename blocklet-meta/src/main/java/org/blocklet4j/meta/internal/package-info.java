/**
 * Implementation of blocklet-meta. Nothing under {@code org.blocklet4j.meta.internal} is exported or carries
 * any compatibility promise.
 */
@NullMarked
package org.blocklet4j.meta.internal;

import org.jspecify.annotations.NullMarked;
