package org.factmark.ui.article.highlight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

/** The pieces a paragraph with right-to-left text is drawn in: one per word, script and space. */
class BidiSpansTest {
    private static StyleSpans<Collection<String>> plain(int length) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        b.add(List.of(), length);
        return b.create();
    }

    private static List<String> pieces(String text, StyleSpans<Collection<String>> spans) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            pieces.add(text.substring(at, at + s.getLength()));
            at += s.getLength();
        }
        assertEquals(text.length(), at, "the pieces cover the text");
        return pieces;
    }

    @Test
    void aRightToLeftParagraphIsCutIntoWordsSpacesAndScripts() {
        String text = "به گفته Reuters این سخنرانی‌ها 45 دقیقه.";
        List<String> pieces = pieces(text, BidiSpans.forDisplay(text, 0, text.length(), plain(text.length())));
        assertEquals(List.of("به", " ", "گفته", " ", "Reuters ", "این", " ", "سخنرانی‌ها", " ", "45 ", "دقیقه", "."),
                pieces, "the joiner (U+200C) stays inside its word");
    }

    @Test
    void neighbouringPiecesOfOneStyleDiffer() {
        String text = "او در تهران";
        StyleSpans<Collection<String>> spans = BidiSpans.forDisplay(text, 0, text.length(), plain(text.length()));
        Collection<String> previous = null;
        for (StyleSpan<Collection<String>> s : spans) {
            assertTrue(previous == null || !previous.equals(s.getStyle()), "RichTextFX would merge equal neighbours");
            previous = s.getStyle();
        }
    }

    @Test
    void aHighlightKeepsItsClassOnEveryPieceAndOnlyRightToLeftParagraphsAreCut() {
        String text = "English only here.\nدر تهران گفت";
        int from = text.indexOf("تهران");
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        b.add(List.of(), from);
        b.add(List.of("fm-quote-l0"), text.length() - from);
        StyleSpans<Collection<String>> spans = BidiSpans.forDisplay(text, 0, text.length(), b.create());
        List<String> pieces = pieces(text, spans);
        assertTrue(pieces.get(0).startsWith("English only here.\n"), "the English paragraph is not cut: " + pieces);
        int at = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            assertEquals(at >= from, s.getStyle().contains("fm-quote-l0"), "at " + at);
            at += s.getLength();
        }
    }

    @Test
    void leftToRightTextIsLeftAsItIs() {
        String text = "Officials said that 1,200 people died.";
        StyleSpans<Collection<String>> spans = plain(text.length());
        assertSame(spans, BidiSpans.forDisplay(text, 0, text.length(), spans));
        assertArrayEquals(new int[0], BidiSpans.cuts(text, 0, text.length()));
    }
}
