package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A paragraph's direction from its first strong character, as HTML's {@code dir="auto"}. */
class TextDirectionTest {
    private static boolean rtl(String paragraph) {
        return TextDirection.firstStrongIsRightToLeft(paragraph, 0, paragraph.length());
    }

    @Test
    void theFirstLetterDecidesNotDigitsOrPunctuation() {
        assertTrue(rtl("2023: «سخنرانی» رهبر ایران در Tehran"), "Persian after digits and quotes");
        assertTrue(rtl("(45) قال المرشد"), "Arabic");
        assertTrue(rtl("— נאום המנהיג"), "Hebrew");
        assertFalse(rtl("Reuters: سخنرانی"), "a Latin name first makes the paragraph left to right");
        assertFalse(rtl("۱۲۰۰ 1200 ..."), "no letter at all: left to right");
        assertFalse(rtl(""));
    }

    @Test
    void onlyTheParagraphAskedAboutCounts() {
        String text = "English first.\nفارسی دوم";
        int second = text.indexOf('\n') + 1;
        assertFalse(TextDirection.firstStrongIsRightToLeft(text, 0, second - 1));
        assertTrue(TextDirection.firstStrongIsRightToLeft(text, second, text.length()));
        assertTrue(TextDirection.hasRightToLeft(text, 0, text.length()));
        assertFalse(TextDirection.hasRightToLeft(text, 0, second - 1));
    }

    @Test
    void aChosenDirectionAppliesToEveryParagraph() {
        assertTrue(TextDirection.RTL.isRightToLeft("English", 0, 7));
        assertFalse(TextDirection.LTR.isRightToLeft("فارسی", 0, 5));
        assertTrue(TextDirection.AUTO.isRightToLeft("فارسی", 0, 5));
    }

    @Test
    void theSidecarFieldNamesTheSetting() {
        assertEquals(TextDirection.RTL, TextDirection.in(Map.of("direction", "rtl")));
        assertEquals(TextDirection.AUTO, TextDirection.in(Map.of()));
        assertEquals(TextDirection.AUTO, TextDirection.in(Map.of("direction", 7)));
        assertEquals(Map.of("direction", "ltr"), TextDirection.LTR.into(Map.of()));
        assertEquals(Map.of(), TextDirection.AUTO.into(Map.of("direction", "rtl")));
    }
}
