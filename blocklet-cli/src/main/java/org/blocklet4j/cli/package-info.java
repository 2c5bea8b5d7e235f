/** The {@code blocklet} command line: {@code validate}, {@code did}. */
@NullMarked
package org.blocklet4j.cli;

import org.jspecify.annotations.NullMarked;
