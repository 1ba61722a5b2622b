package org.factmark.model;

import java.util.Arrays;

/**
 * Converts between the UTF-16 offsets Java and the text view count and the Unicode code-point offsets the
 * sidecar stores. The one place the two units meet.
 *
 * <p>Only supplementary characters (emoji, many CJK extensions, historic scripts) differ: each is one code
 * point but two UTF-16 units. The index keeps where they are, so either conversion is a binary search, and a
 * text without any is converted by identity.
 */
public final class CodePoints {
    /** UTF-16 index of the high surrogate of every supplementary character, ascending. */
    private final int[] pairs;
    private final int utf16Length;

    private CodePoints(int[] pairs, int utf16Length) {
        this.pairs = pairs;
        this.utf16Length = utf16Length;
    }

    public static CodePoints of(String text) {
        int[] found = new int[0];
        int count = 0;
        int n = text.length();
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(16, count * 2));
                }
                found[count++] = i;
                i++;
            }
        }
        return new CodePoints(Arrays.copyOf(found, count), n);
    }

    /** The text's length in code points. */
    public int codePointLength() {
        return utf16Length - pairs.length;
    }

    public int utf16Length() {
        return utf16Length;
    }

    /**
     * The code-point offset of a UTF-16 offset.
     *
     * @throws IllegalArgumentException if the offset is outside the text or splits a surrogate pair
     */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > utf16Length) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16 + " outside 0.." + utf16Length);
        }
        int before = countPairsStartingBefore(utf16);
        if (before > 0 && pairs[before - 1] == utf16 - 1) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16 + " splits a surrogate pair");
        }
        return utf16 - before;
    }

    /**
     * The UTF-16 offset of a code-point offset.
     *
     * @throws IllegalArgumentException if the offset is outside the text
     */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength()) {
            throw new IllegalArgumentException("code point offset " + codePoint + " outside 0.."
                    + codePointLength());
        }
        // The i-th pair sits at code point pairs[i] - i, which rises strictly with i: count those before.
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /** Whether the code-point offset lies inside the text. */
    public boolean inRange(long codePoint) {
        return codePoint >= 0 && codePoint <= codePointLength();
    }

    private int countPairsStartingBefore(int utf16) {
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
