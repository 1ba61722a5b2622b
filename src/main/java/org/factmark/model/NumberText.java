package org.factmark.model;

import java.math.BigDecimal;

/**
 * A number as people and tables read it: plainly ({@code 1200}, {@code 0.5}, {@code -5.5}) while that takes at
 * most {@value #MAX_PLAIN} characters, otherwise in E notation ({@code 1E+999999999}), which is as exact and as
 * short as the file's own. A sidecar number is at most 100 characters, but {@code 1e999999999} written out
 * plainly is a billion digits: every place that prints a number uses this.
 */
public final class NumberText {
    /** The longest plain form written; beyond it, E notation. */
    public static final int MAX_PLAIN = 64;

    private NumberText() {
    }

    /** The number as text, plainly when short. */
    public static String of(Number n) {
        if (n instanceof BigDecimal d) {
            return plainLength(d) <= MAX_PLAIN ? d.toPlainString() : d.toString();
        }
        if ((n instanceof Double || n instanceof Float) && Double.isFinite(n.doubleValue())) {
            return of(new BigDecimal(n.toString()));
        }
        return n.toString();
    }

    /** How many characters {@link BigDecimal#toPlainString()} would write, sign and point included, near enough. */
    private static long plainLength(BigDecimal d) {
        long digits = d.precision();
        long scale = d.scale();
        long length = scale <= 0 ? digits - scale : Math.max(digits, scale + 1) + 1;
        return length + (d.signum() < 0 ? 1 : 0);
    }
}
