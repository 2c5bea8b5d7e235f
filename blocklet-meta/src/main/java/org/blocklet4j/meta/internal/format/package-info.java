/**
 * The string formats the reference checks with Joi rules and small npm packages: e-mail addresses, URIs, IP
 * addresses, ISO dates, absolute URLs, URL paths and globs. Each class ports one rule as pure static functions,
 * with the JavaScript semantics of the original (what {@code \s}, {@code \w}, {@code .} and {@code $} match) and
 * without backtracking that grows faster than the input. Internal; no compatibility promise.
 *
 * <p>Known differences from the reference, all confined to characters or data newer than the JDK's:
 * <ul>
 *   <li>NFC is the JDK's (Unicode 13 on Java 17); Node 20 normalises with Unicode 17 and its URL parser with
 *       Unicode 15 tables, so characters assigned since Unicode 13 (about twenty new canonical decompositions
 *       and the combining classes of new marks) can normalise differently in e-mail addresses.</li>
 *   <li>Local times in {@link org.blocklet4j.meta.internal.format.JoiIsoDate#convert} use the JDK's time-zone
 *       rules, the reference ICU's; they agree wherever both tz database versions do.</li>
 * </ul>
 *
 * <p>The e-mail rule's domain-to-ASCII step is {@link org.blocklet4j.meta.internal.idna.AdaIdna}, whose package
 * lists its own known differences.
 */
@NullMarked
package org.blocklet4j.meta.internal.format;

import org.jspecify.annotations.NullMarked;
