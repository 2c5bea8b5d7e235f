package org.blocklet4j.meta.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An immutable path from the root to a value: object keys and array indices, shared by prefix. */
public final class Path {
    /** The root. */
    public static final Path ROOT = new Path(null, "", -1);

    private final @Nullable Path parent;
    private final String key;
    private final int index;

    private Path(@Nullable Path parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** The path to property {@code key} of this value. */
    public Path key(String key) {
        return new Path(this, key, -1);
    }

    /** The path to element {@code index} of this array. */
    public Path index(int index) {
        return new Path(this, "", index);
    }

    /** The segments from the root: strings for keys, integers for indices. */
    public List<Object> segments() {
        List<Object> out = new ArrayList<>();
        for (Path p = this; p.parent != null; p = p.parent) {
            out.add(p.index >= 0 ? (Object) p.index : p.key);
        }
        Collections.reverse(out);
        return out;
    }

    /** True for the root. */
    public boolean isRoot() {
        return parent == null;
    }

    /** RFC 6901 pointer. */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object s : segments()) {
            sb.append('/');
            sb.append(s instanceof Integer ? s.toString() : escape((String) s));
        }
        return sb.toString();
    }

    /** Joi's label: {@code interfaces[0].type}, or {@code value} at the root. */
    public String label() {
        if (parent == null) {
            return "value";
        }
        StringBuilder sb = new StringBuilder();
        for (Object s : segments()) {
            if (s instanceof Integer) {
                sb.append('[').append(s).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** Escapes one RFC 6901 reference token. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        return pointer();
    }
}
