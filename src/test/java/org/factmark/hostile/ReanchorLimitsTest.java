package org.factmark.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.8: crafted sidecars and imports that made re-anchoring take minutes. Each must end within a few
 * seconds (20 s here, on a shared machine) with its usual report, never a trace.
 */
class ReanchorLimitsTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aThousandOneLetterQuotesInAMillionOfThatLetter() throws Exception {
        List<Cli.Ann> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(Cli.Ann.of("figure", 0, 1, "a")); // where the article now has "b"
        }
        Path article = Cli.changedArticle(dir, "b" + "a".repeat(1_000_000), all);
        Cli.Run run = assertTimeoutPreemptively(BOUND, () -> Cli.run("validate", article.toString()));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("moved 1000"), run.out() + run.err());
        assertTrue(run.clean(), run.err());
    }

    @Test
    void aLongQuoteThatNearlyMatchesEverywhere() throws Exception {
        String quote = "a".repeat(19_999) + "b";
        Path article = Cli.changedArticle(dir, "a".repeat(40_000), List.of(Cli.Ann.of("quote", 0, 20_000, quote)));
        Cli.Run run = assertTimeoutPreemptively(BOUND, () -> Cli.run("validate", article.toString()));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.clean(), run.err());
        Cli.Run reanchored = assertTimeoutPreemptively(BOUND, () -> Cli.run("reanchor", article.toString()));
        assertTrue(reanchored.clean(), reanchored.err());
    }

    @Test
    void aHundredThousandCharacterPrefix() throws Exception {
        String text = "b" + "a".repeat(1_000_000);
        Cli.Ann a = new Cli.Ann("figure", 0, 1, "a", "a".repeat(100_000), "a".repeat(32));
        Path article = Cli.changedArticle(dir, text, List.of(a));
        Cli.Run run = assertTimeoutPreemptively(BOUND, () -> Cli.run("validate", article.toString()));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("moved 1"), run.out() + run.err());
    }

    @Test
    void thousandsOfJsonlLabelsOnAMegabyteArticle() throws Exception {
        String sample = Files.readString(Path.of("samples/khamenei-gaza-speech.txt"));
        String text = sample.repeat(1_000_000 / sample.length());
        Path article = dir.resolve("big.txt");
        Files.writeString(article, text);
        String lineText = "*" + text; // one character more: every label is looked for by its text
        StringBuilder labels = new StringBuilder();
        int n = 5000;
        for (int i = 0; i < n; i++) {
            int start = 1 + (int) ((long) i * (text.length() - 40) / n);
            labels.append(i == 0 ? "" : ", ").append('[').append(start).append(", ").append(start + 12)
                    .append(", \"quote\"]");
        }
        Path jsonl = dir.resolve("labels.jsonl");
        Files.writeString(jsonl, "{\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(lineText) + ", \"label\": [" + labels + "]}\n");
        Cli.Run run = assertTimeoutPreemptively(BOUND, () -> Cli.run("import", "--format", "jsonl", "--from",
                jsonl.toString(), article.toString()));
        assertEquals(0, run.code(), run.err());
        Cli.Run stats = Cli.run("stats", article.toString());
        assertTrue(stats.out().contains(n + " annotations"), stats.out());
    }
}
