package org.factmark.sidecar;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;
import org.factmark.concurrent.Cores;
import org.factmark.io.AtomicFiles;
import org.factmark.io.FileReads;
import org.factmark.io.SyncedFileSink;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.reanchor.ReanchorReport;

/**
 * Where sidecars live ({@code DIR/NAME.annotations.json} beside {@code DIR/NAME}), opening an article with its
 * sidecar, and saving atomically. A sidecar that could not be read is never overwritten: the first save
 * renames it to {@code NAME.annotations.json.broken-<time>}.
 */
public final class SidecarStore {
    public static final String SUFFIX = ".annotations.json";
    /** The expected hash of a sidecar that did not exist when the article was read: matches no file's. */
    public static final String NO_SIDECAR = "no sidecar";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SidecarStore() {
    }

    public static Path sidecarFor(Path article) {
        return article.resolveSibling(article.getFileName() + SUFFIX);
    }

    /**
     * Reads the article and its sidecar. A missing sidecar gives no annotations; an unreadable one gives no
     * annotations and a problem to show, and is flagged so that it is kept.
     *
     * @throws ArticleException when the article itself cannot be opened
     */
    public static OpenedDocument open(Path article) throws ArticleException {
        return open(article, ArticleLoader.load(article));
    }

    /** As {@link #open(Path)}, with the article already read. */
    public static OpenedDocument open(Path article, ArticleText text) {
        Path sidecar = sidecarFor(article);
        if (!Files.exists(sidecar)) {
            return new OpenedDocument(SidecarContent.empty(text), false, Optional.empty(), ReanchorReport.NONE, null);
        }
        try {
            byte[] bytes = FileReads.sidecar(sidecar);
            // a large sidecar takes a while to hash: on a second core while this one parses it
            java.util.concurrent.CompletableFuture<String> sha = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> sha256(bytes), Cores.pool());
            SidecarReader.Result read = SidecarReader.read(bytes, text);
            return new OpenedDocument(read.content(), false, Optional.empty(), read.reanchor(),
                    sha.join());
        } catch (SidecarException e) {
            return broken(text, sidecar + ": " + e.getMessage());
        } catch (FileReads.Refused e) {
            return broken(text, e.getMessage());
        } catch (IOException | OutOfMemoryError e) {
            return broken(text, sidecar + " could not be read: " + e.getMessage());
        }
    }

    private static OpenedDocument broken(ArticleText text, String problem) {
        return new OpenedDocument(SidecarContent.empty(text), true, Optional.of(problem), ReanchorReport.NONE, null);
    }

    /**
     * Writes the sidecar: to a temporary file in the same folder, forced to disk, then moved over the old one
     * in one step, so a crash leaves either the old sidecar or the new one (see {@link AtomicFiles}, which also keeps
     * the old one's permissions). When {@code keepOld} is set (the old sidecar could not be read) it is first
     * renamed aside, never overwritten.
     */
    public static SaveResult save(Path article, SidecarContent content, boolean keepOld) throws IOException {
        return save(article, content, keepOld, null, null);
    }

    /**
     * Saves as {@link #save(Path, SidecarContent, boolean)} does, and also: refuses with
     * {@link SidecarChangedException} when the sidecar on disk is no longer the one this document read or last
     * wrote ({@code expectedSha}; {@link #NO_SIDECAR} when there was none, so one written since by another
     * program is not replaced unasked; null to skip the check), and hands the bytes about to be replaced to
     * {@code keepPrevious} (null for none) first.
     */
    public static SaveResult save(Path article, SidecarContent content, boolean keepOld, String expectedSha,
                                  IoConsumer<byte[]> keepPrevious) throws IOException {
        Path sidecar = sidecarFor(article).toAbsolutePath();
        Optional<Path> renamed = Optional.empty();
        if (!keepOld && (expectedSha != null || keepPrevious != null)) {
            byte[] onDisk = Files.exists(sidecar) ? FileReads.sidecar(sidecar) : null;
            if (expectedSha != null && !expectedSha.equals(onDisk == null ? NO_SIDECAR : sha256(onDisk))) {
                throw new SidecarChangedException(sidecar);
            }
            if (keepPrevious != null && onDisk != null) {
                keepPrevious.accept(onDisk);
            }
        }
        if (keepOld && Files.exists(sidecar)) {
            renamed = Optional.of(renameAside(sidecar));
        }
        // written, hashed and forced to disk on a second core as the bytes are made
        String sha = AtomicFiles.write(sidecar, renamed.orElse(null), temp -> {
            try (SyncedFileSink sink = new SyncedFileSink(temp)) {
                SidecarWriter.write(content, sink);
                return sink.finish();
            }
        });
        return new SaveResult(sidecar, renamed, sha);
    }

    /** Lower-case hex SHA-256 of a file's bytes: what a save compares to notice changes made by others. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A step that reads or writes files. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static Path renameAside(Path sidecar) throws IOException {
        String base = sidecar.getFileName() + ".broken-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        for (int n = 1; ; n++) {
            Path target = sidecar.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                return Files.move(sidecar, target);
            } catch (FileAlreadyExistsException e) {
                // two renames in the same second: try the next name
            }
        }
    }
}
