package org.factmark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words and whole characters as a reader of each script sees them. */
class WordBreaksTest {
    /** The word {@link WordBreaks#wordAt} gives for the character where {@code inside} starts in {@code text}. */
    private static String wordAt(String text, String inside) {
        int[] w = new WordBreaks(text).wordAt(text.indexOf(inside));
        return text.substring(w[0], w[1]);
    }

    @Test
    void chineseIsCutIntoItsWordsNotTakenAsOneRun() {
        String text = "我们今天去北京参观博物馆。";
        assertEquals("北京", wordAt(text, "京"));
        assertEquals("今天", wordAt(text, "今"));
        assertEquals("参观", wordAt(text, "观"));
    }

    @Test
    void japaneseKanjiAndKanaAreCutIntoWords() {
        String text = "東京都の人口は増えています。";
        assertEquals("人口", wordAt(text, "口"));
        assertEquals("東京", wordAt(text, "東"));
    }

    @Test
    void thaiIsCutByTheDictionary() {
        String text = "สวัสดีครับประเทศไทย";
        assertEquals("สวัสดี", wordAt(text, "สวัสดี"));
        assertEquals("ครับ", wordAt(text, "ครับ"));
        assertEquals("ประเทศไทย", wordAt(text, "ไทย"), "Thailand, one word in the dictionary");
    }

    @Test
    void aPersianWordWithAZeroWidthNonJoinerInsideIsOneWord() {
        String text = "آیت‌الله خامنه‌ای گفت که می‌خواهم.";
        assertEquals("خامنه‌ای", wordAt(text, "خامنه"));
        assertEquals("می‌خواهم", wordAt(text, "خواهم"));
    }

    @Test
    void anEmojiJoinedByZeroWidthJoinersIsOneCharacter() {
        String family = "👩‍👩‍👧‍👦";
        String text = "a" + family + "b🇮🇷c";
        WordBreaks breaks = new WordBreaks(text);
        assertEquals(1 + family.length(), breaks.nextCharacter(1), "past the whole family");
        assertEquals(1, breaks.previousCharacter(1 + family.length()), "back over the whole family");
        int flag = text.indexOf("🇮🇷");
        assertEquals(flag + 4, breaks.nextCharacter(flag), "a flag is one character of four chars");
        assertEquals(1, breaks.characterStartAtOrBefore(3), "inside the family is no place for the caret");
    }

    @Test
    void wordBoundariesStepOverWordsAndTheSpacesBetween() {
        String text = "Gaza 2023 北京市民";
        WordBreaks breaks = new WordBreaks(text);
        assertEquals(4, breaks.nextBoundary(0));
        assertEquals(5, breaks.nextBoundary(4));
        assertEquals(9, breaks.nextBoundary(5));
        assertEquals(12, breaks.nextBoundary(10), "北京 ends at 12, not at the end of the run");
        assertEquals(10, breaks.previousBoundary(12));
        assertEquals(text.length(), breaks.nextBoundary(text.length()));
        assertEquals(0, breaks.previousBoundary(0));
    }
}
