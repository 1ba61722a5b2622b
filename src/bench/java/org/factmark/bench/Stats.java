package org.factmark.bench;

import java.util.List;

/** Median, spread and percentiles of repeated measurements, in milliseconds. */
record Stats(double median, double min, double max, double p50, double p99, int n) {
    static Stats of(List<Long> nanos) {
        double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        return new Stats(percentile(ms, 50), ms[0], ms[ms.length - 1], percentile(ms, 50), percentile(ms, 99),
                ms.length);
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.1f ms (%.1f–%.1f, n=%d)", median, min, max, n);
    }
}
