package org.factmark.search;

import java.text.Normalizer;

/**
 * What a reader means when searching: one folding applied to the text and the query alike. A cluster (a code
 * point with the combining marks after it) becomes its compatibility decomposition (NFKD, so precomposed and
 * decomposed letters, presentation forms and full-width digits agree), in lower case, with every decimal
 * digit as its ASCII digit, Arabic yeh and alef maksura as Persian yeh, Arabic kaf as Persian keheh, and
 * without tatweel, format characters (ZWNJ, ZWJ, bidi marks, soft hyphen) and variation selectors; and, when
 * asked, without combining marks (Arabic harakat, Hebrew points, Latin accents).
 */
public final class Fold {
    private static final String[] EXACT = new String[0x10000];
    private static final String[] LOOSE = new String[0x10000];

    private Fold() {
    }

    /** The folded form of a whole string; for short strings (a query, a note): the article uses {@link FoldedText}. */
    public static String of(String s, boolean ignoreDiacritics) {
        return FoldedText.of(s, ignoreDiacritics).folded();
    }

    /** Whether {@code text} contains {@code query} as a reader means it; an empty query is in every text. */
    public static boolean contains(String text, String query, boolean ignoreDiacritics) {
        String q = of(query, ignoreDiacritics);
        return q.isEmpty() || FoldedText.of(text, ignoreDiacritics).indexOf(q, 0) >= 0;
    }

    /** The end of the cluster that starts at {@code start}: its code point and the combining marks after it. */
    static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!isMark(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** The folded form of {@code text[start, end)}, one cluster. */
    static String cluster(String text, int start, int end, boolean ignoreDiacritics) {
        if (end - start == 1) {
            char c = text.charAt(start);
            String[] cache = ignoreDiacritics ? LOOSE : EXACT;
            String known = cache[c];
            if (known == null) {
                known = fold(String.valueOf(c), ignoreDiacritics);
                cache[c] = known;
            }
            return known;
        }
        return fold(text.substring(start, end), ignoreDiacritics);
    }

    private static String fold(String cluster, boolean ignoreDiacritics) {
        String decomposed = Normalizer.normalize(cluster, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (isIgnorable(cp) || ignoreDiacritics && isMark(cp) && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                return;
            }
            out.appendCodePoint(letter(cp));
        });
        return out.toString();
    }

    private static int letter(int cp) {
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(cp, 10);
        }
        return switch (cp) {
            case 0x064A, 0x0649 -> 0x06CC; // Arabic yeh, alef maksura: Persian yeh
            case 0x0643 -> 0x06A9; // Arabic kaf: Persian keheh
            default -> Character.toLowerCase(Character.toUpperCase(cp));
        };
    }

    /** Characters a reader does not see as letters: tatweel, format characters, variation selectors. */
    private static boolean isIgnorable(int cp) {
        return cp == 0x0640 || cp == 0x034F || Character.getType(cp) == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x180B && cp <= 0x180F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
