package org.blocklet4j.meta.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * {@code payment}: the price and how earnings are shared. Instances are immutable and safe to share between threads.
 *
 * @param price          at most one price: value and token address
 * @param share          at most four beneficiaries whose values sum to 1
 * @param componentPrice prices of components, as JSON
 */
public record Payment(List<Price> price, List<Share> share, List<JsonNode> componentPrice) {
    /**
     * A price.
     *
     * @param value   the amount, greater than 0
     * @param address the token's DID
     */
    public record Price(double value, String address) {
    }

    /**
     * A beneficiary.
     *
     * @param name    who
     * @param address their DID
     * @param value   their part, in (0, 1]
     */
    public record Share(String name, String address, double value) {
    }

    static Payment of(JsonNode n) {
        return new Payment(
                Json.list(n, "price", p -> new Price(p.path("value").asDouble(0), Json.text(p, "address", ""))),
                Json.list(n, "share", s -> new Share(Json.text(s, "name", ""), Json.text(s, "address", ""),
                        s.path("value").asDouble(0))),
                Json.list(n, "componentPrice", JsonNode::deepCopy));
    }
}
