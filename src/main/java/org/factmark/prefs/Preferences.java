package org.factmark.prefs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factmark.io.AtomicFiles;
import org.factmark.io.FileReads;

/**
 * What the user chose and expects to find again next time: their name as annotator, the article's font
 * size, light or dark, and the folder they last opened from. Kept as JSON in the application-data folder;
 * a damaged file gives the defaults, never an error.
 */
public final class Preferences {
    public static final double DEFAULT_FONT_SIZE = 17;
    public static final double MIN_FONT_SIZE = 9;
    public static final double MAX_FONT_SIZE = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored values; fields a later version adds are ignored by this one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Values(String annotator, double fontSize, boolean dark, String lastFolder, String publisher) {
        public Values {
            annotator = annotator == null ? "" : annotator;
            publisher = publisher == null ? "" : publisher;
            fontSize = fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE ? DEFAULT_FONT_SIZE : fontSize;
            lastFolder = lastFolder == null ? "" : lastFolder;
        }
    }

    private final Path store;
    private Values values;

    public Preferences(Path store) {
        this.store = store;
        this.values = load(store);
    }

    public static Preferences standard() {
        return new Preferences(AppData.folder().resolve("preferences.json"));
    }

    /** The folder the preferences are kept in, where other settings files go beside them. */
    public Path folder() {
        return store.toAbsolutePath().getParent();
    }

    public Values values() {
        return values;
    }

    /** The name written as {@code creator}: the one the user gave, else their login name. */
    public String annotator() {
        return values.annotator().isBlank() ? System.getProperty("user.name", "") : values.annotator();
    }

    public void setAnnotator(String name) {
        update(new Values(name == null ? "" : name.strip(), values.fontSize(), values.dark(), values.lastFolder(),
                values.publisher()));
    }

    /**
     * The name published exports (ClaimReview) give as their author: only one the user chose, never the login
     * name; blank until chosen.
     */
    public String publisher() {
        return values.publisher();
    }

    public void setPublisher(String name) {
        update(new Values(values.annotator(), values.fontSize(), values.dark(), values.lastFolder(),
                name == null ? "" : name.strip()));
    }

    public void setFontSize(double size) {
        double clamped = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
        update(new Values(values.annotator(), clamped, values.dark(), values.lastFolder(), values.publisher()));
    }

    public void setDark(boolean dark) {
        update(new Values(values.annotator(), values.fontSize(), dark, values.lastFolder(), values.publisher()));
    }

    public void setLastFolder(Path folder) {
        update(new Values(values.annotator(), values.fontSize(), values.dark(),
                folder == null ? "" : folder.toAbsolutePath().toString(), values.publisher()));
    }

    private void update(Values changed) {
        if (changed.equals(values)) {
            return; // opening another article of the same folder writes nothing
        }
        values = changed;
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(values));
        } catch (IOException e) {
            // Preferences are a convenience; failing to store them must never disturb the user's work.
        }
    }

    private static Values load(Path store) {
        try {
            if (Files.isRegularFile(store)) {
                return JSON.readValue(FileReads.settings(store), Values.class);
            }
        } catch (IOException | RuntimeException e) {
            // a damaged file: start again from the defaults
        }
        return new Values("", DEFAULT_FONT_SIZE, false, "", "");
    }
}
