/**
 * Blocklet name rules: {@code validateName} and {@code validateNewDid} of {@code @blocklet/meta} 1.17.12, and
 * the npm package name rules they build on ({@code validate-npm-package-name} 3.0.0 with {@code builtins}
 * 1.0.3).
 */
@NullMarked
package org.blocklet4j.meta.name;

import org.jspecify.annotations.NullMarked;
