/**
 * Decentralised identifiers as {@code @arcblock/did} 1.29.27 reads and makes them, and the blocklet DID that
 * {@code @blocklet/meta} derives from a blocklet name.
 *
 * <p>{@link org.blocklet4j.meta.did.Did} checks and inspects a DID string ({@code isValid}, {@code toTypeInfo},
 * {@code toAddress}) and makes the DID of a public key ({@code fromPublicKey});
 * {@link org.blocklet4j.meta.did.BlockletDid} turns a name into the DID the reference expects for it
 * ({@code toBlockletDid}). The four enums name the type fields a DID carries in its first two
 * bytes.
 */
@NullMarked
package org.blocklet4j.meta.did;

import org.jspecify.annotations.NullMarked;
