package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void linesAndColumnsAreOneBasedInTheDescriptionAndCountEmojiOnce() {
        String text = "first\n😀ab\n\nlast";
        LineIndex index = new LineIndex(text);
        assertEquals(4, index.lineCount());
        assertEquals("Ln 1, Col 1", index.describe(0));
        assertEquals("Ln 2, Col 2", index.describe(text.indexOf('a')), "the emoji is one column, two UTF-16 units");
        assertEquals("Ln 3, Col 1", index.describe(text.indexOf("\n\n") + 1));
        assertEquals("Ln 4, Col 5", index.describe(text.length()));
    }
}
