package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void noMoveCrossesALineBreak() {
        String text = "The talks ended on 2 April\nThe next round starts in May.";
        int s = text.indexOf("ended");
        int br = text.indexOf('\n');
        for (boolean byWord : new boolean[] {true, false}) {
            assertTrue(SpanAdjuster.move(text, s, br, Edge.END, true, byWord).isEmpty(), "end past the break");
            int next = br + 1;
            assertTrue(SpanAdjuster.move(text, next, text.length(), Edge.START, false, byWord).isEmpty(),
                    "start back over the break");
        }
        assertEquals("April", text.substring(text.indexOf("April"), SpanAdjuster.move(text, text.indexOf("2 April"),
                br, Edge.START, true, true).orElseThrow()[1]));
    }

    @Test
    void randomMovesKeepEachBoundaryInItsParagraph() {
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        String[] pieces = {"word", "1,200", " ", ", ", ".", "\n", "\n\n", "Israel’s", "😀", "“", "”"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(12); i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int from = random.nextInt(text.length());
            int[] span = SpanTrimmer.trim(text, from, from + 1 + random.nextInt(text.length() - from));
            int start = span[0];
            int end = span[1];
            if (start >= end || Character.isLowSurrogate(text.charAt(start))
                    || end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                continue;
            }
            Edge edge = random.nextBoolean() ? Edge.START : Edge.END;
            boolean forward = random.nextBoolean();
            boolean byWord = random.nextBoolean();
            int[] r = SpanAdjuster.move(text, start, end, edge, forward, byWord).orElse(new int[] {start, end});
            String where = "seed " + seed + ", " + edge + (forward ? " forward" : " back") + (byWord ? " by word" : "")
                    + " on [" + start + ", " + end + ") of " + text.replace("\n", "⏎");
            assertTrue(r[0] < r[1], where);
            int was = edge == Edge.START ? start : end;
            int is = edge == Edge.START ? r[0] : r[1];
            assertFalse(text.substring(Math.min(was, is), Math.max(was, is)).contains("\n"),
                    "the boundary crossed a line break: " + where);
        }
    }
}
