package org.factmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factmark.model.ArticleText;
import org.factmark.model.NewlineStyle;
import org.factmark.suggest.Prose;
import org.factmark.suggest.Suggesters;

/**
 * How long the suggesters take on a 100 KB and a 5 MB article made of the bundled sample repeated, and on odd
 * input (a 100 KB sentence, "1,2,3,…" ×100,000): the median of five runs after two warm-ups, in ms.
 * Run: {@code java -cp target/classes:target/test-classes org.factmark.bench.SuggestBench}.
 */
public final class SuggestBench {
    private SuggestBench() {
    }

    public static void main(String[] args) throws Exception {
        String sample = Files.readString(Path.of("samples/khamenei-gaza-speech.txt"));
        time("100 KB article", repeat(sample, 100_000));
        time("5 MB article", repeat(sample, 5_000_000));
        time("100 KB sentence", "more than 5 people said “so” and ".repeat(3_000));
        time("1,2,3,… x100,000", "1,2,3,4,5,".repeat(100_000));
    }

    private static String repeat(String text, int size) {
        StringBuilder b = new StringBuilder(size + text.length());
        while (b.length() < size) {
            b.append(text).append("\n\n");
        }
        return b.toString();
    }

    private static void time(String name, String text) {
        ArticleText article = new ArticleText("bench.txt", text, NewlineStyle.LF, "0".repeat(64),
                text.codePointCount(0, text.length()));
        long[] ms = new long[5];
        int found = 0;
        for (int i = -2; i < ms.length; i++) {
            long t0 = System.nanoTime();
            found = Suggesters.run(Prose.of(article, LocalDate.of(2023, 11, 20)), null).size();
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        java.util.Arrays.sort(ms);
        System.out.printf("%-20s %8d chars %7d suggestions  median %6d ms  (min %d, max %d)%n", name, text.length(),
                found, ms[2], ms[0], ms[4]);
    }
}
