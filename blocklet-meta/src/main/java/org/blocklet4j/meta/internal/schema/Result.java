package org.blocklet4j.meta.internal.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What validating one value gives: the (converted) value, null for undefined, and the errors found.
 *
 * @param value  the value after conversions and defaults; null when undefined
 * @param errors the errors, empty when valid
 */
public record Result(@Nullable JsonNode value, List<Issue> errors) {
    public Result {
        errors = List.copyOf(errors);
    }

    static Result ok(@Nullable JsonNode value) {
        return new Result(value, List.of());
    }

    static Result fail(@Nullable JsonNode value, Issue error) {
        return new Result(value, List.of(error));
    }

    /** True when there are no errors. */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
