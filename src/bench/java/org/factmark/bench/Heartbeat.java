package org.factmark.bench;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread was unable to answer: a background thread posts a tiny task every
 * 5 ms and records the longest wait until it ran. That is the longest the window was frozen.
 */
final class Heartbeat implements AutoCloseable {
    private final AtomicLong longest = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    Heartbeat() {
        thread = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> longest.accumulateAndGet(System.nanoTime() - posted, Math::max));
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "factmark-heartbeat");
        thread.setDaemon(true);
        thread.start();
    }

    /** The longest block seen so far, in milliseconds. */
    double longestMs() {
        return longest.get() / 1e6;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
