package org.blocklet4j.meta.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Joi's {@code alternatives().try(...)}: the first alternative that passes wins; when none does, the errors are
 * summarised as Joi does ({@code alternatives.types} when every failure is a type mismatch or a disallowed
 * value, the one deeper error when exactly one alternative failed deeper, else {@code alternatives.match}).
 */
public final class AlternativesSchema extends Schema<AlternativesSchema> {
    private final List<Schema<?>> options;

    AlternativesSchema(List<Schema<?>> options) {
        this.options = List.copyOf(options);
    }

    @Override
    String typeName() {
        return "alternatives";
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        List<Result> failures = new ArrayList<>();
        List<Schema<?>> failed = new ArrayList<>();
        for (Schema<?> option : options) {
            long mark = ctx.mark();
            Result r = option.validate(value, path, ctx, null);
            if (r.isValid()) {
                return r;
            }
            ctx.reset(mark);
            failures.add(r);
            failed.add(option);
        }
        if (failures.size() == 1) {
            return failures.get(0);
        }
        Set<String> valids = new LinkedHashSet<>();
        List<Issue> complex = new ArrayList<>();
        for (int i = 0; i < failures.size(); i++) {
            List<Issue> errors = failures.get(i).errors();
            if (errors.size() > 1) {
                return unmatched(value, path);
            }
            Issue e = errors.get(0);
            if (!e.path().pointer().equals(path.pointer())) {
                complex.add(e);
                continue;
            }
            if (e.type().equals("any.only")) {
                // Joi lists the allowed values of such an alternative, not its type.
                valids.addAll(failed.get(i).allowedForDisplay());
                continue;
            }
            String type = e.type();
            int dot = type.indexOf('.');
            if (dot < 0 || !type.substring(dot + 1).equals("base")) {
                complex.add(e);
                continue;
            }
            valids.add(type.substring(0, dot));
        }
        if (complex.isEmpty()) {
            return Result.fail(value, Issue.error("alternatives.types", path,
                    "\"" + path.label() + "\" must be one of [" + String.join(", ", valids) + "]"));
        }
        if (complex.size() == 1) {
            return Result.fail(value, complex.get(0));
        }
        return unmatched(value, path);
    }

    private static Result unmatched(JsonNode value, Path path) {
        return Result.fail(value, Issue.error("alternatives.match", path,
                "\"" + path.label() + "\" does not match any of the allowed types"));
    }
}
