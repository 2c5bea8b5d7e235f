package org.blocklet4j.resolver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A cache for one run: each key is computed once, by the first thread to ask; threads asking meanwhile wait for
 * that answer. The computing thread never waits on the cache, so a bounded pool cannot dead-lock on it.
 */
final class Memo<K, V> {
    private final ConcurrentHashMap<K, CompletableFuture<V>> map = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> prior = map.putIfAbsent(key, mine);
        if (prior != null) {
            return prior.join();
        }
        try {
            V value = compute.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
