package org.factmark.agree;

/** Cohen's κ for two annotators coding items 1 or 0. */
public final class Kappa {
    private Kappa() {
    }

    /**
     * κ from the 2 × 2 table of the two annotators' codes. When the expected agreement is 1 (every item coded
     * the same category by both, or no items) κ is undefined; it is given as 1: both said the same of every item.
     */
    public static double cohen(long both, long firstOnly, long secondOnly, long neither) {
        double n = (double) both + firstOnly + secondOnly + neither;
        if (n == 0) {
            return 1.0;
        }
        double observed = (both + neither) / n;
        double first = (both + firstOnly) / n;
        double second = (both + secondOnly) / n;
        double expected = first * second + (1 - first) * (1 - second);
        if (expected >= 1.0) {
            return 1.0;
        }
        return (observed - expected) / (1 - expected);
    }
}
