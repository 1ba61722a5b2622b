package org.factmark.ui.article.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    private static String words(int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append("word").append(b.length() % 7).append(' ');
        }
        return b.substring(0, length);
    }

    @Test
    void ordinaryParagraphsAreShownAsTheyAre() {
        String text = words(3000) + "\n\n" + words(3900);
        assertSame(text, DisplayText.of(text));
    }

    @Test
    void aVeryLongParagraphIsShownAsSeveralWithEveryOffsetUnchanged() {
        String text = "Intro.\n" + words(200_000) + "\nEnd.";
        String shown = DisplayText.of(text);
        assertEquals(text.length(), shown.length());
        int breaks = 0;
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown.charAt(i) != text.charAt(i)) {
                assertEquals(' ', text.charAt(i), "only spaces become line breaks");
                assertEquals('\n', shown.charAt(i));
                breaks++;
            }
            run = shown.charAt(i) == '\n' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        assertTrue(breaks > 100, "split into many display paragraphs: " + breaks);
        assertTrue(longest <= DisplayText.LONGEST, "no display paragraph is longer than " + DisplayText.LONGEST
                + ": " + longest);
    }

    @Test
    void aLongRunWithoutSpacesIsLeftAlone() {
        String text = "x".repeat(10_000);
        assertSame(text, DisplayText.of(text));
    }
}
