package org.factmark.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that put the second core to work: hashing, styling, reading half a sidecar. On a two-core machine
 * {@code CompletableFuture}'s default starts a new thread for every task; these threads are kept a minute for the
 * next task, and named for profiles and thread dumps.
 */
public final class Cores {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "factmark-worker-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Cores() {
    }

    public static ExecutorService pool() {
        return POOL;
    }
}
