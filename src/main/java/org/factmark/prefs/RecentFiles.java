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

/** The most recently opened articles, newest first, kept in the application-data folder. */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path store;
    private final List<Path> paths = new ArrayList<>();

    public RecentFiles(Path store) {
        this.store = store;
        load();
    }

    public static RecentFiles standard() {
        return new RecentFiles(AppData.folder().resolve("recent-files.json"));
    }

    public List<Path> list() {
        return List.copyOf(paths);
    }

    public void add(Path article) {
        Path p = article.toAbsolutePath().normalize();
        if (!paths.isEmpty() && paths.get(0).equals(p)) {
            return; // already the latest: the stored list is unchanged
        }
        paths.remove(p);
        paths.add(0, p);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        save();
    }

    public void remove(Path article) {
        if (paths.remove(article.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void load() {
        try {
            if (Files.isRegularFile(store)) {
                List<String> stored = JSON.readValue(FileReads.settings(store), new TypeReference<List<String>>() { });
                stored.stream().limit(MAX).map(Path::of).forEach(paths::add);
            }
        } catch (IOException | RuntimeException e) {
            // A damaged list of recent files is not worth a dialog: start a new one.
            paths.clear();
        }
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, JSON.writeValueAsBytes(paths.stream().map(Path::toString).toList()));
        } catch (IOException e) {
            // Recent files are a convenience; failing to store them must never disturb the user's work.
        }
    }
}
