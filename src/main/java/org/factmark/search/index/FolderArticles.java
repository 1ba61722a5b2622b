package org.factmark.search.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The articles of a folder, for search: every {@code .txt} file in it and below (links are not followed, so a
 * link loop is no loop; hidden folders such as {@code .factmark} and {@code .git} are skipped), by path.
 *
 * @param articles the articles, sorted by their path relative to the folder
 * @param problems a line for each folder that could not be read
 */
public record FolderArticles(List<Path> articles, List<String> problems) {

    public static FolderArticles of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        List<Path> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".txt")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(file + " could not be read: " + e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(p -> name(folder, p)));
        return new FolderArticles(List.copyOf(found), List.copyOf(problems));
    }

    /** The article's path relative to the folder, with forward slashes, as search results name it. */
    public static String name(Path folder, Path article) {
        return folder.relativize(article).toString().replace('\\', '/');
    }
}
