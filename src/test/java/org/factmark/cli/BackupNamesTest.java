package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.factmark.cli.CliTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.13: the sidecar kept before an import or a re-anchoring gets a name of its own even when another
 * backup was made in the same second. The names a second's backups would take are taken beforehand, for the
 * seconds around the run, so the test does not depend on how fast the machine is.
 */
class BackupNamesTest {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    @TempDir
    Path dir;
    Path article;
    Path sidecar;

    @BeforeEach
    void copySample() throws Exception {
        article = dir.resolve("s.txt");
        sidecar = dir.resolve("s.txt.annotations.json");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"), sidecar);
    }

    /** Makes a backup named {@code kind + <time>} exist already for every second of the next minute. */
    private List<Path> takeTheNamesOfTheNextMinute(String kind) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        List<Path> taken = new java.util.ArrayList<>();
        for (int s = -1; s < 60; s++) {
            taken.add(Files.writeString(dir.resolve(sidecar.getFileName() + kind + now.plusSeconds(s).format(STAMP)),
                    "an older backup"));
        }
        return taken;
    }

    private void assertOlderBackupsKept(List<Path> taken) throws Exception {
        for (Path p : taken) {
            assertEquals("an older backup", Files.readString(p), p + " is kept as it was");
        }
    }

    private long count(String kind) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(kind)).count();
        }
    }

    @Test
    void anImportInTheSameSecondAsAnotherKeepsItsOwnBackup() throws Exception {
        List<Path> taken = takeTheNamesOfTheNextMinute(".before-import-");
        String before = Files.readString(sidecar);
        for (int i = 1; i <= 6; i++) {
            Path source = Files.writeString(dir.resolve("in.jsonl"), new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(java.util.Map.of("text", Files.readString(article),
                            "label", List.of(List.of(10 * i, 10 * i + 4, "quote")))) + "\n");
            Run run = CliTest.run("import", "--format", "jsonl", "--from", source.toString(), article.toString());
            assertEquals(0, run.code(), "import " + i + ": " + run.err());
            assertTrue(run.err().contains("kept the old sidecar as s.txt.annotations.json.before-import-"), run.err());
            if (i == 1) {
                String name = run.err().replaceAll("(?s).*kept the old sidecar as (\\S+).*", "$1");
                assertEquals(before, Files.readString(dir.resolve(name)), "the backup holds the sidecar before it");
            }
        }
        assertEquals(taken.size() + 6, count(".before-import-"));
        assertOlderBackupsKept(taken);
    }

    @Test
    void aReanchoringInTheSameSecondAsAnotherKeepsItsOwnBackup() throws Exception {
        List<Path> taken = takeTheNamesOfTheNextMinute(".before-reanchor-");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(article, "Breaking " + i + ".\n\n" + Files.readString(article));
            Run run = CliTest.run("reanchor", article.toString());
            assertEquals(0, run.code(), "reanchor " + i + ": " + run.err());
        }
        assertEquals(taken.size() + 3, count(".before-reanchor-"));
        assertOlderBackupsKept(taken);
    }
}
