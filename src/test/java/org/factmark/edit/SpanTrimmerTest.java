package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SpanTrimmerTest {
    @Test
    void trimsSpacesTabsNewlinesAndNoBreakSpaces() {
        String t = " \t\u00A0word one\n ";
        assertArrayEquals(new int[] {3, 11}, SpanTrimmer.trim(t, 0, t.length()));
    }

    @Test
    void allWhitespaceCollapsesToEmpty() {
        int[] r = SpanTrimmer.trim("a   b", 1, 4);
        assertArrayEquals(new int[] {4, 4}, r);
    }

    @Test
    void reversedSelectionIsNormalised() {
        assertArrayEquals(new int[] {0, 3}, SpanTrimmer.trim("abc ", 4, 0));
    }

    @Test
    void keepsAstralCharactersWhole() {
        String t = " 🇺🇦 ";
        assertArrayEquals(new int[] {1, 5}, SpanTrimmer.trim(t, 0, t.length()));
    }
}
