package org.factmark.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SaveResult;
import org.factmark.sidecar.SidecarChangedException;
import org.factmark.sidecar.SidecarFixtures;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkStoreTest {
    @TempDir
    Path dir;

    @Test
    void recoveryFilesLiveInTheAppDataFolderOnePerArticle() throws Exception {
        WorkStore store = new WorkStore(dir.resolve("app"));
        Path a = dir.resolve("news/speech.txt");
        Path b = dir.resolve("other/speech.txt");
        assertNotEquals(store.recoveryFile(a), store.recoveryFile(b), "same name, different folders");
        assertTrue(store.recoveryFile(a).startsWith(dir.resolve("app")), "never beside the article");
        store.writeRecovery(a, "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(store.recovery(a).isPresent());
        assertTrue(store.recovery(b).isEmpty());
        store.deleteRecovery(a);
        assertTrue(store.recovery(a).isEmpty());
    }

    @Test
    void theLastTenVersionsAreKeptNewestFirst() throws Exception {
        WorkStore store = new WorkStore(dir);
        Path article = dir.resolve("a.txt");
        for (int i = 0; i < 13; i++) {
            store.keepVersion(article, ("version " + i).getBytes(StandardCharsets.UTF_8));
        }
        List<WorkStore.Version> versions = store.versions(article);
        assertEquals(WorkStore.KEPT_VERSIONS, versions.size());
        assertEquals("version 12", Files.readString(versions.get(0).file()));
        assertEquals("version 3", Files.readString(versions.get(9).file()));
    }

    @Test
    void aSaveKeepsThePreviousSidecarAndRefusesToOverwriteOneChangedByOthers() throws Exception {
        Path article = Files.writeString(dir.resolve("speech.txt"), SidecarFixtures.RAW, StandardCharsets.UTF_8);
        ArticleText text = ArticleLoader.load(article);
        SaveResult first = SidecarStore.save(article, SidecarFixtures.content(text,
                List.of(SidecarFixtures.at(text, "figure", "1,200 people", 0, "f"))), false);
        byte[] firstBytes = Files.readAllBytes(first.sidecar());
        WorkStore store = new WorkStore(dir.resolve("app"));
        SidecarContent second = SidecarFixtures.content(text, List.of());
        SaveResult saved = SidecarStore.save(article, second, false, first.sha(), b -> store.keepVersion(article, b));
        assertArrayEquals(firstBytes, Files.readAllBytes(store.versions(article).get(0).file()));

        Files.writeString(first.sidecar(), Files.readString(first.sidecar()).replace("\"version\": 1", "\"version\": 1 "));
        byte[] theirs = Files.readAllBytes(first.sidecar());
        assertThrows(SidecarChangedException.class, () -> SidecarStore.save(article, second, false, saved.sha(),
                b -> store.keepVersion(article, b)));
        assertArrayEquals(theirs, Files.readAllBytes(first.sidecar()), "their change is still there");
    }
}
