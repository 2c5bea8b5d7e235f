package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.number;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code payment}: one price token, at most four shares summing to exactly 1, component prices. */
final class Payment {
    private Payment() {
    }

    static final ObjectSchema PAYMENT = object(
            "price", array().max(1).items(object(
                    "value", number().greater(0).required(),
                    "address", Fields.did().required()))
                    .defaultValue(JsTree.NODES.arrayNode()),
            "share", array().max(4).items(object(
                    "name", string().required(),
                    "address", Fields.did().required(),
                    "value", number().greater(0).max(1).required()))
                    .defaultValue(JsTree.NODES.arrayNode())
                    .custom((value, path, ctx) -> {
                        if (value.isEmpty()) {
                            return value;
                        }
                        // Summed left to right in doubles, as the reference does: 0.1 + 0.2 + 0.7 is not 1.
                        double total = 0;
                        boolean numeric = true;
                        for (JsonNode share : value) {
                            JsonNode v = share.get("value");
                            if (v == null || !v.isNumber()) {
                                numeric = false;
                                break;
                            }
                            total += v.doubleValue();
                        }
                        if (!numeric || total != 1) {
                            throw Reject.thrown("payment.share.total",
                                    "Invalid blocklet payment share config: total share must be 1, got "
                                            + (numeric ? JsNumbers.toString(total) : "NaN"));
                        }
                        return value;
                    }),
            "componentPrice", array().items(object(
                    "parentPriceRange", array().items(number()).custom((value, path, ctx) -> {
                        if (value.size() != 2) {
                            throw Reject.message("payment.range.length", "length of range should be 2");
                        }
                        if (value.get(0).doubleValue() < 0) {
                            throw Reject.message("payment.range.start",
                                    "the first value should not less than 0 in range");
                        }
                        if (value.get(1).doubleValue() <= value.get(0).doubleValue()) {
                            throw Reject.message("payment.range.order",
                                    "the second value should greater than the first value in range");
                        }
                        return value;
                    }),
                    "type", string().valid(strs("fixed", "percentage")).required(),
                    "value", number().greater(0).required()))
                    .single())
            .defaultValue(defaults());

    private static ObjectNode defaults() {
        ObjectNode d = JsTree.NODES.objectNode();
        d.putArray("price");
        d.putArray("share");
        return d;
    }
}
