package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.factmark.desk.DeskFolders;
import org.factmark.model.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factmark stats FOLDER} and {@code factmark open} given a folder. */
class FolderCliTest {
    @TempDir
    Path dir;

    @Test
    void statsOfAFolderSumsItsArticlesAndShowsTheVerdictsByMonth() throws Exception {
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), dir.resolve("speech.txt"));
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                dir.resolve("speech.txt.annotations.json"));
        DeskFolders.article(dir, "sub/budget.txt", new Random(5), 0,
                DeskFolders.source("Budget", "Courier", "2024-05-02"), new DocumentStatus("checked", "Ana", null));
        Files.writeString(dir.resolve("plain.txt"), "Not annotated.\n");

        CliTest.Run run = CliTest.run("stats", dir.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith(dir + ": 3 articles, 39 annotations; 11 assertions, 11 rated; "
                + "1 of 3 checked\n"), run.out());
        assertTrue(run.out().contains("    new                    1\n    in progress            1\n"
                + "    checked                1\n    published              0\n"), run.out());
        assertTrue(run.out().contains("    quote                 14\n"), run.out());
        assertTrue(run.out().contains("  verdicts by the articles' month\n"), run.out());
        assertTrue(run.out().contains("    no date"), run.out());
    }

    @Test
    void brokenFilesInTheFolderAreNamedAndGiveExitCodeOne() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Text.\n");
        Files.writeString(dir.resolve("a.txt.annotations.json"), "{ not json");
        Files.writeString(dir.resolve("gone.txt.annotations.json"), "{}");
        CliTest.Run run = CliTest.run("stats", dir.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().startsWith(dir + ": 0 articles (and 2 that cannot be read)"), run.out());
        assertTrue(run.err().contains(dir.resolve("a.txt") + ": its sidecar is broken"), run.err());
        assertTrue(run.err().contains("gone.txt.annotations.json has no article"), run.err());
    }

    @Test
    void openRefusesAPathThatIsNeitherFileNorFolder() {
        CliTest.Run run = CliTest.run("open", dir.resolve("missing").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("missing does not exist or is not a file or folder"), run.err());
    }
}
