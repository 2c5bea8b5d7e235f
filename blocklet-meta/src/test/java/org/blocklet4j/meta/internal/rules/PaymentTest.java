package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.rules.Manifests.DID;
import static org.blocklet4j.meta.internal.rules.Manifests.json;
import static org.blocklet4j.meta.internal.rules.Manifests.messages;
import static org.blocklet4j.meta.internal.rules.Manifests.read;
import static org.blocklet4j.meta.internal.rules.Manifests.render;

import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Test;

/** {@link Payment}: price, share and component prices. */
class PaymentTest {
    private static String shares(double... values) {
        StringBuilder sb = new StringBuilder("payment:\n  share:\n");
        for (int i = 0; i < values.length; i++) {
            sb.append("    - name: s").append(i).append("\n      address: ").append(DID)
                    .append("\n      value: ").append(values[i]).append('\n');
        }
        return sb.toString();
    }

    private static String componentPrice(String body) {
        return "payment:\n  componentPrice:\n" + body;
    }

    @Test
    void defaultsPaymentToEmptyPriceAndShare() {
        assertThat(json("", "payment")).isEqualTo("{\"price\":[],\"share\":[]}");
    }

    @Test
    void acceptsOnePrice() {
        assertThat(json("payment:\n  price:\n    - value: 1.5\n      address: " + DID + "\n", "payment"))
                .isEqualTo("{\"price\":[{\"value\":1.5,\"address\":\"" + DID + "\"}],\"share\":[]}");
    }

    @Test
    void rejectsSecondPrice() {
        String price = "    - value: 1\n      address: " + DID + "\n";
        ManifestResult r = read("payment:\n  price:\n" + price + price);
        assertThat(render(r)).containsExactly("E array.max /payment/price 5:5");
        assertThat(messages(r)).containsExactly("\"payment.price\" must contain less than or equal to 1 items");
    }

    @Test
    void rejectsZeroPriceAndInvalidTokenAddress() {
        assertThat(render(read("payment:\n  price:\n    - value: 0\n      address: " + DID + "\n")))
                .containsExactly("E number.greater /payment/price/0/value 5:14");
        ManifestResult r = read("payment:\n  price:\n    - value: 1\n      address: abc\n");
        assertThat(render(r)).containsExactly("E did.invalid /payment/price/0/address 6:16");
    }

    @Test
    void acceptsSharesSummingToOne() {
        assertThat(read(shares(0.7, 0.3)).isValid()).isTrue();
    }

    @Test
    void sumsSharesInOrderAsDoublesAcceptingPointOnePlusPointTwoPlusPointSeven() {
        assertThat(read(shares(0.1, 0.2, 0.7)).isValid()).isTrue();
    }

    @Test
    void sumsSharesInOrderAsDoublesRejectingPointSevenPlusPointTwoPlusPointOne() {
        ManifestResult r = read(shares(0.7, 0.2, 0.1));
        assertThat(render(r)).containsExactly("E payment.share.total /payment/share 5:5");
        assertThat(messages(r)).containsExactly("\"payment.share\" failed custom validation because Invalid blocklet "
                + "payment share config: total share must be 1, got 0.9999999999999999");
    }

    @Test
    void rejectsSharesBelowOne() {
        assertThat(messages(read(shares(0.5)))).containsExactly("\"payment.share\" failed custom validation because "
                + "Invalid blocklet payment share config: total share must be 1, got 0.5");
    }

    @Test
    void reportsShareAboveOneAndTheTotal() {
        assertThat(render(read(shares(1.5)))).containsExactly("E number.max /payment/share/0/value 7:14",
                "E payment.share.total /payment/share 5:5");
    }

    @Test
    void rejectsFifthShare() {
        ManifestResult r = read(shares(0.2, 0.2, 0.2, 0.2, 0.2));
        assertThat(render(r)).containsExactly("E array.max /payment/share 5:5");
        assertThat(messages(r)).containsExactly("\"payment.share\" must contain less than or equal to 4 items");
    }

    @Test
    void wrapsSingleComponentPriceInList() {
        assertThat(json(componentPrice("    type: fixed\n    value: 2\n    parentPriceRange: [0, 10]\n"), "payment"))
                .isEqualTo("{\"componentPrice\":[{\"type\":\"fixed\",\"value\":2,\"parentPriceRange\":[0,10]}],"
                        + "\"price\":[],\"share\":[]}");
    }

    @Test
    void acceptsComponentPriceList() {
        assertThat(json(componentPrice("    - type: percentage\n      value: 0.1\n"), "payment"))
                .startsWith("{\"componentPrice\":[{\"type\":\"percentage\",\"value\":0.1}]");
    }

    @Test
    void requiresRangeOfTwo() {
        ManifestResult r = read(componentPrice("    - type: fixed\n      value: 1\n      parentPriceRange: [1]\n"));
        assertThat(render(r)).containsExactly("E payment.range.length /payment/componentPrice/0/parentPriceRange 7:25");
        assertThat(messages(r)).containsExactly("length of range should be 2");
    }

    @Test
    void rejectsNegativeRangeStart() {
        ManifestResult r = read(componentPrice("    - type: fixed\n      value: 1\n      parentPriceRange: [-1, 5]\n"));
        assertThat(render(r)).containsExactly("E payment.range.start /payment/componentPrice/0/parentPriceRange 7:25");
        assertThat(messages(r)).containsExactly("the first value should not less than 0 in range");
    }

    @Test
    void rejectsRangeEndNotAboveStart() {
        ManifestResult r = read(componentPrice("    - type: fixed\n      value: 1\n      parentPriceRange: [5, 5]\n"));
        assertThat(render(r)).containsExactly("E payment.range.order /payment/componentPrice/0/parentPriceRange 7:25");
        assertThat(messages(r)).containsExactly("the second value should greater than the first value in range");
    }

    @Test
    void rejectsUnknownComponentPriceType() {
        ManifestResult r = read(componentPrice("    - type: free\n      value: 1\n"));
        assertThat(render(r)).containsExactly("E any.only /payment/componentPrice/0/type 5:13");
        assertThat(messages(r)).containsExactly("\"payment.componentPrice[0].type\" must be one of [fixed, percentage]");
    }

    @Test
    void reportsASingleComponentPriceAtItsOwnPath() {
        ManifestResult r = read(componentPrice("    type: free\n    value: 1\n"));
        assertThat(render(r)).containsExactly("E any.only /payment/componentPrice/type 5:11");
        assertThat(messages(r)).containsExactly("\"payment.componentPrice.type\" must be one of [fixed, percentage]");
    }
}
