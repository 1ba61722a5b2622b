package org.factmark.ui.article.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Adds to the highlight styles what the characters themselves need. Zero-width format characters (ZWNJ, ZWJ,
 * bidi marks, soft hyphen, variation selectors…) get {@value #INVISIBLE}: on Linux JavaFX shapes them with
 * Pango, which gives them no glyph, and JavaFX then draws the font's missing-glyph box at zero width in
 * their place; the class hides that box. A ZWNJ becomes a span boundary, where the letters
 * around it take their separate forms exactly as the ZWNJ asks. Runs of Arabic, Hebrew, Devanagari, CJK and
 * emoji characters get a class naming the bundled font that has their glyphs, where the machine has no font
 * of its own for them (see {@link ScriptFont}).
 */
public final class ScriptSpans {
    public static final String INVISIBLE = "invisible-char";

    private ScriptSpans() {
    }

    /**
     * {@code spans}, which style {@code shown[from, from + spans.length())}, with the characters' own classes
     * added; the scripts found are added to {@code found}. The same spans when there is nothing to add.
     */
    public static StyleSpans<Collection<String>> overlay(String shown, int from, StyleSpans<Collection<String>> spans,
            Set<ScriptFont> found) {
        int to = from + spans.length();
        if (isPlain(shown, from, to)) {
            return spans;
        }
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>(spans.getSpanCount() + 8);
        int at = from;
        for (StyleSpan<Collection<String>> span : spans) {
            int end = at + span.getLength();
            int i = at;
            while (i < end) {
                String kind = kindOf(shown, i);
                int j = i + Character.charCount(shown.codePointAt(i));
                while (j < end && sameRun(kind, shown, j)) {
                    j += Character.charCount(shown.codePointAt(j));
                }
                j = Math.min(j, end);
                out.add(with(span.getStyle(), kind), j - i);
                if (kind != null && !kind.equals(INVISIBLE)) {
                    found.add(ScriptFont.byStyleClass(kind));
                }
                i = j;
            }
            at = end;
        }
        return out.create();
    }

    /** Whether {@code shown[from, to)} holds only characters that need no class of their own. */
    private static boolean isPlain(String shown, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = shown.charAt(i);
            if (c >= 0x00AD && kindOf(shown, i) != null) {
                return false;
            }
        }
        return true;
    }

    /** A run goes on through characters of its kind, and through spaces, digits and punctuation (for scripts). */
    private static boolean sameRun(String kind, String shown, int i) {
        String next = kindOf(shown, i);
        if (next == null && kind != null && !kind.equals(INVISIBLE)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(shown.codePointAt(i));
            return script == Character.UnicodeScript.COMMON && !isEmoji(shown.codePointAt(i))
                    || script == Character.UnicodeScript.INHERITED;
        }
        return java.util.Objects.equals(kind, next);
    }

    /** The class the character at {@code i} needs, or null. */
    static String kindOf(String shown, int i) {
        int cp = shown.codePointAt(i);
        if (cp < 0x00AD) {
            return null;
        }
        if (isInvisible(cp)) {
            return INVISIBLE;
        }
        if (isEmoji(cp)) {
            return ScriptFont.EMOJI.isNeeded() ? ScriptFont.EMOJI.styleClass() : null;
        }
        ScriptFont font = ScriptFont.forScript(Character.UnicodeScript.of(cp));
        return font == null ? null : font.styleClass();
    }

    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F || cp == 0x034F
                || cp >= 0x180B && cp <= 0x180F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** Pictographs, symbols and regional indicators that emoji fonts draw. */
    static boolean isEmoji(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF
                || cp == 0x2764 || cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static Collection<String> with(Collection<String> style, String kind) {
        if (kind == null) {
            return style;
        }
        if (style.isEmpty()) {
            return Collections.singletonList(kind);
        }
        ArrayList<String> both = new ArrayList<>(style.size() + 1);
        both.addAll(style);
        both.add(kind);
        return both;
    }
}
