package org.factmark.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/**
 * Words and user-perceived characters of one text, by ICU4J (UAX #29 with dictionaries): a run of Chinese,
 * Japanese or Thai is cut into its words, a Persian word with a zero-width non-joiner inside stays one word, and
 * an emoji sequence joined by zero-width joiners is one character. Offsets are UTF-16 indices into the text.
 * Not for use by two threads at once.
 */
public final class WordBreaks {
    private final String text;
    private final BreakIterator words;
    private final BreakIterator characters;

    public WordBreaks(String text) {
        this.text = text;
        words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
    }

    /**
     * The word at {@code offset} as {@code [start, end)}: the one the character there belongs to, or the one
     * ending there if that character is no word's (a space, punctuation, the text's end); the character's
     * own cluster when neither is a word.
     */
    public int[] wordAt(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        if (at < text.length() && isWordStartingAt(startOf(at))) {
            return span(at);
        }
        if (at > 0 && isWordStartingAt(startOf(at - 1))) {
            return span(at - 1);
        }
        if (at == text.length()) {
            return new int[] {at, at};
        }
        return new int[] {characterStartAtOrBefore(at), nextCharacter(at)};
    }

    /** The first word boundary after {@code offset} (the text's end if none). */
    public int nextBoundary(int offset) {
        int b = offset >= text.length() ? BreakIterator.DONE : words.following(Math.max(0, offset));
        return b == BreakIterator.DONE ? text.length() : b;
    }

    /** The last word boundary before {@code offset} (0 if none). */
    public int previousBoundary(int offset) {
        int b = offset <= 0 ? BreakIterator.DONE : words.preceding(Math.min(offset, text.length()));
        return b == BreakIterator.DONE ? 0 : b;
    }

    /** The start of the user-perceived character after the one at {@code offset}. */
    public int nextCharacter(int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        int b = characters.following(Math.max(0, offset));
        return b == BreakIterator.DONE ? text.length() : b;
    }

    /** The start of the user-perceived character before {@code offset}. */
    public int previousCharacter(int offset) {
        if (offset <= 0) {
            return 0;
        }
        int b = characters.preceding(Math.min(offset, text.length()));
        return b == BreakIterator.DONE ? 0 : b;
    }

    /** {@code offset} moved back to the start of the user-perceived character it is inside. */
    public int characterStartAtOrBefore(int offset) {
        if (offset <= 0 || offset >= text.length() || characters.isBoundary(offset)) {
            return Math.max(0, Math.min(offset, text.length()));
        }
        return previousCharacter(offset);
    }

    private int startOf(int at) {
        return words.isBoundary(at) ? at : words.preceding(at);
    }

    private int[] span(int at) {
        int start = startOf(at);
        int end = words.following(start);
        return new int[] {start, end == BreakIterator.DONE ? text.length() : end};
    }

    /** Whether the segment starting at the boundary {@code start} is a word (letters, digits, ideographs…). */
    private boolean isWordStartingAt(int start) {
        if (start >= text.length()) {
            return false;
        }
        words.following(start);
        int status = words.getRuleStatus();
        if (status != BreakIterator.WORD_NONE) {
            return true;
        }
        int cp = text.codePointAt(start);
        return UCharacter.isLetterOrDigit(cp);
    }
}
