package org.blocklet4j.bundle.internal;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** {@code Number(x) || 0} for JSON values, on blocklet-meta's JavaScript rules. */
final class JsValues {
    private JsValues() {
    }

    /** {@code Number(v) || 0}: NaN and absence give 0. */
    static double toNumberOrZero(@Nullable JsonNode v) {
        double d = org.blocklet4j.meta.internal.js.JsValues.toNumber(v);
        return Double.isNaN(d) ? 0 : d;
    }
}
