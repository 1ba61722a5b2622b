package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.factmark.cli.CliTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 13.2, 13.3 and 13.14: an export never writes over the articles or sidecars it reads, however the path
 * reaches them (a link at the target, a link in a folder on the way), never writes through a link into another
 * file, never replaces an unrelated article, and says plainly when --output is not what the format needs.
 */
class ExportTargetsTest {
    @TempDir
    Path dir;
    Path article;
    Path sidecar;
    byte[] articleBytes;
    byte[] sidecarBytes;

    @BeforeEach
    void copySample() throws Exception {
        article = dir.resolve("art.txt");
        sidecar = dir.resolve("art.txt.annotations.json");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"), sidecar);
        articleBytes = Files.readAllBytes(article);
        sidecarBytes = Files.readAllBytes(sidecar);
    }

    private void assertInputsUntouched() throws Exception {
        assertArrayEquals(articleBytes, Files.readAllBytes(article), "the article is unchanged");
        assertArrayEquals(sidecarBytes, Files.readAllBytes(sidecar), "the sidecar is unchanged");
    }

    private static void assertRefused(Run run, String named) {
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(named) && run.err().contains("would write over"), run.err());
    }

    @Test
    void anOutputThatIsALinkToTheSidecarIsRefused() throws Exception {
        Path out = Files.createSymbolicLink(dir.resolve("out.csv"), sidecar.getFileName());
        Run run = CliTest.run("export", "--format", "csv", "--output", out.toString(), article.toString());
        assertRefused(run, "out.csv");
        assertInputsUntouched();
    }

    @Test
    void anOutputThroughALinkedFolderThatIsTheArticleIsRefused() throws Exception {
        Path d = Files.createSymbolicLink(dir.resolve("d"), Path.of("."));
        Run run = CliTest.run("export", "--format", "csv", "--output", d.resolve("art.txt").toString(),
                article.toString());
        assertRefused(run, "art.txt");
        Run brat = CliTest.run("export", "--format", "brat", "--output", d.toString(), article.toString());
        assertRefused(brat, "art.txt");
        assertInputsUntouched();
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotWrittenThrough() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("precious.conf"), "someone's configuration\n");
        Path out = Files.createDirectory(dir.resolve("brat"));
        Path conf = Files.createSymbolicLink(out.resolve("annotation.conf"), elsewhere);
        Run run = CliTest.run("export", "--format", "brat", "--output", out.toString(), article.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("someone's configuration\n", Files.readString(elsewhere), "the linked file is untouched");
        assertTrue(Files.isRegularFile(conf, LinkOption.NOFOLLOW_LINKS), "the link was replaced by the export");
        assertTrue(Files.readString(conf).contains("[entities]"), Files.readString(conf));
        assertInputsUntouched();
    }

    @Test
    void bratNeverReplacesAnotherArticleWithTheSameStem() throws Exception {
        Path notesTxt = Files.writeString(dir.resolve("notes.txt"), "My own notes, not an export.\n");
        Path notesMd = Files.writeString(dir.resolve("notes.md"), "# Notes\r\n\r\nThe minister said 3 things.\r\n");
        Run run = CliTest.run("export", "--format", "brat", "--output", dir.toString(), notesMd.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("My own notes, not an export.\n", Files.readString(notesTxt), "notes.txt is untouched");
        assertEquals("# Notes\n\nThe minister said 3 things.\n", Files.readString(dir.resolve("notes.md.txt")),
                "the normalised copy of notes.md is named after it in full");
        assertTrue(Files.exists(dir.resolve("notes.md.ann")));
    }

    @Test
    void anOutputFileWhereAFolderIsNeededIsNamedWithTheProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "keep me\n");
        Run run = CliTest.run("export", "--format", "brat", "--output", file.toString(), article.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(file.toString()) && run.err().contains("not a folder")
                && run.err().contains("brat writes 3 files"), run.err());
        assertEquals("keep me\n", Files.readString(file));
        assertFalse(run.err().contains("Everything was exported"), run.err());
    }
}
