package org.factmark.recovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factmark.article.ArticleLoader;
import org.factmark.io.AtomicFiles;
import org.factmark.sidecar.SidecarStore;

/**
 * Factmark's own copies of the user's work, kept in the application-data folder and never beside the
 * article: a recovery file per open article, written while there are unsaved changes, and the previous
 * versions of each sidecar, the last {@value #KEPT_VERSIONS} saves.
 */
public final class WorkStore {
    public static final int KEPT_VERSIONS = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private final Path folder;

    public WorkStore(Path folder) {
        this.folder = folder;
    }

    /** A recovery file and when it was written. */
    public record Recovery(Path file, Instant written) {
    }

    /** A previous version of a sidecar and when it was replaced. */
    public record Version(Path file, Instant saved) {
    }

    public Path recoveryFile(Path article) {
        return folder.resolve("recovery").resolve(key(article) + SidecarStore.SUFFIX);
    }

    /** Writes the unsaved state of an article's annotations (a whole sidecar), atomically. */
    public void writeRecovery(Path article, byte[] sidecar) throws IOException {
        writeAtomically(recoveryFile(article), sidecar);
    }

    public Optional<Recovery> recovery(Path article) {
        Path file = recoveryFile(article);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(new Recovery(file, Files.getLastModifiedTime(file).toInstant()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void deleteRecovery(Path article) {
        try {
            Files.deleteIfExists(recoveryFile(article));
        } catch (IOException e) {
            // a stale recovery file is offered again next time, which loses nothing
        }
    }

    /** Keeps a sidecar's bytes as a previous version, and lets the oldest beyond the last ten go. */
    public void keepVersion(Path article, byte[] previous) throws IOException {
        Path dir = versionsFolder(article);
        Files.createDirectories(dir);
        // a sequence number after the time keeps two saves in the same millisecond in order, by name
        String stamp = STAMP.format(Instant.now());
        Path file = dir.resolve(stamp + "-000.json");
        for (int n = 1; Files.exists(file); n++) {
            file = dir.resolve(stamp + String.format("-%03d.json", n));
        }
        writeAtomically(file, previous);
        List<Version> all = versions(article);
        for (Version old : all.subList(Math.min(KEPT_VERSIONS, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /** The previous versions of an article's sidecar, newest first. */
    public List<Version> versions(Path article) {
        List<Version> found = new ArrayList<>();
        Path dir = versionsFolder(article);
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                found.add(new Version(f, Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing((Version v) -> v.file().getFileName().toString()).reversed());
        return found;
    }

    private Path versionsFolder(Path article) {
        return folder.resolve("versions").resolve(key(article));
    }

    /** A name per article: its file name, readable, and a hash of its full path, unique. */
    private static String key(Path article) {
        String path = article.toAbsolutePath().normalize().toString();
        String name = String.valueOf(article.getFileName()).replaceAll("[^A-Za-z0-9._-]", "_");
        return name + "-" + ArticleLoader.sha256(path).substring(0, 16);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, bytes);
    }
}
