package org.factmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Warm-up, then measured rounds. An operation of a few milliseconds is still being compiled after one round,
 * so warm-up goes on while it is quick: at least one round, then more up to {@link #WARM_ROUNDS} or
 * {@link #WARM_NANOS} in all. Factmark and the floor are warmed by the same rule.
 */
final class Rounds {
    static final int WARM_ROUNDS = 20;
    static final long WARM_NANOS = 2_000_000_000L;

    private Rounds() {
    }

    /** What {@code once} returns for each of {@code repeats} rounds, after the warm-up rounds. */
    static <T> List<T> measure(int repeats, Supplier<T> once) {
        long start = System.nanoTime();
        int warm = 0;
        do {
            once.get();
            warm++;
        } while (warm < WARM_ROUNDS && System.nanoTime() - start < WARM_NANOS);
        List<T> measured = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            measured.add(once.get());
        }
        return measured;
    }
}
