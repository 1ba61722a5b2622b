package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factmark stats} says who did what: annotations per annotator. */
class StatsByAnnotatorTest {
    @TempDir
    Path dir;

    @Test
    void statsCountsPerAnnotator() throws Exception {
        Path article = Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), dir.resolve("speech.txt"));
        String sidecar = Files.readString(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"));
        for (int i = 0; i < 5; i++) {
            sidecar = sidecar.replaceFirst("\"creator\": \"Factmark sample\"", "\"creator\": \"bob\"");
        }
        sidecar = sidecar.replaceFirst("\"creator\": \"Factmark sample\"", "\"creator\": \"\"");
        Files.writeString(dir.resolve("speech.txt.annotations.json"), sidecar);
        CliTest.Run run = CliTest.run("stats", article.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*  annotator\\n    Factmark sample\\s+33\\n    bob\\s+5\\n    \\(no name\\)\\s+1\\n.*"),
                run.out());
    }
}
