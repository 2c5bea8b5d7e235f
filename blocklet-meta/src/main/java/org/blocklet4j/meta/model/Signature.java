package org.blocklet4j.meta.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of {@code signatures}, as the publishing steps write it. Instances are immutable and safe to share
 * between threads.
 *
 * @param type        the signature type
 * @param name        who signed (a name)
 * @param signer      the signer's address
 * @param pk          the signer's public key
 * @param created     when, as an ISO date-time
 * @param sig         the signature
 * @param excludes    fields left out of the signed message
 * @param appended    fields appended after signing
 * @param delegatee   the delegatee's address, for delegated signing
 * @param delegateePk the delegatee's public key
 * @param delegation  the delegation token
 */
public record Signature(String type, String name, String signer, String pk, String created, String sig,
                        List<String> excludes, List<String> appended, @Nullable String delegatee,
                        @Nullable String delegateePk, @Nullable String delegation) {
    static Signature of(JsonNode n) {
        return new Signature(Json.text(n, "type", ""), Json.text(n, "name", ""), Json.text(n, "signer", ""),
                Json.text(n, "pk", ""), Json.text(n, "created", ""), Json.text(n, "sig", ""),
                Json.strings(n, "excludes"), Json.strings(n, "appended"), Json.text(n, "delegatee"),
                Json.text(n, "delegateePk"), Json.text(n, "delegation"));
    }
}
