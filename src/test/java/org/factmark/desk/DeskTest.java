package org.factmark.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factmark.edit.Statistics;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.DocumentStatus;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskTest {
    @TempDir
    Path folder;

    private static DeskEntry at(List<DeskEntry> entries, Path article) {
        return entries.stream().filter(e -> e.article().equals(article)).findFirst()
                .orElseThrow(() -> new AssertionError(article + " is not listed in " + entries));
    }

    @Test
    void listsEveryArticleInTheFolderTreeWithTheCountsOpeningItGives() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String why = "seed " + seed;
        for (int i = 0; i < 30; i++) {
            String name = (i % 3 == 0 ? "" : "sub" + (i % 3) + "/deeper/") + "article" + i + ".txt";
            DeskFolders.article(folder, name, random, random.nextInt(60), null, null);
        }
        List<DeskEntry> entries = Desk.scan(folder);
        assertEquals(30, entries.size(), why);
        for (DeskEntry entry : entries) {
            OpenedDocument opened = SidecarStore.open(entry.article());
            Statistics stats = Statistics.of(LabelSchemaLoader.bundledDefault(), opened.content().annotations());
            Map<String, Integer> used = new TreeMap<>(stats.byLabel());
            used.values().removeIf(n -> n == 0);
            assertEquals(used, new TreeMap<>(entry.labels()), why + ": " + entry.article());
            assertEquals(stats.assertions(), entry.assertions(), why);
            assertEquals(stats.rated(), entry.rated(), why + ": " + entry.article());
            Map<String, Integer> verdicts = new TreeMap<>(stats.verdicts());
            verdicts.values().removeIf(n -> n == 0);
            assertEquals(verdicts, new TreeMap<>(entry.verdicts()), why);
            assertNull(entry.problem(), why);
        }
    }

    @Test
    void readsTitleSiteDateAndStatusFromTheSidecar() throws Exception {
        Path a = DeskFolders.article(folder, "budget.txt", new Random(1), 3,
                DeskFolders.source("Council passes budget", "The Courier", "2024-05-02"),
                new DocumentStatus("checked", "Ana", "2026-12-01T10:00:00Z"));
        Files.writeString(folder.resolve("plain.txt"), "Nothing annotated here.\n");
        List<DeskEntry> entries = Desk.scan(folder);
        DeskEntry budget = at(entries, a);
        assertEquals("Council passes budget", budget.shownTitle());
        assertEquals("The Courier", budget.site());
        assertEquals("2024-05-02", budget.date());
        assertEquals(new DocumentStatus("checked", "Ana", "2026-12-01T10:00:00Z"), budget.status());
        DeskEntry plain = at(entries, folder.resolve("plain.txt"));
        assertEquals("plain.txt", plain.shownTitle());
        assertNull(plain.sidecar());
        assertEquals(0, plain.annotations());
        assertNull(plain.problem());
    }

    @Test
    void skipsHiddenFoldersTheCacheAndTheOriginalsKeptBesideAddedArticles() throws Exception {
        Files.createDirectories(folder.resolve(".factmark/index"));
        Files.writeString(folder.resolve(".factmark/index/notes.txt"), "cache");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/description.txt"), "git");
        Files.writeString(folder.resolve(".hidden.txt"), "hidden");
        Files.writeString(folder.resolve("report.txt"), "The report.\n");
        Files.writeString(folder.resolve("report.source.txt"), "The report, as fetched.\n");
        Files.writeString(folder.resolve("lonely.source.txt"), "Not an original: nothing beside it.\n");
        Files.writeString(folder.resolve("notes.md"), "Not an article.\n");
        Files.writeString(folder.resolve("speech.md"), "An article with a sidecar.\n");
        DeskFolders.article(folder, "speech.md", new Random(2), 2, null, null);
        List<Path> listed = Desk.scan(folder).stream().map(e -> folder.relativize(e.article())).toList();
        assertEquals(List.of(Path.of("lonely.source.txt"), Path.of("report.txt"), Path.of("speech.md")), listed);
    }

    @Test
    void listsWhatCannotBeUsedWithItsProblemAndChangesNothingOnDisk() throws Exception {
        DeskFolders.article(folder, "good.txt", new Random(3), 5, null, null);
        Files.writeString(folder.resolve("broken.txt"), "Some text.\n");
        Files.writeString(folder.resolve("broken.txt.annotations.json"), "{\"format\": \"factmark.annotations\",");
        Files.writeString(folder.resolve("newer.txt"), "Some text.\n");
        Files.writeString(folder.resolve("newer.txt.annotations.json"),
                "{\"format\": \"factmark.annotations\", \"version\": 7, \"annotations\": []}");
        Files.writeString(folder.resolve("foreign.txt"), "Some text.\n");
        Files.writeString(folder.resolve("foreign.txt.annotations.json"), "[1, 2, 3]");
        Files.writeString(folder.resolve("gone.txt.annotations.json"), "{}");
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("sub/loop"), folder);
        Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("nowhere.txt"));
        Map<Path, String> before = snapshot(folder);

        List<DeskEntry> entries = Desk.scan(folder);

        assertNull(at(entries, folder.resolve("good.txt")).problem());
        assertTrue(at(entries, folder.resolve("broken.txt")).problem().startsWith("its sidecar is broken"),
                at(entries, folder.resolve("broken.txt")).problem());
        assertTrue(at(entries, folder.resolve("newer.txt")).problem().contains("newer Factmark"));
        assertTrue(at(entries, folder.resolve("foreign.txt")).problem().contains("not a Factmark sidecar"));
        assertTrue(at(entries, folder.resolve("gone.txt")).problem().contains("has no article"));
        assertTrue(at(entries, folder.resolve("sub/loop")).problem().contains("loop"));
        assertTrue(at(entries, folder.resolve("dangling.txt")).problem().contains("not there"));
        assertEquals(7, entries.size(), entries::toString);
        assertEquals(before, snapshot(folder), "the scan changed files on disk");
    }

    @Test
    void aFolderThatIsNotThereIsRefusedNamingIt() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Desk.scan(folder.resolve("missing")));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    /** Every file's path with its size and modification time. */
    static Map<Path, String> snapshot(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.collect(Collectors.toMap(p -> p, p -> {
                try {
                    return Files.isSymbolicLink(p) ? "link" : Files.size(p) + "@" + Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    return "unreadable";
                }
            }, (x, y) -> x, TreeMap::new));
        }
    }
}
