package org.factmark.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13.15: running out of memory is a clear message and exit 2 (1 means "problems found"), not a trace. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void anArticleTooBigForTheHeapIsAMessageAndExitTwo() throws Exception {
        Path article = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(article.toFile(), "rw")) {
            byte[] line = "Officials said 1,200 people died. The ministry denied it.\n".getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 40_000_000; written += line.length) {
                f.write(line);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", System.getProperty("java.class.path"), "org.factmark.cli.FactmarkCli",
                "stats", article.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stats did not end");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), said);
        assertTrue(said.startsWith("factmark: "), said);
        assertTrue(said.contains("memory") && said.contains("-Xmx"), said);
        assertFalse(said.contains("\tat ") || said.contains("java.lang."), said);
        assertEquals(1, said.strip().lines().count(), said);
    }
}
