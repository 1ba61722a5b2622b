package org.factmark.ui.article.highlight;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/**
 * The highlight classes of a label schema as a stylesheet, so a folder's own labels get their own colours.
 * Each lane is its own visual channel: lane 0 a tinted background, lane 1 a thick underline, lane 2 a box,
 * lane 3 and deeper bold coloured text.
 */
public final class LabelStyles {
    private LabelStyles() {
    }

    public static String css(LabelSet labels) {
        StringBuilder css = new StringBuilder();
        for (LabelDef def : labels.labels()) {
            String c = def.colour();
            int r = Integer.parseInt(c.substring(1, 3), 16);
            int g = Integer.parseInt(c.substring(3, 5), 16);
            int b = Integer.parseInt(c.substring(5, 7), 16);
            String name = "fm-" + HighlightProjection.cssName(def.id());
            css.append(String.format(Locale.ROOT, ".%s-l0 { -rtfx-background-color: rgba(%d, %d, %d, 0.26); }%n",
                    name, r, g, b));
            css.append(String.format(Locale.ROOT, ".%s-l1 { -rtfx-underline-color: %s; -rtfx-underline-width: 3px; "
                    + "-rtfx-underline-offset: 1px; }%n", name, c));
            css.append(String.format(Locale.ROOT, ".%s-l2 { -rtfx-border-stroke-color: %s; "
                    + "-rtfx-border-stroke-width: 1.6px; -rtfx-border-stroke-type: outside; }%n", name, c));
            int[] ink = ink(r, g, b);
            css.append(String.format(Locale.ROOT, ".%s-l3 { -fx-font-weight: bold; -fx-fill: #%02x%02x%02x; }%n",
                    name, ink[0], ink[1], ink[2]));
        }
        return css.toString();
    }

    /**
     * A label's colour darkened until it reads as text on the article's page (#fdfdfb) with the WCAG AA
     * contrast of 4.5:1: the Okabe–Ito orange at 70 % is still too light.
     */
    static int[] ink(int r, int g, int b) {
        double page = luminance(0xfd, 0xfd, 0xfb);
        for (int percent = 70; ; percent -= 5) {
            int[] c = {r * percent / 100, g * percent / 100, b * percent / 100};
            if (percent <= 0 || (page + 0.05) / (luminance(c[0], c[1], c[2]) + 0.05) >= 4.5) {
                return c;
            }
        }
    }

    private static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The stylesheet as a URL a scene can load. */
    public static String dataUri(LabelSet labels) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css(labels).getBytes(StandardCharsets.UTF_8));
    }
}
