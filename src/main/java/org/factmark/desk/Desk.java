package org.factmark.desk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factmark.io.FileReads;

/**
 * A folder of articles, as the desk lists it. {@link #scan(Path)} walks the folder and its sub-folders (following
 * links, noticing loops; skipping hidden folders and the cache in {@code .factmark/}), finds the articles — every
 * {@code .txt} file but the originals {@code factmark add} keeps beside its articles, and every file that has a
 * sidecar — and summarises each one's sidecar, on all cores. Nothing is written. What cannot be used is listed
 * with its problem: an unreadable article or folder, a broken sidecar, a sidecar without its article, a link
 * that leads nowhere or back up the tree.
 */
public final class Desk {
    public static final String SIDECAR = ".annotations.json";
    /** The folder's cache (the search index); never scanned. */
    public static final String CACHE = ".factmark";

    private Desk() {
    }

    /**
     * The articles under {@code folder}, in the order of their paths.
     *
     * @throws IOException when {@code folder} itself is not a folder that can be read
     */
    public static List<DeskEntry> scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": there is no such folder");
        }
        Walk walk = new Walk(folder);
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        List<Path> articles = new ArrayList<>();
        List<DeskEntry> entries = new ArrayList<>(walk.problems);
        for (Path file : walk.files) {
            String name = file.getFileName().toString();
            if (name.endsWith(SIDECAR)) {
                Path article = file.resolveSibling(name.substring(0, name.length() - SIDECAR.length()));
                if (!walk.fileSet.contains(article)) {
                    entries.add(DeskEntry.broken(article, file, "the sidecar " + name + " has no article beside it ("
                            + article.getFileName() + " is missing)"));
                }
            } else if (isArticle(file, name, walk.fileSet)) {
                articles.add(file);
            }
        }
        entries.addAll(articles.parallelStream().map(a -> entry(a, walk.fileSet)).toList());
        entries.sort(Comparator.comparing(DeskEntry::article));
        return entries;
    }

    /** A {@code .txt} file that is not the kept original of an added article, or any file with a sidecar. */
    static boolean isArticle(Path file, String name, Set<Path> files) {
        if (files.contains(file.resolveSibling(name + SIDECAR))) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt")) {
            return false;
        }
        if (lower.endsWith(".source.txt")) {
            String base = name.substring(0, name.length() - ".source.txt".length());
            return !files.contains(file.resolveSibling(base + ".txt"));
        }
        return true;
    }

    private static DeskEntry entry(Path article, Set<Path> files) {
        Path sidecar = article.resolveSibling(article.getFileName() + SIDECAR);
        boolean hasSidecar = files.contains(sidecar);
        if (!Files.isReadable(article)) {
            return DeskEntry.broken(article, hasSidecar ? sidecar : null, "the article cannot be read (no permission)");
        }
        if (!hasSidecar) {
            return DeskEntry.unannotated(article);
        }
        try {
            SidecarSummary.Summary s = SidecarSummary.read(FileReads.sidecar(sidecar));
            return new DeskEntry(article, sidecar, s.title(), s.site(), s.date(), s.status(), s.labels(),
                    s.assertions(), s.rated(), s.verdicts(), null);
        } catch (FileReads.Refused e) {
            return DeskEntry.broken(article, sidecar, e.getMessage());
        } catch (AccessDeniedException e) {
            return DeskEntry.broken(article, sidecar, "its sidecar cannot be read (no permission)");
        } catch (IOException e) {
            return DeskEntry.broken(article, sidecar, "its sidecar could not be read: " + e.getMessage());
        } catch (SidecarSummary.Unreadable e) {
            return DeskEntry.broken(article, sidecar, "its sidecar is broken: " + e.getMessage());
        }
    }

    /** The files of a folder tree, and the folders and links that could not be followed. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        final Set<Path> fileSet = new HashSet<>();
        final List<DeskEntry> problems = new ArrayList<>();

        Walk(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE; // hidden folders, the cache in .factmark, .git
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                files.add(file);
                fileSet.add(file);
            } else if (attrs.isSymbolicLink() && name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                problems.add(DeskEntry.broken(file, null, "a link to a file that is not there"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.getFileName() != null && file.getFileName().toString().startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            String problem;
            if (e instanceof FileSystemLoopException) {
                problem = "a link back to a folder that holds it (a loop); not followed";
            } else if (e instanceof AccessDeniedException) {
                problem = "this folder cannot be read (no permission)";
            } else {
                problem = "could not be read: " + e.getMessage();
            }
            problems.add(DeskEntry.broken(file, null, problem));
            return FileVisitResult.CONTINUE;
        }
    }
}
