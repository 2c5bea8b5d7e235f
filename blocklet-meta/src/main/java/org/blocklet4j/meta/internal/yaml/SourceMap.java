package org.blocklet4j.meta.internal.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * Where the parts of a loaded document start in its text, looked up by RFC 6901 JSON Pointer in the source key
 * space: mapping keys as the loader made them ({@code String(key)} in JavaScript), escaped {@code ~} → {@code ~0}
 * and {@code /} → {@code ~1}; sequence items by index.
 *
 * <p>Every node reached from the root without passing through an alias is known: the position where its value
 * starts (its anchor or tag, if it has one) and, for a mapping entry, where its key starts. An alias is known only
 * by its own position; what lies beneath it is not (so a document full of aliases costs no more to map than to
 * read). A key added by a merge ({@code <<}) has the position of the merged value and the {@code <<} key. Where a
 * key occurs twice the later entry is the one recorded, as its value is the one kept.
 *
 * <p>Instances are immutable once the loader hands them out and safe to share between threads.
 */
public final class SourceMap {
    /** The map of nothing: every lookup gives null. */
    public static final SourceMap EMPTY = new SourceMap(null);

    private final @Nullable Entry root;

    SourceMap(@Nullable Entry root) {
        this.root = root;
    }

    /** Where the value at {@code pointer} starts, or null when the pointer reaches no known node. */
    public @Nullable SourcePosition value(String pointer) {
        Entry e = find(pointer, false);
        return e == null ? null : unpack(e.value);
    }

    /** Where the key of the mapping entry at {@code pointer} starts, or null when unknown or not a mapping entry. */
    public @Nullable SourcePosition key(String pointer) {
        Entry e = find(pointer, false);
        return e == null ? null : unpack(e.key);
    }

    /**
     * Where the value at {@code pointer} starts or, when that node is not known (it lies beneath an alias, or does
     * not exist), where its closest known ancestor starts; null only when nothing at all is known.
     */
    public @Nullable SourcePosition nearest(String pointer) {
        Entry e = find(pointer, true);
        return e == null ? null : unpack(e.value);
    }

    /** True when no position is known. */
    public boolean isEmpty() {
        return root == null;
    }

    private @Nullable Entry find(String pointer, boolean nearest) {
        Entry e = root;
        if (e == null || pointer.isEmpty()) {
            return e;
        }
        if (pointer.charAt(0) != '/') {
            return nearest ? e : null;
        }
        int start = 1;
        while (true) {
            int end = pointer.indexOf('/', start);
            String segment = unescape(pointer.substring(start, end < 0 ? pointer.length() : end));
            Entry next = e.child(segment);
            if (next == null) {
                return nearest ? e : null;
            }
            e = next;
            if (end < 0) {
                return e;
            }
            start = end + 1;
        }
    }

    private static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** Packs a 1-based line and column into one long; 0 means unknown. */
    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private static @Nullable SourcePosition unpack(long packed) {
        if (packed == 0) {
            return null;
        }
        return new SourcePosition((int) (packed >>> 32), (int) packed);
    }

    /** One known node: its value position, its key position (0 when none) and its known children. */
    static final class Entry {
        final long value;
        final long key;
        private @Nullable Map<String, Entry> fields;
        private @Nullable List<Entry> items;

        Entry(long value, long key) {
            this.value = value;
            this.key = key;
        }

        /** The same node as the value of a mapping entry whose key starts at {@code keyPosition}. */
        Entry withKey(long keyPosition) {
            Entry copy = new Entry(value, keyPosition);
            copy.fields = fields;
            copy.items = items;
            return copy;
        }

        void putField(String name, Entry child) {
            Map<String, Entry> f = fields;
            if (f == null) {
                f = new HashMap<>();
                fields = f;
            }
            f.put(name, child);
        }

        void addItem(Entry child) {
            List<Entry> i = items;
            if (i == null) {
                i = new ArrayList<>();
                items = i;
            }
            i.add(child);
        }

        @Nullable Entry field(String name) {
            Map<String, Entry> f = fields;
            return f == null ? null : f.get(name);
        }

        @Nullable Entry item(int index) {
            List<Entry> i = items;
            return i == null || index < 0 || index >= i.size() ? null : i.get(index);
        }

        /** The child named by a pointer segment: a field, or an item by its index. */
        @Nullable Entry child(String segment) {
            Map<String, Entry> f = fields;
            if (f != null) {
                return f.get(segment);
            }
            List<Entry> i = items;
            if (i == null) {
                return null;
            }
            int index = arrayIndex(segment);
            return index >= 0 && index < i.size() ? i.get(index) : null;
        }

        private static int arrayIndex(String segment) {
            int n = segment.length();
            if (n == 0 || n > 9 || (n > 1 && segment.charAt(0) == '0')) {
                return -1;
            }
            int value = 0;
            for (int k = 0; k < n; k++) {
                char c = segment.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
