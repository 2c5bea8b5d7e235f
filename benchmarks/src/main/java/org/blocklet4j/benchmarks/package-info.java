/**
 * JMH benchmarks of blocklet4j and the seeded inputs they read; {@code compare.sh} runs the same inputs through the
 * reference. Not an API.
 */
@NullMarked
package org.blocklet4j.benchmarks;

import org.jspecify.annotations.NullMarked;
