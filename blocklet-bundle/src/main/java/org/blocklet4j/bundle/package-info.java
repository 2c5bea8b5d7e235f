/**
 * The bundle check: {@link org.blocklet4j.bundle.BundleCheck} and its {@link org.blocklet4j.bundle.BundleReport}.
 */
@NullMarked
package org.blocklet4j.bundle;

import org.jspecify.annotations.NullMarked;
