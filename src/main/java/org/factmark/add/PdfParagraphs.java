package org.factmark.add;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factmark.add.PdfLayout.Line;

/**
 * Joins lines in reading order into paragraphs. A new paragraph starts where the gap above a line is
 * clearly wider than the usual line spacing, where the font size changes (a heading), where the line is
 * indented, or after a short line that ends a sentence; at a new column or page the paragraph goes on
 * unless the one before ended a sentence.
 *
 * <p>A hyphen at a line's end is taken for a soft break and dropped when the next line starts with a
 * lower-case letter ("fact-" + "checker" gives "factchecker"), except when the document also has the
 * hyphenated word within a line ("well-known"): then it is a compound and keeps its hyphen. A soft
 * hyphen (U+00AD) is always dropped.
 */
final class PdfParagraphs {
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(-\\p{L}+)+");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[-\u00AD]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}\\p{L}*)");

    private final List<Line> lines;
    private final float bodySize;
    private final float spacing;
    private final Set<String> compounds = new HashSet<>();

    private PdfParagraphs(List<Line> lines) {
        this.lines = lines;
        this.bodySize = bodySize(lines);
        this.spacing = spacing(lines, bodySize);
        for (Line line : lines) {
            Matcher m = HYPHENATED.matcher(line.text());
            while (m.find()) {
                compounds.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** A paragraph's text and the font size of its first line. */
    record Paragraph(String text, float size) {
    }

    static List<Paragraph> of(List<Line> lines) {
        return new PdfParagraphs(lines).join();
    }

    /** The font size most of the text is set in. */
    static float bodySize(List<Line> lines) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (Line line : lines) {
            chars.merge(Math.round(line.size() * 2), line.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    private static float spacing(List<Line> lines, float bodySize) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            float gap = b.y() - a.y();
            if (!b.breakBefore() && a.page() == b.page() && gap > 0 && sameSize(a.size(), bodySize)
                    && sameSize(b.size(), bodySize)) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return bodySize * 1.2f;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }

    private List<Paragraph> join() {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float size = 0;
        Line previous = null;
        for (Line line : lines) {
            if (previous != null && startsParagraph(previous, line, text)) {
                out.add(new Paragraph(text.toString(), size));
                text.setLength(0);
            }
            if (text.length() == 0) {
                size = line.size();
                text.append(line.text());
            } else {
                append(text, line.text());
            }
            previous = line;
        }
        if (text.length() > 0) {
            out.add(new Paragraph(text.toString(), size));
        }
        out.replaceAll(p -> new Paragraph(p.text().replace("\u00AD", "").strip(), p.size()));
        out.removeIf(p -> p.text().isEmpty());
        return out;
    }

    private boolean startsParagraph(Line previous, Line line, CharSequence sofar) {
        if (!sameSize(previous.size(), line.size())) {
            return true;
        }
        if (line.page() != previous.page() || line.breakBefore()) {
            return endsSentence(sofar);
        }
        float gap = line.y() - previous.y();
        if (gap > spacing * 1.4f || gap < 0) {
            return true;
        }
        if (line.x0() > previous.x0() + line.size()) {
            return true;
        }
        boolean shortLine = previous.x1() < line.x1() - 4 * line.size();
        return shortLine && endsSentence(sofar);
    }

    private void append(StringBuilder text, String next) {
        Matcher last = LAST_WORD.matcher(text);
        Matcher first = FIRST_WORD.matcher(next);
        if (last.find() && first.find()) {
            boolean soft = text.charAt(text.length() - 1) == '\u00AD';
            String compound = (last.group(1) + "-" + first.group(1)).toLowerCase(Locale.ROOT);
            text.setLength(text.length() - 1);
            if (!soft && compounds.contains(compound)) {
                text.append('-');
            }
            text.append(next);
            return;
        }
        text.append(' ').append(next);
    }

    private static boolean endsSentence(CharSequence text) {
        String s = text.toString().strip();
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return ".!?:;\"”’»)。！？".indexOf(c) >= 0;
    }

    private static boolean sameSize(float a, float b) {
        return Math.abs(a - b) <= 0.15f * Math.max(a, b);
    }
}
