package org.factmark.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The formulas against worked examples published with them. */
class PublishedExamplesTest {
    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section B: four observers, twelve units,
     * nominal values 1–5 with missing values; α = 0.743.
     */
    @Test
    void krippendorffsNominalExampleWithMissingValues() {
        Integer[][] data = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };
        assertEquals(0.743, Alpha.nominal(data), 0.0005);
    }

    /**
     * The same paper, section A: two observers, ten units, binary values; α = 0.095. Checked through the
     * general formula and the counts-only one the agreement uses.
     */
    @Test
    void krippendorffsBinaryExample() {
        Integer[][] data = {
            {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
            {1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
        };
        assertEquals(0.095, Alpha.nominal(data), 0.0005);
        // 6 ones among the 20 values, 4 units where the observers differ (1 × 1 each)
        assertEquals(Alpha.nominal(data), Alpha.binary(10, 2, 6, 4), 1e-12);
    }

    /** Cohen's κ for 50 items: both yes 20, only the first 5, only the second 10, both no 15; κ = 0.4. */
    @Test
    void cohensKappaTextbookTable() {
        assertEquals(0.4, Kappa.cohen(20, 5, 10, 15), 1e-12);
    }

    @Test
    void degenerateCodingsGiveOneNeverNaN() {
        assertEquals(1.0, Kappa.cohen(0, 0, 0, 40));
        assertEquals(1.0, Kappa.cohen(0, 0, 0, 0));
        assertEquals(1.0, Alpha.binary(40, 3, 0, 0));
        assertEquals(1.0, Alpha.binary(0, 2, 0, 0));
    }
}
