package org.factmark.add;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.factmark.model.DocumentSource;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a file: the three files it writes, what they hold, and what it refuses to do. */
class AddArticleTest {
    @TempDir
    Path dir;

    private AddArticle adder() {
        return new AddArticle(AddArticle.Options.into(dir.resolve("out")));
    }

    private Path source(String name, byte[] bytes) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in")).resolve(name);
        Files.write(in, bytes);
        Files.createDirectories(dir.resolve("out"));
        return in;
    }

    private List<String> written() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aTextFileBecomesAnArticleItsArchivedOriginalAndASidecarThatOpens() throws Exception {
        byte[] original = "Budget approved\r\n\r\nThe council   voted 7 to 2.\r\nIt met on Monday.\r\n\r\n\r\nEnd.  \r\n"
                .getBytes(StandardCharsets.UTF_8);
        Path in = source("council report.txt", original);

        AddArticle.Added added = adder().add(in.toString());

        assertEquals(List.of("council report.source.txt", "council report.txt",
                "council report.txt.annotations.json"), written());
        assertEquals("Budget approved\n\nThe council   voted 7 to 2.\nIt met on Monday.\n\nEnd.\n",
                Files.readString(added.article()));
        assertArrayEquals(original, Files.readAllBytes(added.original()));
        OpenedDocument opened = SidecarStore.open(added.article());
        assertTrue(opened.sidecarProblem().isEmpty(), opened.sidecarProblem().toString());
        assertTrue(opened.content().annotations().isEmpty());
        DocumentSource source = opened.content().source();
        assertEquals("txt", source.format());
        assertNull(source.url(), "a file has no URL, and never the user's local path");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)), source.sha256());
        assertEquals("ltr", source.direction());
        assertEquals("council report.source.txt", source.original());
        assertTrue(source.retrieved().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), source.retrieved());
        assertTrue(!Files.readString(added.sidecar()).contains(dir.toString()), "no local path in the sidecar");
    }

    @Test
    void aSavedWebPageBecomesItsArticleWithTheProvenanceThePageGives() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/article/html/news-site.html"));
        Path in = source("waiting-lists.htm", page);

        AddArticle.Added added = adder().add(in.toString());

        assertEquals(List.of("waiting-lists.source.html", "waiting-lists.txt", "waiting-lists.txt.annotations.json"),
                written());
        assertArrayEquals(page, Files.readAllBytes(added.original()));
        String text = Files.readString(added.article());
        assertTrue(text.startsWith("Hospital waiting lists fall for first time in three years\n\nFigures show"), text);
        assertTrue(!text.contains("cookies") && !text.contains("Most read") && !text.contains("Advertisement"), text);
        DocumentSource source = SidecarStore.open(added.article()).content().source();
        assertEquals(new DocumentSource(null, "Hospital waiting lists fall for first time in three years | The Daily "
                + "Ledger", "Priya Natarajan", "The Daily Ledger", "2024-03-14T06:00:00Z", source.retrieved(), "html",
                source.sha256(), "en-GB", "ltr", "waiting-lists.source.html"), source);
    }

    @Test
    void aPageWithoutAnArticleWritesNothingUnlessTheWholePageIsAskedFor() throws Exception {
        Path in = source("home.html", ("<html><body><nav><a href=/a>World</a> <a href=/b>Sport</a></nav>"
                + "<ul><li><a href=/1>Storm hits the coast</a></li><li><a href=/2>Markets fall</a></li></ul>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        assertTrue(problem(in).startsWith("no article was found in it"), problem(in));
        assertEquals(List.of(), written());

        Path whole = new AddArticle(AddArticle.Options.into(dir.resolve("out")).withWholePage(true))
                .add(in.toString()).article();
        assertTrue(Files.readString(whole).contains("Storm hits the coast"));
    }

    @Test
    void anExistingNameGetsANumberedSuffixAndNothingIsOverwritten() throws Exception {
        Path in = source("note.txt", "First\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("out/note.txt"), "mine");
        Files.writeString(dir.resolve("out/note-2.source.txt"), "mine too");

        AddArticle.Added added = adder().add(in.toString());

        assertEquals("note-3.txt", added.article().getFileName().toString());
        assertEquals("mine", Files.readString(dir.resolve("out/note.txt")));
        assertEquals("mine too", Files.readString(dir.resolve("out/note-2.source.txt")));
        assertEquals("note-4.txt", adder().add(in.toString()).article().getFileName().toString());
    }

    @Test
    void badFilesAreRefusedWithAReasonAndWriteNothing() throws Exception {
        Path png = source("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path empty = source("empty.txt", "  \n\n \n".getBytes(StandardCharsets.UTF_8));
        Path binary = source("data.bin", new byte[] {1, 2, 0, 4, 5});
        Path rtf = source("memo.rtf", "{\\rtf1 hello}".getBytes(StandardCharsets.UTF_8));
        Path zip = source("archive.zip", new byte[] {'P', 'K', 3, 4, 0, 0});

        assertEquals("it is a PNG image, not an article", problem(png));
        assertEquals("it holds no text", problem(empty));
        assertTrue(problem(binary).startsWith("it is a binary file"), problem(binary));
        assertEquals("it is not a kind of document Factmark reads (.rtf)", problem(rtf));
        assertTrue(problem(zip).startsWith("it is a zip archive"), problem(zip));
        assertEquals("there is no such file", problem(dir.resolve("in/missing.txt")));
        assertEquals(List.of(), written());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        Path big = source("big.txt", new byte[0]);
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), AddArticle.MAX_FILE_BYTES); // sparse
        }
        assertEquals("it is larger than 64 MB, more than Factmark adds", problem(big));
        assertEquals(List.of(), written());
    }

    @Test
    void whenTheLastFileCannotBeWrittenTheOthersAreRemoved() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        ArticleFiles.Names names = ArticleFiles.free(dir.resolve("out"), "story", "txt");
        Files.createDirectory(names.sidecar()); // appears after the name was chosen: the third write fails

        java.io.IOException failure = assertThrows(java.io.IOException.class, () -> ArticleFiles.write(
                names, new byte[] {1}, new byte[] {2}, new byte[] {3}));

        assertTrue(failure.getMessage().contains("nothing was replaced"), failure.getMessage());
        assertEquals(List.of("story.txt.annotations.json"), written(), "the two files written first are gone");
        assertTrue(Files.isDirectory(names.sidecar()), "what was there is left alone");
    }

    private String problem(Path source) {
        return assertThrows(ExtractionException.class, () -> adder().add(source.toString())).problem();
    }
}
