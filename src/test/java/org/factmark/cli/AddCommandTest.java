package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factmark add}: what it prints, its exit codes, and one line per source it could not add. */
class AddCommandTest {
    @TempDir
    Path dir;

    private List<String> folder(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachAddedArticlesPathIsPrintedAndTheExitIsZero() throws Exception {
        Path out = Files.createDirectory(dir.resolve("articles"));
        Path a = Files.writeString(dir.resolve("a.txt"), "Alpha\n\nOne.\n");
        Path b = Files.writeString(dir.resolve("b.md.txt"), "Beta\n");

        CliTest.Run run = CliTest.run("add", a.toString(), b.toString(), "--into", out.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(out.resolve("a.txt").toString(), out.resolve("b.md.txt").toString()),
                run.out().lines().toList());
        assertEquals("", run.err());
        assertEquals(List.of("a.source.txt", "a.txt", "a.txt.annotations.json", "b.md.source.txt", "b.md.txt",
                "b.md.txt.annotations.json"), folder(out));
        assertEquals(0, CliTest.run("validate", out.resolve("a.txt").toString()).code());
    }

    @Test
    void someFailingIsExitOneWithALinePerFailureAndTheOthersWritten() throws Exception {
        Path out = Files.createDirectory(dir.resolve("articles"));
        Path good = Files.writeString(dir.resolve("good.txt"), "Fine\n");
        Path image = Files.write(dir.resolve("chart.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});

        CliTest.Run run = CliTest.run("add", "--into", out.toString(), image.toString(), "missing.pdf",
                good.toString());

        assertEquals(1, run.code());
        assertEquals(List.of("factmark: " + image + ": it is a JPEG image, not an article: Factmark adds web pages "
                + "(.html), PDF, Word (.docx), Markdown (.md) and plain text (.txt)",
                "factmark: missing.pdf: there is no such file"), run.err().lines().toList());
        assertEquals(List.of(out.resolve("good.txt").toString()), run.out().lines().toList());
        assertEquals(List.of("good.source.txt", "good.txt", "good.txt.annotations.json"), folder(out));
    }

    @Test
    void allFailingOrAMissingFolderIsExitTwoAndWritesNothing() throws Exception {
        Path out = Files.createDirectory(dir.resolve("articles"));
        CliTest.Run none = CliTest.run("add", "--into", out.toString(), "nothing-here.txt", "ftp.txt");
        assertEquals(2, none.code());
        assertEquals(2, none.err().lines().count(), none.err());
        assertEquals(List.of(), folder(out));

        Path good = Files.writeString(dir.resolve("good.txt"), "Fine\n");
        CliTest.Run noFolder = CliTest.run("add", "--into", dir.resolve("nope").toString(), good.toString());
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("does not exist"), noFolder.err());
        assertEquals(2, CliTest.run("add").code(), "no SOURCE is a usage error");
    }
}
