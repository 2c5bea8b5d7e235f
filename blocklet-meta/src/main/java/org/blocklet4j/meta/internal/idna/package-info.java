/**
 * The IDNA domain-to-ASCII step of Node 20's URL parser (ada 2.9.2), with its Punycode, shared by every rule of
 * the reference that turns a host into ASCII: Joi's e-mail check and hosted-git-info's {@code url.parse} and
 * {@code new URL}. Internal; no compatibility promise.
 *
 * <p>Known differences from the reference, confined to characters newer than the JDK's Unicode data:
 * <ul>
 *   <li>NFC is the JDK's (Unicode 13 on Java 17); Node 20's URL parser normalises with Unicode 15 tables, so
 *       characters assigned since Unicode 13 can normalise differently.</li>
 *   <li>The IDNA data ({@code idna.txt}) is read off the reference's URL parser one code point at a time by
 *       {@code conformance/reference/tables/idna.js}; a code point whose mapping fails in every probe context is
 *       recorded as disallowed.</li>
 * </ul>
 */
@NullMarked
package org.blocklet4j.meta.internal.idna;

import org.jspecify.annotations.NullMarked;
