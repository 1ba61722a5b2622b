package org.factmark.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void choicesSurviveARestart() {
        Path store = dir.resolve("prefs/preferences.json");
        Preferences first = new Preferences(store);
        first.setAnnotator("  Dana Reporter ");
        first.setFontSize(21);
        first.setDark(true);
        first.setLastFolder(dir);
        Preferences again = new Preferences(store);
        assertEquals("Dana Reporter", again.annotator());
        assertEquals(21, again.values().fontSize());
        assertTrue(again.values().dark());
        assertEquals(dir.toAbsolutePath().toString(), again.values().lastFolder());
    }

    @Test
    void aChoiceMadeAgainWritesNothingAndANewOneIsWritten() throws Exception {
        Path store = dir.resolve("preferences.json");
        Preferences prefs = new Preferences(store);
        prefs.setLastFolder(dir);
        assertTrue(Files.exists(store));
        Files.delete(store);
        prefs.setLastFolder(dir); // another article of the same folder
        assertFalse(Files.exists(store), "nothing changed, nothing written");
        prefs.setLastFolder(dir.resolve("other"));
        assertEquals(dir.resolve("other").toAbsolutePath().toString(), new Preferences(store).values().lastFolder());
    }

    @Test
    void reopeningTheLatestArticleLeavesTheRecentListAsItIs() throws Exception {
        Path store = dir.resolve("recent.json");
        RecentFiles recent = new RecentFiles(store);
        recent.add(dir.resolve("a.txt"));
        recent.add(dir.resolve("b.txt"));
        Files.delete(store);
        recent.add(dir.resolve("b.txt"));
        assertFalse(Files.exists(store), "the list did not change");
        recent.add(dir.resolve("a.txt"));
        assertEquals(java.util.List.of(dir.resolve("a.txt").toAbsolutePath(), dir.resolve("b.txt").toAbsolutePath()),
                new RecentFiles(store).list());
    }

    @Test
    void fontSizesStayReadableAndADamagedFileGivesTheDefaults() throws Exception {
        Path store = dir.resolve("preferences.json");
        Preferences prefs = new Preferences(store);
        prefs.setFontSize(400);
        assertEquals(Preferences.MAX_FONT_SIZE, prefs.values().fontSize());
        Files.writeString(store, "{ not json");
        Preferences damaged = new Preferences(store);
        assertEquals(Preferences.DEFAULT_FONT_SIZE, damaged.values().fontSize());
        assertEquals(System.getProperty("user.name", ""), damaged.annotator(), "no name given: the login name");
    }
}
