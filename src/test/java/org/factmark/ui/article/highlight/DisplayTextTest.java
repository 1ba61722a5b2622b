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

    /** Chinese news-like text without a single space or line break, {@code length} characters or so. */
    static String chinese(int length, long seed) {
        String[] words = {"政府", "今天", "宣布", "北京", "市民", "报道", "医院", "死亡", "人数", "达到", "一千",
            "二百", "人", "，", "。", "根据", "卫生部", "的", "数据", "😀", "𠀀"};
        java.util.Random random = new java.util.Random(seed);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(words[random.nextInt(words.length)]);
        }
        return b.toString();
    }

    @Test
    void aLongChineseParagraphIsSplitAtLineBreakOpportunitiesWithAnExactMap() {
        long seed = System.nanoTime();
        String text = "导言。\n" + chinese(200_000, seed) + "\n结束。";
        DisplayText display = DisplayText.split(text);
        String shown = display.shown();
        assertTrue(shown.length() > text.length() + 100, "breaks were inserted (seed " + seed + ")");
        int longest = 0;
        for (String paragraph : shown.split("\n")) {
            longest = Math.max(longest, paragraph.length());
        }
        assertTrue(longest <= DisplayText.LONGEST, "longest display paragraph " + longest + " (seed " + seed + ")");
        assertEquals(text, display.articleText(0, shown.length()), "the breaks are the only change (seed " + seed + ")");
        for (int m = 0; m < text.length(); m++) {
            int at = display.toShown(m);
            assertEquals(text.charAt(m), shown.charAt(at), "offset " + m + " (seed " + seed + ")");
            assertEquals(m, display.toModel(at), "offset " + m + " (seed " + seed + ")");
            if (at > 0 && shown.charAt(at - 1) == '\n' && text.charAt(m - 1) != '\n') {
                assertTrue(!Character.isLowSurrogate(text.charAt(m)), "a break splits a surrogate pair at " + m);
                assertTrue("，。".indexOf(text.charAt(m)) < 0, "a line must not start with punctuation at " + m);
                assertEquals(display.toShownEnd(m), at - 1, "a span ending at " + m + " ends before the break");
            }
        }
        assertEquals(text.length(), display.toModel(shown.length()));
    }

    @Test
    void aLongThaiParagraphIsSplitBetweenWords() {
        String[] parts = {"สวัสดี", "ครับ", "ประเทศ", "ไทย", "รัฐบาล", "ประกาศ", "วัน", "นี้"};
        String words = String.join("", parts);
        java.util.Set<Integer> wordStarts = new java.util.HashSet<>();
        for (int i = 0, at = 0; i < parts.length; at += parts[i++].length()) {
            wordStarts.add(at);
        }
        String text = words.repeat(300);
        DisplayText display = DisplayText.split(text);
        assertTrue(!display.isIdentity(), "split");
        String shown = display.shown();
        for (int i = shown.indexOf('\n'); i >= 0; i = shown.indexOf('\n', i + 1)) {
            int m = display.toModel(i);
            assertTrue(wordStarts.contains(m % words.length()),
                    "a break inside a Thai word, at " + m % words.length() + " of " + words);
        }
    }

    @Test
    void spansAndSelectionsMapBothWays() {
        String text = chinese(9_000, 7);
        DisplayText display = DisplayText.split(text);
        int cut = display.shown().indexOf('\n');
        int m = display.toModel(cut);
        assertEquals(cut, display.toShownEnd(m));
        assertEquals(cut + 1, display.toShown(m));
        assertEquals(text.substring(m - 3, m + 3), display.articleText(display.toShown(m - 3),
                display.toShownEnd(m + 3)));
    }
}
