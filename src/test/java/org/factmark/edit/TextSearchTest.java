package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSearchTest {
    private static final String TEXT = "About 1,200 People died; 1,200 PEOPLE were hurt. Ümlaut ümlaut.";

    @Test
    void findsCaseInsensitivelyAndWrapsAround() {
        TextSearch s = new TextSearch(TEXT, "1,200 people");
        int first = TEXT.indexOf("1,200 People");
        int second = TEXT.indexOf("1,200 PEOPLE");
        assertArrayEquals(new int[] {first, first + 12}, s.next(0).orElseThrow());
        assertArrayEquals(new int[] {second, second + 12}, s.next(first + 1).orElseThrow());
        assertArrayEquals(new int[] {first, first + 12}, s.next(second + 1).orElseThrow(), "wraps to the start");
        assertEquals(2, s.count());
        assertEquals(2, s.ordinalOf(second));
    }

    @Test
    void previousWrapsToTheEnd() {
        TextSearch s = new TextSearch(TEXT, "ümlaut");
        int last = TEXT.lastIndexOf("ümlaut");
        assertArrayEquals(new int[] {last, last + 6}, s.previous(0).orElseThrow());
        assertEquals(2, s.count(), "case folding beyond ASCII");
    }

    @Test
    void regexCharactersAreLiteral() {
        assertTrue(new TextSearch("a.b axb", "a.b").next(1).map(m -> m[0] == 0).orElse(false));
        assertEquals(1, new TextSearch("a.b axb", "a.b").count());
    }

    @Test
    void emptyQueryFindsNothing() {
        assertTrue(new TextSearch(TEXT, "").next(0).isEmpty());
    }
}
