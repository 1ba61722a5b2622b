package org.factmark.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.factmark.edit.TextSearch;
import org.junit.jupiter.api.Test;

/** One test per thing a reader does not care about when searching, each selecting the original characters. */
class FindAsReaderMeansTest {

    private static String found(String text, String query) {
        return found(text, query, false);
    }

    private static String found(String text, String query, boolean ignoreDiacritics) {
        Optional<int[]> m = new TextSearch(FoldedText.of(text, ignoreDiacritics), query, ignoreDiacritics).next(0);
        return m.map(s -> text.substring(s[0], s[1])).orElse(null);
    }

    @Test
    void asciiDigitsFindPersianAndArabicIndicDigitsAndBack() {
        assertEquals("۱۲۰۰", found("کشته شدن ۱۲۰۰ نفر", "1200"));
        assertEquals("١٢٠٠", found("مقتل ١٢٠٠ شخص", "1200"));
        assertEquals("1200", found("killed 1200 people", "۱۲۰۰"));
        assertEquals("१२००", found("१२०० लोग", "1200"), "every script's decimal digits");
        assertEquals("１２００", found("死亡１２００人", "1200"), "full-width digits");
    }

    @Test
    void arabicAndPersianYehAndKafAreOneLetter() {
        assertEquals("كتابي", found("هذا كتابي", "کتابی"));
        assertEquals("کتابی", found("این کتابی است", "كتابي"));
        assertEquals("على", found("گفت على", "علی"), "alef maksura written for Persian yeh");
    }

    @Test
    void tatweelIsIgnoredInTextAndQuery() {
        assertEquals("کتـــاب", found("این کتـــاب", "کتاب"));
        assertEquals("کتاب", found("این کتاب", "کتـاب"));
    }

    @Test
    void zeroWidthNonJoinerAndOtherFormatCharactersAreIgnored() {
        assertEquals("می‌خواهم", found("من می‌خواهم بروم", "میخواهم"));
        assertEquals("میخواهم", found("من میخواهم بروم", "می‌خواهم"));
        assertEquals("Teh\u00adran", found("in \u200fTeh\u00adran\u200e today", "tehran"), "soft hyphen, bidi marks");
        assertEquals("co\u200doperate", found("we co\u200doperate", "cooperate"));
    }

    @Test
    void aFormatCharacterAtTheEdgeOfAMatchIsNotSelected() {
        String text = "x \u200cword\u200c y";
        assertEquals("word", found(text, "word"));
        assertEquals("word", found(text, "\u200cword\u200c"));
    }

    @Test
    void precomposedAndDecomposedLettersMatchEachOther() {
        assertEquals("cafe\u0301", found("un cafe\u0301 noir", "café"));
        assertEquals("café", found("un café noir", "cafe\u0301"));
        assertEquals("CAFÉ", found("UN CAFÉ", "cafe\u0301"), "and case-insensitively");
        assertEquals("\uFEFB", found("\uFEFB", "لا"), "Arabic presentation forms are their letters");
    }

    @Test
    void diacriticsCountUnlessTheReaderAsksToIgnoreThem() {
        assertEquals(null, found("un café noir", "cafe"), "an accent is not a letter of its own");
        assertEquals(null, found("un cafe\u0301 noir", "cafe"), "not even decomposed");
        assertEquals("café", found("un café noir", "cafe", true));
        assertEquals("cafe\u0301", found("un cafe\u0301 noir", "cafe", true), "the accent goes with its letter");
        assertEquals("كَتَبَ", found("هو كَتَبَ الرسالة", "کتب", true), "Arabic harakat");
        assertEquals("שָׁלוֹם", found("אמר שָׁלוֹם", "שלום", true), "Hebrew points");
        assertEquals("أحمد", found("قال أحمد", "احمد", true), "hamza on alef");
        assertEquals(null, found("قال أحمد", "احمد"));
    }

    @Test
    void matchesNeverSplitALetterFromItsMarks() {
        TextSearch s = new TextSearch(FoldedText.of("e\u0301e", false), "e", false);
        assertArrayEquals(new int[] {2, 3}, s.next(0).orElseThrow());
        assertEquals(1, s.count());
    }

    @Test
    void emojiWithOrWithoutTheirPresentationSelector() {
        assertEquals("❤️", found("I ❤️ NY", "❤"));
        assertEquals("❤", found("I ❤ NY", "❤️"));
        assertEquals("😀", found("ok 😀!", "😀"));
    }

    @Test
    void aQueryOfOnlyIgnorableCharactersFindsNothing() {
        assertEquals(null, found("a\u200cb", "\u200c"));
        assertFalse(Fold.contains("abc", "x", false));
        assertTrue(Fold.contains("Gold price ۱۲۰۰", "PRICE 1200", false));
    }

    @Test
    void nextAndPreviousWalkTheMatchesInOriginalOffsets() {
        String text = "ـ۱۲ a 12 b ١٢";
        TextSearch s = new TextSearch(FoldedText.of(text, false), "12", false);
        int second = text.indexOf("12");
        int third = text.indexOf("١٢");
        assertArrayEquals(new int[] {1, 3}, s.next(0).orElseThrow());
        assertArrayEquals(new int[] {second, second + 2}, s.next(2).orElseThrow());
        assertArrayEquals(new int[] {third, third + 2}, s.previous(0).orElseThrow(), "wraps to the end");
        assertArrayEquals(new int[] {second, second + 2}, s.previous(third).orElseThrow());
        assertEquals(3, s.count());
        assertEquals(2, s.ordinalOf(second));
    }
}
