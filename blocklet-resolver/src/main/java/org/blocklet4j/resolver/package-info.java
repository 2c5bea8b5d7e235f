/**
 * Required-component layers and component-tree resolution.
 */
@NullMarked
package org.blocklet4j.resolver;

import org.jspecify.annotations.NullMarked;
