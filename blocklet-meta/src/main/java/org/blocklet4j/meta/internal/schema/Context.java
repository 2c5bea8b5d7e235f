package org.blocklet4j.meta.internal.schema;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The per-call state of one validation: the settings that are not part of a schema (base directory for file
 * checks, time zone for ISO dates) and what the call collects besides errors (warnings for stripped keys,
 * renames done, so that a diagnostic can be traced back to the key as written). Not shared between threads.
 */
public final class Context {
    private final @Nullable Path baseDir;
    private final ZoneId zone;
    private final boolean stripUnknown;
    private final boolean applyDefaults;
    private final List<Issue> warnings = new ArrayList<>();
    private final List<String[]> renames = new ArrayList<>();
    private final java.util.Set<JsonNode> wrapped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public Context(@Nullable Path baseDir, ZoneId zone, boolean stripUnknown, boolean applyDefaults) {
        this.baseDir = baseDir;
        this.zone = zone;
        this.stripUnknown = stripUnknown;
        this.applyDefaults = applyDefaults;
    }

    /** The blocklet directory for existence checks, or null when files are not checked. */
    public @Nullable Path baseDir() {
        return baseDir;
    }

    /** The zone in which an offset-less ISO date-time is read. */
    public ZoneId zone() {
        return zone;
    }

    /** Joi's {@code stripUnknown}. */
    public boolean stripUnknown() {
        return stripUnknown;
    }

    /** Joi's {@code !noDefaults}. */
    public boolean applyDefaults() {
        return applyDefaults;
    }

    /** Warnings collected so far (stripped unknown keys). */
    public List<Issue> warnings() {
        return warnings;
    }

    /** Renames done, in order: normalised pointer → pointer as written. */
    public Map<String, String> renames() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : renames) {
            out.put(r[0], r[1]);
        }
        return out;
    }

    /** Remembers an array that {@code single()} made from a lone value. */
    void wrapped(JsonNode array) {
        wrapped.add(array);
    }

    /** True for an array that {@code single()} made: its one element is reported at the array's own path. */
    boolean isWrapped(JsonNode array) {
        return wrapped.contains(array);
    }

    void warn(Issue issue) {
        warnings.add(issue);
    }

    void renamed(String toPointer, String fromPointer) {
        renames.add(new String[] {toPointer, fromPointer});
    }

    /** Snapshot for a tentative validation (an alternative that may fail). */
    long mark() {
        return ((long) warnings.size() << 32) | renames.size();
    }

    /** Drops what was collected since {@code mark}. */
    void reset(long mark) {
        int w = (int) (mark >>> 32);
        int r = (int) mark;
        warnings.subList(w, warnings.size()).clear();
        renames.subList(r, renames.size()).clear();
    }
}
