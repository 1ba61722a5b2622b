package org.factmark.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.10: a regular expression that recursed once per repetition overflowed the stack on a 6 KB article.
 * Every pattern the code runs over a user's text is fed long runs of what it repeats.
 */
class RegexLimitsTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void conllTokenisesThousandsOfDottedNumbers() throws Exception {
        String text = "Numbers " + "1.".repeat(3_000) + " end.";
        Path article = Cli.changedArticle(dir, text, List.of(Cli.Ann.of("figure", 8, 13, "1.1.1")));
        Cli.run("reanchor", article.toString()); // the sidecar now matches the article
        Cli.Run run = assertTimeoutPreemptively(BOUND, () -> Cli.run("export", "--format", "conll",
                "--output", dir.resolve("a.conll").toString(), article.toString()));
        assertEquals(0, run.code(), run.err());
        String conll = Files.readString(dir.resolve("a.conll"));
        assertTrue(conll.startsWith("Numbers\tO\n"), conll.substring(0, 40));
        assertTrue(conll.contains("\nend\tO\n"), conll.substring(conll.length() - 40));
    }

    @Test
    void longRunsThroughEveryExportAndTheValueChecks() throws Exception {
        String numbers = "12,345".repeat(20_000).replace("512", "5.12");
        String text = "Words " + numbers + " and " + "Iran’s-".repeat(20_000) + " and " + "x ".repeat(20_000)
                + " https://e.org/" + "a".repeat(100_000) + "\r\n".repeat(5_000) + " end.";
        Path article = Cli.changedArticle(dir, text, List.of(Cli.Ann.of("figure", 0, 5, "Words")));
        Cli.run("reanchor", article.toString());
        for (String format : List.of("w3c", "brat", "csv", "jsonl", "conll", "html", "claimreview")) {
            Cli.Run run = assertTimeoutPreemptively(BOUND, () -> Cli.run("export", "--format", format,
                    "--output", dir.resolve("out-" + format).toString(), article.toString()));
            assertTrue(run.code() == 0 && run.clean(), format + ": " + run.err());
        }
    }
}
