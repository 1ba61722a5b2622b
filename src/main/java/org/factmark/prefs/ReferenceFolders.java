package org.factmark.prefs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factmark.io.AtomicFiles;
import org.factmark.io.FileReads;

/**
 * The folders the user added as "reference" folders (an archive of published checks, say), whose claims
 * "Seen before" compares with as well as the open article's folder; kept in the application-data folder. A
 * damaged list gives none, never an error.
 */
public final class ReferenceFolders {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path store;
    private final List<Path> folders = new ArrayList<>();

    public ReferenceFolders(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                List<String> stored = JSON.readValue(FileReads.settings(store), new TypeReference<List<String>>() { });
                stored.stream().map(Path::of).distinct().forEach(folders::add);
            }
        } catch (IOException | RuntimeException e) {
            folders.clear(); // damaged: start again with none
        }
    }

    public static ReferenceFolders standard() {
        return new ReferenceFolders(AppData.folder().resolve("reference-folders.json"));
    }

    public List<Path> list() {
        return List.copyOf(folders);
    }

    /** Adds a folder (once); returns whether it was new. */
    public boolean add(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        if (folders.contains(p)) {
            return false;
        }
        folders.add(p);
        save();
        return true;
    }

    public void remove(Path folder) {
        if (folders.remove(folder.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(folders.stream().map(Path::toString).toList()));
        } catch (IOException e) {
            // a convenience, as the other preferences: failing to store it never disturbs the work
        }
    }
}
