package org.factmark.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factmark.model.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusesTest {
    @TempDir
    Path folder;

    @Test
    void anArticleWithoutARecordedStatusIsNewUntilItHasAnnotations() {
        Statuses statuses = Statuses.standard();
        assertEquals("new", statuses.of(null, 0));
        assertEquals("in progress", statuses.of(null, 4));
        assertEquals("published", statuses.of(new DocumentStatus("published", "Ana", null), 0));
    }

    @Test
    void checkedAndWhatComesAfterItCountAsDone() {
        Statuses statuses = Statuses.standard();
        assertFalse(statuses.isDone("new"));
        assertFalse(statuses.isDone("in progress"));
        assertTrue(statuses.isDone("checked"));
        assertTrue(statuses.isDone("published"));
        assertFalse(statuses.isDone("something else"));
    }

    @Test
    void aFolderCanNameItsOwnStatusesInItsLabelsFile() throws Exception {
        Files.writeString(folder.resolve("labels.json"), "{\"format\": \"factmark.labels\", \"id\": \"desk\", "
                + "\"version\": 1, \"labels\": [], \"statuses\": [\"to do\", \"drafted\", \"edited\", \"live\"]}");
        Statuses.Loaded loaded = Statuses.forFolder(folder);
        assertEquals(List.of("to do", "drafted", "edited", "live"), loaded.statuses().values());
        assertTrue(loaded.problem().isEmpty());
        assertEquals("live", loaded.statuses().done());
        assertEquals("drafted", loaded.statuses().of(null, 2));
    }

    @Test
    void anUnusableListIsReportedAndTheStandardOneUsed() throws Exception {
        Files.writeString(folder.resolve("labels.json"), "{\"statuses\": [\"new\", 3]}");
        Statuses.Loaded loaded = Statuses.forFolder(folder);
        assertEquals(Statuses.DEFAULT, loaded.statuses().values());
        assertTrue(loaded.problem().orElseThrow().contains("labels.json"), loaded.problem().toString());
    }
}
