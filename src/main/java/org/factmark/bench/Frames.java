package org.factmark.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Timing on the JavaFX thread: from an action to the next frame laid out after it. */
final class Frames {
    private Frames() {
    }

    /** Runs {@code action} on the JavaFX thread and returns the nanoseconds until the next pulse has laid out. */
    static long untilNextFrame(Supplier<Scene> scene, Runnable action) {
        CountDownLatch done = new CountDownLatch(1);
        long[] time = new long[2];
        Platform.runLater(() -> {
            Scene s = scene.get();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                time[1] = System.nanoTime();
                s.removePostLayoutPulseListener(listener[0]);
                done.countDown();
            };
            time[0] = System.nanoTime();
            action.run();
            s.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        await(done);
        return time[1] - time[0];
    }

    /**
     * Runs {@code action} and returns the nanoseconds until the first frame laid out after {@code done} holds
     * (work the action hands to a background thread included).
     */
    static long untilFrameWhen(Supplier<Scene> scene, Runnable action, java.util.function.BooleanSupplier done) {
        CountDownLatch latch = new CountDownLatch(1);
        long[] time = new long[2];
        Platform.runLater(() -> {
            Scene s = scene.get();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.getAsBoolean()) {
                    time[1] = System.nanoTime();
                    s.removePostLayoutPulseListener(listener[0]);
                    latch.countDown();
                } else {
                    Platform.requestNextPulse();
                }
            };
            time[0] = System.nanoTime();
            action.run();
            s.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        await(latch);
        return time[1] - time[0];
    }

    /** Runs on the JavaFX thread and waits for it. */
    static <T> T onFx(Supplier<T> work) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        await(done);
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the JavaFX thread did not answer within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
