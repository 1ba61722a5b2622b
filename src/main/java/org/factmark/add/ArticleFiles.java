package org.factmark.add;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factmark.io.AtomicFiles;

/**
 * The three files of an added article, {@code NAME.txt}, {@code NAME.source.EXT} and
 * {@code NAME.txt.annotations.json}: under a name none of them has in the folder ({@code NAME}, else
 * {@code NAME-2}, {@code NAME-3}…), each written through {@link AtomicFiles}; when one cannot be written, those
 * already written are removed, so there are three or none.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /** Where the three files go. */
    record Names(Path article, Path original, Path sidecar) {
    }

    /** The first free set of names in {@code folder} for {@code base} and an original with {@code extension}. */
    static Names free(Path folder, String base, String extension) {
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            Names names = new Names(folder.resolve(name + ".txt"), folder.resolve(name + ".source." + extension),
                    folder.resolve(name + ".txt.annotations.json"));
            if (absent(names.article()) && absent(names.original()) && absent(names.sidecar())) {
                return names;
            }
        }
    }

    private static boolean absent(Path p) {
        return !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the three, or (when a write fails) none: the files written before the failure are deleted. */
    static void write(Names names, byte[] original, byte[] text, byte[] sidecar) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            put(names.original(), original, written);
            put(names.article(), text, written);
            put(names.sidecar(), sidecar, written);
        } catch (IOException | RuntimeException e) {
            for (Path p : written) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    e.addSuppressed(ignored);
                }
            }
            throw e;
        }
    }

    private static void put(Path target, byte[] bytes, List<Path> written) throws IOException {
        if (!absent(target)) {
            throw new IOException(target + " appeared while the article was being written; nothing was replaced");
        }
        AtomicFiles.write(target, bytes);
        written.add(target);
    }
}
