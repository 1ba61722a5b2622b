package org.factmark.add;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factmark.add.PdfLayout.Line;

/**
 * Drops running headers, footers and page numbers: among the two top-most and two bottom-most lines of
 * each page that lie in its top or bottom eighth (the margins), a line that recurs (digits aside) at the same
 * edge of at least half the pages, and a line that is only a page number ("7", "Page 7", "7 of 12",
 * "- 7 -"). A one-page document keeps all its lines.
 */
final class PdfRunningLines {
    private static final int EDGE_LINES = 2;
    private static final float MARGIN = 0.125f;
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(page|p\\.|seite|página|pagina)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?\\s*((of|/|de|von|sur)\\s*\\d{1,4})?");

    private PdfRunningLines() {
    }

    /** The pages' lines without the running ones; {@code heights} are the pages' heights in points. */
    static List<List<Line>> dropped(List<List<Line>> pages, List<Float> heights) {
        if (pages.size() < 2) {
            return pages;
        }
        Map<String, Integer> topCounts = counts(pages, heights, true);
        Map<String, Integer> bottomCounts = counts(pages, heights, false);
        int enough = Math.max(2, (pages.size() + 1) / 2);
        List<List<Line>> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Line> page = pages.get(i);
            Set<Line> drop = new HashSet<>();
            for (Line line : edge(page, heights.get(i), true)) {
                if (topCounts.get(key(line)) >= enough || isPageNumber(line)) {
                    drop.add(line);
                }
            }
            for (Line line : edge(page, heights.get(i), false)) {
                if (bottomCounts.get(key(line)) >= enough || isPageNumber(line)) {
                    drop.add(line);
                }
            }
            List<Line> kept = new ArrayList<>();
            for (Line line : page) {
                if (!drop.contains(line)) {
                    kept.add(line);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static Map<String, Integer> counts(List<List<Line>> pages, List<Float> heights, boolean top) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Set<String> seen = new HashSet<>();
            for (Line line : edge(pages.get(i), heights.get(i), top)) {
                seen.add(key(line));
            }
            for (String key : seen) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The lines nearest the page's top (or bottom) edge that lie in its top (or bottom) margin. */
    private static List<Line> edge(List<Line> page, float height, boolean top) {
        List<Line> byY = new ArrayList<>();
        for (Line line : page) {
            if (top ? line.y() < MARGIN * height : line.y() > (1 - MARGIN) * height) {
                byY.add(line);
            }
        }
        byY.sort((a, b) -> top ? Float.compare(a.y(), b.y()) : Float.compare(b.y(), a.y()));
        return byY.subList(0, Math.min(EDGE_LINES, byY.size()));
    }

    private static String key(Line line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    private static boolean isPageNumber(Line line) {
        return PAGE_NUMBER.matcher(line.text().strip()).matches();
    }
}
