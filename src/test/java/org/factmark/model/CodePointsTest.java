package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one place UTF-16 offsets (Java, the text view) meet code-point offsets (the sidecar). */
class CodePointsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "plain ASCII",
        "astral emoji 😀 and 🙂 twice",
        "ZWJ family 👩‍👩‍👧 is five code points",
        "flags 🇺🇦🇮🇷 are pairs of regional indicators",
        "combining e\u0301 and a\u0308\u0301 marks",
        "right-to-left فارسی\u200Cها with ZWNJ and עברית",
        "math 𝔽𝕒𝕔𝕥 and CJK ext B 𠀋 at the end 𝄞",
        "😀",
        ""
    })
    void everyOffsetConvertsBothWaysAsJavaCountsCodePoints(String text) {
        CodePoints cp = CodePoints.of(text);
        assertEquals(text.codePointCount(0, text.length()), cp.codePointLength());
        for (int c = 0; c <= cp.codePointLength(); c++) {
            int u = text.offsetByCodePoints(0, c);
            assertEquals(u, cp.toUtf16(c), "code point " + c);
            assertEquals(c, cp.toCodePoint(u), "UTF-16 offset " + u);
        }
    }

    @Test
    void anOffsetInsideASurrogatePairIsRefused() {
        CodePoints cp = CodePoints.of("a😀b");
        assertEquals(2, cp.toCodePoint(3));
        assertThrows(IllegalArgumentException.class, () -> cp.toCodePoint(2));
        assertThrows(IllegalArgumentException.class, () -> cp.toUtf16(4));
        assertThrows(IllegalArgumentException.class, () -> cp.toCodePoint(-1));
    }

    @Test
    void theFamilyEmojiCountsAsPythonCountsIt() {
        // len("x👩‍👩‍👧y") == 7 in Python: three astral women/girl plus two ZWJ plus x and y
        String s = "x👩‍👩‍👧y";
        CodePoints cp = CodePoints.of(s);
        assertEquals(7, cp.codePointLength());
        assertEquals(6, cp.toCodePoint(s.indexOf('y')));
    }

    @RepeatedTest(30)
    void randomTextsConvertLikeTheJdk(RepetitionInfo info) {
        long seed = 0xFAC7L * 1000 + info.getCurrentRepetition();
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(400);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(5)) {
                case 0 -> b.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
                case 1 -> b.appendCodePoint(0x10000 + random.nextInt(0xFFFF)); // other astral
                case 2 -> b.append('\u200D');
                case 3 -> b.appendCodePoint(0x0300 + random.nextInt(0x70)); // combining
                default -> b.append((char) ('a' + random.nextInt(26)));
            }
        }
        String text = b.toString();
        CodePoints cp = CodePoints.of(text);
        for (int k = 0; k < 50; k++) {
            int c = cp.codePointLength() == 0 ? 0 : random.nextInt(cp.codePointLength() + 1);
            int u = text.offsetByCodePoints(0, c);
            assertEquals(u, cp.toUtf16(c), "seed " + seed + ", code point " + c);
            assertEquals(c, cp.toCodePoint(u), "seed " + seed + ", UTF-16 offset " + u);
        }
    }
}
