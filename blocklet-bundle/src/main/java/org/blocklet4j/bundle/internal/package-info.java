/**
 * Canonical JSON, byte decoding, keys, signatures and delegation tokens as the reference's npm packages
 * ({@code json-stable-stringify}, {@code @ocap/util}, {@code @ocap/mcrypto}, {@code @ocap/wallet},
 * {@code @arcblock/did}, {@code @arcblock/jwt}) do them. Internal; no compatibility promise.
 */
@NullMarked
package org.blocklet4j.bundle.internal;

import org.jspecify.annotations.NullMarked;
