package org.factmark.ui.article.highlight;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factmark.model.TextDirection;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style spans cut so that JavaFX never has to split a right-to-left run to wrap a line.
 *
 * <p>JavaFX 21 on Linux (its Pango text layout, {@code PangoGlyphLayout}) draws right-to-left runs wrongly in
 * two ways: when a line break falls inside a run, the line's part keeps every glyph of the whole run, so the
 * line overflows its width and its words are drawn again on the next line; and when Pango shapes one run in
 * several fonts (the letters in an Arabic or Hebrew fallback font, spaces and punctuation in the reading font),
 * the pieces are put in logical instead of visual order, so a full stop lands on the wrong side of its word.
 * Each style span is one {@code Text} node and so at least one run. Cutting the spans of a paragraph that holds
 * right-to-left text at every line-break opportunity (those of the {@link BreakIterator} JavaFX itself wraps
 * with) and wherever right-to-left letters meet other characters means that every line break falls between
 * two runs and that every run is drawn in one font; JavaFX handles both, and the bidi order across the runs is
 * still the paragraph's. Neighbouring pieces alternate a class ({@value #PIECE}) that no stylesheet styles, so
 * RichTextFX keeps them apart; highlights that cover several pieces are still drawn as one shape.
 */
public final class BidiSpans {
    /** The class that tells apart two neighbouring pieces of otherwise equal style. */
    public static final String PIECE = "fm-piece";

    private BidiSpans() {
    }

    /**
     * {@code spans}, which cover exactly {@code shown[from, to)} (whole paragraphs), cut at the line-break
     * opportunities of the paragraphs that hold right-to-left text; unchanged when there are none.
     */
    public static StyleSpans<Collection<String>> forDisplay(String shown, int from, int to,
                                                            StyleSpans<Collection<String>> spans) {
        int[] cuts = cuts(shown, from, to);
        if (cuts.length == 0) {
            return spans;
        }
        Map<Collection<String>, Collection<String>> marked = new HashMap<>();
        StyleSpansBuilder<Collection<String>> built = new StyleSpansBuilder<>(spans.getSpanCount() + cuts.length);
        int at = from;
        int c = 0;
        boolean odd = false;
        for (StyleSpan<Collection<String>> span : spans) {
            int end = at + span.getLength();
            int pos = at;
            for (; c < cuts.length && cuts[c] < end; c++) {
                if (cuts[c] > pos) {
                    built.add(odd ? mark(span.getStyle(), marked) : span.getStyle(), cuts[c] - pos);
                    pos = cuts[c];
                }
                odd = !odd;
            }
            if (end > pos) {
                built.add(odd ? mark(span.getStyle(), marked) : span.getStyle(), end - pos);
            }
            at = end;
        }
        return built.create();
    }

    /** The line-break opportunities inside the paragraphs of {@code shown[from, to)} that hold RTL text. */
    static int[] cuts(String shown, int from, int to) {
        if (!TextDirection.hasRightToLeft(shown, from, to)) {
            return new int[0];
        }
        int[] cuts = new int[64];
        int count = 0;
        BreakIterator lines = BreakIterator.getLineInstance();
        for (int p = from; p < to; ) {
            int newline = shown.indexOf('\n', p);
            int end = newline < 0 || newline > to ? to : newline;
            if (TextDirection.hasRightToLeft(shown, p, end)) {
                lines.setText(shown.substring(p, end));
                int b = lines.next();
                boolean wasRtl = rightToLeft(shown.codePointAt(p));
                for (int i = p + Character.charCount(shown.codePointAt(p)); i < end; ) {
                    int cp = shown.codePointAt(i);
                    boolean rtl = joins(cp) ? wasRtl : rightToLeft(cp);
                    while (b != BreakIterator.DONE && p + b < i) {
                        b = lines.next();
                    }
                    if (rtl != wasRtl || b != BreakIterator.DONE && p + b == i) {
                        if (count == cuts.length) {
                            cuts = Arrays.copyOf(cuts, count * 2);
                        }
                        cuts[count++] = i;
                    }
                    wasRtl = rtl;
                    i += Character.charCount(cp);
                }
            }
            p = end + 1;
        }
        return Arrays.copyOf(cuts, count);
    }

    /** Right-to-left letters and Arabic digits: what the fallback font of a right-to-left script draws. */
    private static boolean rightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }

    /** Marks, joiners and the tatweel belong with the letter before them: a cut there would break the joining. */
    private static boolean joins(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || cp == '\u0640';
    }

    private static Collection<String> mark(Collection<String> style, Map<Collection<String>, Collection<String>> marked) {
        return marked.computeIfAbsent(style, s -> {
            List<String> classes = new ArrayList<>(s);
            classes.add(PIECE);
            return List.copyOf(classes);
        });
    }
}
