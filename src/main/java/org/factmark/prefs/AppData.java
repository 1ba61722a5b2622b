package org.factmark.prefs;

import java.nio.file.Path;

/**
 * The folder Factmark keeps its own files in (recent files, later recovery files and backups), never beside
 * the user's articles. {@code -Dfactmark.home=DIR} overrides it, which the tests use.
 */
public final class AppData {
    private AppData() {
    }

    public static Path folder() {
        String override = System.getProperty("factmark.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Factmark");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Factmark");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("factmark");
    }
}
