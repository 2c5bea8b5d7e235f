/**
 * Reading, fixing and validating {@code blocklet.yml} manifests.
 */
@NullMarked
package org.blocklet4j.meta;

import org.jspecify.annotations.NullMarked;
