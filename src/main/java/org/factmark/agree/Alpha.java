package org.factmark.agree;

import java.util.HashMap;
import java.util.Map;

/** Krippendorff's α for nominal data, from the coincidence of values within units. */
public final class Alpha {
    private Alpha() {
    }

    /**
     * α for units coded 0 or 1 by every one of {@code coders} annotators.
     *
     * @param units        how many units
     * @param ones         how many of the units × coders values are 1
     * @param disagreement the sum over units of (coders giving 1) × (coders giving 0)
     * @return 1 − (n − 1) × Σ n₀ᵤn₁ᵤ ÷ ((m − 1) × n₀ × n₁), with n = units × m; 1 when only one value occurs
     */
    public static double binary(long units, int coders, long ones, long disagreement) {
        double n = (double) units * coders;
        double zeros = n - ones;
        if (coders < 2 || ones == 0 || zeros == 0) {
            return 1.0;
        }
        return 1.0 - (n - 1) * disagreement / ((coders - 1) * zeros * ones);
    }

    /**
     * α for nominal values in general: {@code data[coder][unit]}, null where a coder gave no value. Units with
     * fewer than two values are not pairable and left out, as Krippendorff defines. 1 when fewer than two
     * distinct values occur in pairable units.
     */
    public static double nominal(Object[][] data) {
        int unitCount = data.length == 0 ? 0 : data[0].length;
        Map<Object, Map<Object, Double>> coincidence = new HashMap<>();
        for (int u = 0; u < unitCount; u++) {
            Map<Object, Integer> values = new HashMap<>();
            int m = 0;
            for (Object[] coder : data) {
                if (coder[u] != null) {
                    values.merge(coder[u], 1, Integer::sum);
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            for (var c : values.entrySet()) {
                for (var k : values.entrySet()) {
                    double pairs = c.getKey().equals(k.getKey()) ? c.getValue() * (c.getValue() - 1.0)
                            : c.getValue() * (double) k.getValue();
                    coincidence.computeIfAbsent(c.getKey(), x -> new HashMap<>())
                            .merge(k.getKey(), pairs / (m - 1), Double::sum);
                }
            }
        }
        Map<Object, Double> totals = new HashMap<>();
        coincidence.forEach((c, row) -> totals.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        double observed = 0;
        double expected = 0;
        for (Object c : totals.keySet()) {
            for (Object k : totals.keySet()) {
                if (!c.equals(k)) {
                    observed += coincidence.get(c).getOrDefault(k, 0.0);
                    expected += totals.get(c) * totals.get(k);
                }
            }
        }
        if (expected == 0) {
            return 1.0;
        }
        return 1.0 - (n - 1) * observed / expected;
    }
}
