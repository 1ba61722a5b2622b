package org.factmark.add;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factmark.add.PdfWords.Word;

/**
 * Puts a page's words into lines in reading order: words on one baseline make a line; where the page
 * has two columns (a vertical gutter no line crosses), the left column is read before the right one, band
 * by band between the lines that span both (a title, a wide figure caption).
 */
final class PdfLayout {
    /** A line of text on a page; {@code breakBefore} when it starts a new column or page. */
    record Line(String text, float x0, float x1, float y, float size, int page, boolean breakBefore) {
        Line startingBlock() {
            return new Line(text, x0, x1, y, size, page, true);
        }
    }

    /** Words further apart than this many times their size belong to different columns. */
    private static final float COLUMN_GAP = 1.5f;

    private PdfLayout() {
    }

    static List<Line> lines(List<Word> words, int page) {
        List<Line> segments = segments(words, page);
        float gutter = gutter(segments);
        if (Float.isNaN(gutter)) {
            return joinedByBaseline(segments);
        }
        return byColumns(segments, gutter);
    }

    /** Runs of words on one baseline, split where the gap between two words is wide as a gutter. */
    private static List<Line> segments(List<Word> words, int page) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
        List<Line> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word w : sorted) {
            if (!run.isEmpty()) {
                Word last = run.get(run.size() - 1);
                boolean sameLine = Math.abs(w.y() - last.y()) < 0.5f * Math.max(w.size(), last.size());
                boolean gap = w.x0() - last.x1() > COLUMN_GAP * Math.max(w.size(), last.size());
                if (!sameLine || gap) {
                    out.add(line(run, page));
                    run.clear();
                }
            }
            run.add(w);
        }
        if (!run.isEmpty()) {
            out.add(line(run, page));
        }
        return out;
    }

    private static Line line(List<Word> run, int page) {
        StringBuilder text = new StringBuilder();
        float size = 0;
        float y = 0;
        for (Word w : run) {
            text.append(text.length() == 0 ? "" : " ").append(w.text());
            size = Math.max(size, w.size());
            y = Math.max(y, w.y());
        }
        return new Line(text.toString(), run.get(0).x0(), run.get(run.size() - 1).x1(), y, size, page, false);
    }

    /**
     * The x of a gutter in the middle of the text that no narrow segment crosses, with at least three
     * segments wholly on each side and most segments on one side or the other; NaN when the page is one
     * column (a table in a one-column page has its full-width lines around it).
     */
    private static float gutter(List<Line> segments) {
        if (segments.size() < 6) {
            return Float.NaN;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Line s : segments) {
            left = Math.min(left, s.x0());
            right = Math.max(right, s.x1());
        }
        float width = right - left;
        for (float x = left + 0.3f * width; x <= left + 0.7f * width; x += 1f) {
            int crossing = 0;
            int before = 0;
            int after = 0;
            for (Line s : segments) {
                if (s.x1() <= x) {
                    before++;
                } else if (s.x0() >= x) {
                    after++;
                } else if (s.x1() - s.x0() < 0.6f * width) {
                    crossing++;
                }
            }
            if (crossing == 0 && before >= 3 && after >= 3 && before + after >= 0.6f * segments.size()) {
                return x;
            }
        }
        return Float.NaN;
    }

    /** One column: the segments of one baseline are one line again (a table row, a tabbed line). */
    private static List<Line> joinedByBaseline(List<Line> segments) {
        List<Line> out = new ArrayList<>();
        for (Line s : segments) {
            Line last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(s.y() - last.y()) < 0.5f * Math.max(s.size(), last.size())) {
                out.set(out.size() - 1, new Line(last.text() + " " + s.text(), last.x0(), s.x1(), last.y(),
                        Math.max(last.size(), s.size()), last.page(), last.breakBefore()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Line> byColumns(List<Line> segments, float gutter) {
        List<Line> out = new ArrayList<>();
        List<Line> leftColumn = new ArrayList<>();
        List<Line> rightColumn = new ArrayList<>();
        for (Line s : segments) {
            boolean spanning = s.x0() < gutter && s.x1() > gutter;
            if (spanning) {
                flush(out, leftColumn, rightColumn);
                out.add(s);
            } else {
                (s.x1() <= gutter ? leftColumn : rightColumn).add(s);
            }
        }
        flush(out, leftColumn, rightColumn);
        return out;
    }

    private static void flush(List<Line> out, List<Line> leftColumn, List<Line> rightColumn) {
        out.addAll(leftColumn);
        for (int i = 0; i < rightColumn.size(); i++) {
            out.add(i == 0 ? rightColumn.get(i).startingBlock() : rightColumn.get(i));
        }
        leftColumn.clear();
        rightColumn.clear();
    }
}
