package org.factmark.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.prefs.Preferences;
import org.factmark.recovery.WorkStore;
import org.factmark.sidecar.FolderValues;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.11: Factmark opens only regular files and reads them with a bound. A FIFO would block a read
 * forever and a link to {@code /dev/zero} has size 0 but no end; each is refused at once, with a message
 * naming the file, wherever Factmark reads: article, sidecar, labels.json, the folder's other sidecars,
 * recovery copies, previous versions, preferences.
 */
class NonRegularFilesTest {
    private static final Duration HANG = Duration.ofSeconds(15);
    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo makes a FIFO here");
        return fifo;
    }

    private Path linkToDevZero(String name) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a /dev/zero");
        return Files.createSymbolicLink(dir.resolve(name), Path.of("/dev/zero"));
    }

    private static void assertNamed(String message, Path file) {
        assertTrue(message.contains(file.getFileName().toString()) && message.contains("not a regular file"),
                message);
    }

    @Test
    void anArticleThatIsAFifoOrALinkToDevZeroIsRefusedAtOnce() throws Exception {
        for (Path article : new Path[] {fifo("pipe.txt"), linkToDevZero("zero.txt")}) {
            ArticleException e = assertTimeoutPreemptively(HANG,
                    () -> assertThrows(ArticleException.class, () -> ArticleLoader.load(article)));
            assertNamed(e.getMessage(), article);
        }
    }

    @Test
    void aSidecarThatIsAFifoOrALinkToDevZeroIsReportedAndKept() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Some text.");
        for (boolean pipe : new boolean[] {true, false}) {
            Path sidecar = SidecarStore.sidecarFor(article);
            Files.deleteIfExists(sidecar);
            if (pipe) {
                fifo(sidecar.getFileName().toString());
            } else {
                linkToDevZero(sidecar.getFileName().toString());
            }
            OpenedDocument opened = assertTimeoutPreemptively(HANG, () -> SidecarStore.open(article));
            assertTrue(opened.sidecarBroken(), "a save renames it aside rather than replace it");
            assertNamed(opened.sidecarProblem().orElseThrow(), sidecar);
        }
    }

    @Test
    void aSaveOverASidecarThatBecameAFifoIsRefusedAndTheFifoKept() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Some text.");
        SidecarContent content = SidecarStore.open(article).content();
        Path sidecar = fifo(SidecarStore.sidecarFor(article).getFileName().toString());
        IOException e = assertTimeoutPreemptively(HANG, () -> assertThrows(IOException.class,
                () -> SidecarStore.save(article, content, false, "0".repeat(64), null)));
        assertNamed(e.getMessage(), sidecar);
        assertTrue(Files.exists(sidecar) && !Files.isRegularFile(sidecar), "the FIFO is still there");
    }

    @Test
    void aLabelsJsonThatIsAFifoGivesTheDefaultLabelsAndSaysWhy() throws Exception {
        Path labels = fifo("labels.json");
        LabelSchemaLoader.Loaded loaded = assertTimeoutPreemptively(HANG,
                () -> LabelSchemaLoader.forArticle(dir.resolve("a.txt")));
        assertEquals(LabelSchemaLoader.bundledDefault(), loaded.labels());
        assertNamed(loaded.problem().orElseThrow(), labels);
    }

    @Test
    void aFifoAmongTheFolder_sSidecarsIsPassedOver() throws Exception {
        fifo("other.txt.annotations.json");
        assertTimeoutPreemptively(HANG, () -> FolderValues.around(dir.resolve("a.txt")));
    }

    @Test
    void recoveryCopiesAndPreviousVersionsThatAreNotFilesAreRefused() throws Exception {
        WorkStore store = new WorkStore(dir.resolve("app"));
        Path article = dir.resolve("a.txt");
        store.keepVersion(article, "{}".getBytes());
        Path version = store.versions(article).get(0).file();
        Files.delete(version);
        Process p = new ProcessBuilder("mkfifo", version.toString()).start();
        assumeTrue(p.waitFor() == 0);
        IOException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(IOException.class, () -> FileReads.sidecar(version)));
        assertNamed(e.getMessage(), version);
    }

    @Test
    void preferencesThatAreAFifoGiveTheDefaults() throws Exception {
        Path store = fifo("preferences.json");
        Preferences prefs = assertTimeoutPreemptively(HANG, () -> new Preferences(store));
        assertEquals(Preferences.DEFAULT_FONT_SIZE, prefs.values().fontSize());
    }

    @Test
    void aRegularFileLargerThanTheBoundIsRefusedWithoutReadingIt() throws Exception {
        Path big = Files.write(dir.resolve("big.json"), new byte[1025]);
        IOException e = assertThrows(IOException.class, () -> FileReads.read(big, 1024));
        assertTrue(e.getMessage().contains("big.json") && e.getMessage().contains("larger than"), e.getMessage());
        assertEquals(1025, FileReads.read(big, 1025).length);
    }

    @Test
    void anArticleStillOpensThroughALinkToARegularFile() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "Text.");
        ArticleText text = ArticleLoader.load(Files.createSymbolicLink(dir.resolve("link.txt"), real));
        assertEquals("Text.", text.text());
    }
}
