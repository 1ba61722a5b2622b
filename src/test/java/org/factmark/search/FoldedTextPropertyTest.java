package org.factmark.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factmark.edit.TextSearch;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts of mixed scripts: a query cut from the text (at letter boundaries) and respelt is found,
 * and every match maps back to exactly the original characters it stands for. The seed is in each message.
 */
class FoldedTextPropertyTest {
    private static final String[] PIECES = {"a", "B", "e", "\u0301", "é", "É", " ", "1", "۱", "١", "ي", "ی", "ك",
        "ک", "ـ", "\u200c", "\u200d", "\u064E", "ا", "أ", "😀", "❤", "\uFE0F", "中", "文", "\uFEFB", "ß", "İ", "ς",
        "Σ", "\n", "ﬁ", "①", "ש", "\u05B8", "\u00AD"};
    /** Spellings a reader takes for the same word; the text uses one and the query another. */
    private static final String[][] SAME = {{"1200", "۱۲۰۰", "١٢٠٠", "１２００"}, {"می‌خواهم", "میخواهم", "مي‌خواهم"},
        {"کتاب", "كتاب", "کتـاب", "کتــاب"}, {"café", "cafe\u0301", "CAFÉ", "CAFE\u0301"}, {"ﻻ", "لا"},
        {"❤️", "❤"}, {"Tehran", "TEHRAN", "Teh\u00adran", "\u200fTehran"}};

    @Test
    void everyMatchIsExactlyTheOriginalCharactersItStandsFor() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 400; round++) {
            boolean loose = random.nextBoolean();
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            List<Integer> bounds = clusterBounds(text);
            int from = bounds.get(random.nextInt(bounds.size()));
            int to = bounds.get(random.nextInt(bounds.size()));
            if (from >= to) {
                continue;
            }
            String query = text.substring(from, to);
            String q = Fold.of(query, loose);
            String where = "seed " + seed + " round " + round + " text " + escape(text) + " query " + escape(query);
            FoldedText folded = FoldedText.of(text, loose);
            List<String> spans = new ArrayList<>();
            for (int at = folded.indexOf(q, 0); at >= 0; at = folded.indexOf(q, at + 1)) {
                int s = folded.originalStart(at);
                int e = folded.originalEnd(at + q.length());
                assertEquals(q, Fold.of(text.substring(s, e), loose), where + ": the span folds to the query");
                assertTrue(bounds.contains(s) && bounds.contains(e), where + ": whole clusters " + s + ".." + e);
                assertTrue(!Fold.of(text.substring(s, Fold.clusterEnd(text, s)), loose).isEmpty()
                        && !Fold.of(text.substring(lastClusterStart(bounds, e), e), loose).isEmpty(),
                        where + ": no ignored character at either edge " + s + ".." + e);
                spans.add(s + ".." + e);
            }
            int[] expected = trimmed(text, bounds, from, to, loose);
            if (expected != null) {
                assertTrue(spans.contains(expected[0] + ".." + expected[1]),
                        where + ": the query's own place " + expected[0] + ".." + expected[1] + " among " + spans);
            }
        }
    }

    @Test
    void aRespeltWordIsFoundAndSelectedWhole() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pick = random.nextInt(8);
            int start = 0;
            String written = "";
            String[] forms = null;
            for (int i = 0; i <= pick + random.nextInt(4); i++) {
                String[] group = SAME[random.nextInt(SAME.length)];
                String word = group[random.nextInt(group.length)];
                text.append(i == 0 ? "" : random.nextBoolean() ? " " : "، ");
                if (i == pick) {
                    start = text.length();
                    written = word;
                    forms = group;
                }
                text.append(word);
            }
            String query = forms[random.nextInt(forms.length)];
            int[] m = new TextSearch(FoldedText.of(text.toString(), false), query, false).next(start).orElseThrow();
            String where = "seed " + seed + " round " + round + " text " + escape(text.toString()) + " query "
                    + escape(query);
            assertEquals(escape(written.replace("\u200f", "")), escape(text.substring(m[0], m[1])), where);
        }
    }

    private static List<Integer> clusterBounds(String text) {
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i < text.length(); i = Fold.clusterEnd(text, i)) {
            bounds.add(i);
        }
        bounds.add(text.length());
        return bounds;
    }

    private static int lastClusterStart(List<Integer> bounds, int end) {
        return bounds.get(bounds.indexOf(end) - 1);
    }

    /** The source range without the clusters that fold to nothing at its edges; null when nothing is left. */
    private static int[] trimmed(String text, List<Integer> bounds, int from, int to, boolean loose) {
        int i = bounds.indexOf(from);
        int j = bounds.indexOf(to);
        while (i < j && Fold.of(text.substring(bounds.get(i), bounds.get(i + 1)), loose).isEmpty()) {
            i++;
        }
        while (j > i && Fold.of(text.substring(bounds.get(j - 1), bounds.get(j)), loose).isEmpty()) {
            j--;
        }
        return i < j ? new int[] {bounds.get(i), bounds.get(j)} : null;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp < 0x80 && cp >= 0x20 ? String.valueOf((char) cp)
                : String.format("\\u%04X", cp)));
        return b.toString();
    }
}
