package org.factmark.ui.article.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class ScriptFontTest {
    private static final String SCRIPTS = "من می\u200cخواهم ۱۲۰۰ | השר אמר | मंत्री ने कहा | 部长说 日本語 | I \u2764\ufe0f 😀";

    @Test
    void aBundledFontIsUsedOnlyForItsScriptAndWhereTheMachineLacksOne() {
        Set<ScriptFont> found = EnumSet.noneOf(ScriptFont.class);
        String latin = "Nothing but Latin and Cyrillic: погибли 1200 человек.";
        ScriptSpans.overlay(latin, 0, plain(latin.length()), found);
        assertEquals(Set.of(), found);
        ScriptSpans.overlay(SCRIPTS, 0, plain(SCRIPTS.length()), found);
        for (ScriptFont f : ScriptFont.values()) {
            assertEquals(f.isNeeded(), found.contains(f), f + " is used where this machine has no font for it");
        }
    }

    @Test
    void eachBundledFileHasTheFamilyTheStylesheetNames() {
        for (ScriptFont f : ScriptFont.values()) {
            assertEquals(f.cssFamily(), f.load(), f.toString());
        }
    }

    @Test
    void formatCharactersAreMarkedOneByOneAndKeepTheirHighlight() {
        String text = "ab\u200ccd";
        StyleSpans<Collection<String>> spans = ScriptSpans.overlay(text, 0,
                StyleSpans.singleton(List.of("fm-quote-l0"), text.length()), EnumSet.noneOf(ScriptFont.class));
        assertEquals(List.of("fm-quote-l0"), spans.getStyleSpan(0).getStyle());
        assertEquals(2, spans.getStyleSpan(0).getLength());
        assertEquals(List.of("fm-quote-l0", ScriptSpans.INVISIBLE), spans.getStyleSpan(1).getStyle());
        assertEquals(1, spans.getStyleSpan(1).getLength());
        assertEquals(text.length(), spans.length());
    }

    private static StyleSpans<Collection<String>> plain(int length) {
        return StyleSpans.singleton(List.of(), length);
    }
}
