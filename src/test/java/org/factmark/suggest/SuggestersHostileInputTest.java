package org.factmark.suggest;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Odd text never makes a suggester throw or hang: no sentences, one 100 KB sentence, mixed scripts, a run of
 * "1,2,3,…" 100,000 long, and seeded random mixtures of news fragments and noise. The bounds only catch a hang;
 * times are measured in the benchmark.
 */
class SuggestersHostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String[] PIECES = {"“", "”", "\"", "«", "»", "‘", "’", " said ", " he said, ", "Khamenei",
        " according to ", "1,200", "5%", "$3.2bn", " 7 October ", " last June ", " on Sunday ", "two-thirds",
        "between 20 and", ".", "?", "\n", "\n\n", " ", "۱۲۳٫۵", "٪", "😀", "مرگ", "中文", "-", "–", " more than ",
        "May", "March 2022", " ago", "three weeks", "Mr.", "U.S.", ",", ":", "1,2,3", "the minister"};

    private static void runAll(String text) {
        List<Suggestion> all = Suggesters.run(Texts.prose(text, LocalDate.of(2024, 3, 14)), null);
        int length = text.codePointCount(0, text.length());
        for (Suggestion s : all) {
            assertTrue(s.start() >= 0 && s.end() <= length && s.start() < s.end(), s.toString());
        }
    }

    @Test
    void textWithoutSentencesAndHugeRuns() {
        assertTimeoutPreemptively(HANG, () -> {
            runAll("1,2,3,4,5,".repeat(100_000));
            runAll("word and 5 people more than ".repeat(4_000)); // 100 KB, no full stop
            runAll("12\t34\t56\n".repeat(20_000)); // a table dump
            runAll("“".repeat(50_000) + "said".repeat(1000));
            runAll("");
            runAll("\n\n\n");
        });
    }

    @Test
    void seededRandomMixturesNeverThrow() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try {
            assertTimeoutPreemptively(HANG, () -> {
                for (int round = 0; round < 300; round++) {
                    StringBuilder b = new StringBuilder();
                    int n = random.nextInt(200);
                    for (int i = 0; i < n; i++) {
                        b.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    runAll(b.toString());
                }
            });
        } catch (AssertionError | RuntimeException e) {
            fail("seed " + seed + ": " + e, e);
        }
    }

    @Test
    void aCancelledRunStops() throws Exception {
        SuggestionRun run = SuggestionRun.start(Texts.prose("More than 5,000 people. ".repeat(200_000), null)
                .article(), null, null);
        run.cancel();
        try {
            run.result().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof java.util.concurrent.CancellationException, e.toString());
        }
        assertTrue(run.isCancelled());
    }
}
