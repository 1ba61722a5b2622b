package org.factmark.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Timing on the JavaFX thread: from an action to the next frame laid out after it. */
final class Frames {
    private Frames() {
    }

    /**
     * One operation's cost. {@code latency}: from the action to the end of the next pulse's layout, which
     * includes waiting for the pulse timer's next 60 Hz tick (0–16.7 ms whatever the work). {@code work}: what
     * the JavaFX thread spent on it — the action itself plus that pulse's animation, CSS and layout passes —
     * which is what decides whether the change makes the next frame.
     */
    record Timing(long latency, long work) {
    }

    /** Runs {@code action} on the JavaFX thread and times it to the next pulse laid out after it. */
    static Timing untilNextFrame(Supplier<Scene> scene, Runnable action) {
        CountDownLatch done = new CountDownLatch(1);
        long[] time = new long[4]; // action start, action end, pulse start, pulse laid out
        Platform.runLater(() -> {
            Scene s = scene.get();
            AnimationTimer pulseStart = new AnimationTimer() { // animation timers run first in a pulse
                @Override
                public void handle(long now) {
                    if (time[2] == 0) {
                        time[2] = System.nanoTime();
                    }
                }
            };
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                time[3] = System.nanoTime();
                s.removePostLayoutPulseListener(listener[0]);
                pulseStart.stop();
                done.countDown();
            };
            time[0] = System.nanoTime();
            action.run();
            time[1] = System.nanoTime();
            pulseStart.start();
            s.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        await(done);
        long pulse = time[2] == 0 ? 0 : time[3] - time[2];
        return new Timing(time[3] - time[0], time[1] - time[0] + pulse);
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

    /**
     * Waits a random part of a 60 Hz frame, so that what is timed next starts at any point of the frame cycle,
     * as a user's click does, not always just after a frame.
     */
    static void anyPhase(java.util.Random random) {
        try {
            Thread.sleep(random.nextInt(17));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
