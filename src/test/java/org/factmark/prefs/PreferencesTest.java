package org.factmark.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
