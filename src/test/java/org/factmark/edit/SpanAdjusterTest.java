package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factmark.edit.SpanAdjuster.Edge;
import org.junit.jupiter.api.Test;

class SpanAdjusterTest {
    private static final String TEXT = "the deaths of approximately 1,200 people, mostly Israel’s civilians.";

    private static String moved(String span, Edge edge, boolean forward, boolean byWord) {
        int s = TEXT.indexOf(span);
        int[] r = SpanAdjuster.move(TEXT, s, s + span.length(), edge, forward, byWord).orElseThrow();
        return TEXT.substring(r[0], r[1]);
    }

    @Test
    void theStartMovesByWholeWordsAndNumbers() {
        assertEquals("approximately 1,200 people", moved("1,200 people", Edge.START, false, true));
        assertEquals("people", moved("1,200 people", Edge.START, true, true), "1,200 is one word");
    }

    @Test
    void theEndMovesByWordsSkippingPunctuationAndKeepsApostrophes() {
        assertEquals("1,200 people, mostly", moved("1,200 people", Edge.END, true, true));
        assertEquals("mostly Israel’s", moved("mostly", Edge.END, true, true));
        assertEquals("1,200", moved("1,200 people", Edge.END, false, true));
    }

    @Test
    void byCharacterMovesOneCodePoint() {
        assertEquals(" 1,200 people", moved("1,200 people", Edge.START, false, false));
        assertEquals("1,200 peopl", moved("1,200 people", Edge.END, false, false));
        String emoji = "a😀b";
        int[] r = SpanAdjuster.move(emoji, 0, 1, Edge.END, true, false).orElseThrow();
        assertEquals("a😀", emoji.substring(r[0], r[1]), "the emoji is never split");
    }

    @Test
    void aSpanNeverBecomesEmptyOrLeavesTheText() {
        int s = TEXT.indexOf("people");
        assertTrue(SpanAdjuster.move(TEXT, s, s + 6, Edge.START, true, true).isEmpty());
        assertTrue(SpanAdjuster.move(TEXT, s, s + 6, Edge.END, false, true).isEmpty());
        assertTrue(SpanAdjuster.move(TEXT, 0, 3, Edge.START, false, true).isEmpty());
    }
}
