package org.factmark.claims;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factmark.io.FileReads;
import org.factmark.sidecar.SidecarStore;

/**
 * The claims of a folder: the assertions and quotes (or other labels) of every sidecar in it and its
 * subfolders, streamed, never held as trees. Hidden folders (the {@code .factmark} cache, {@code .git}) are
 * passed over and links are not followed, so a link loop cannot trap the walk. A sidecar that cannot be read
 * is listed with its problem and the others are still read: nothing is written.
 */
public final class ClaimFolder {
    private static final JsonFactory JSON = new JsonFactory();

    private ClaimFolder() {
    }

    /** What was read: the claims, and one line for each file that could not be used. */
    public record Read(List<Claim> claims, List<String> problems) {
        public Read {
            claims = List.copyOf(claims);
            problems = List.copyOf(problems);
        }
    }

    /** The claims of {@code labels} in {@code folder}; {@code reference} marks them as from a reference folder. */
    public static Read read(Path folder, Set<String> labels, boolean reference) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": there is no such folder");
        }
        List<Claim> claims = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path sidecar : sidecars(folder, problems)) {
            Path article = article(sidecar);
            try {
                claims.addAll(claims(sidecar, article, labels, reference));
            } catch (JsonProcessingException e) {
                problems.add(sidecar + ": not a readable sidecar (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")");
            } catch (IOException | RuntimeException e) {
                problems.add(sidecar + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return new Read(claims, problems);
    }

    /** The article a sidecar belongs to: its path without {@code .annotations.json}. */
    static Path article(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return sidecar.resolveSibling(name.substring(0, name.length() - SidecarStore.SUFFIX.length()));
    }

    private static List<Path> sidecars(Path folder, List<String> problems) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.endsWith(SidecarStore.SUFFIX) && name.length() > SidecarStore.SUFFIX.length()
                        && attrs.isRegularFile()) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static List<Claim> claims(Path sidecar, Path article, Set<String> labels, boolean reference)
            throws IOException {
        List<Claim> claims = new ArrayList<>();
        String published = "";
        try (JsonParser p = JSON.createParser(FileReads.sidecar(sidecar))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("it is not a JSON object");
            }
            List<SidecarAnnotation> found = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("document".equals(field) && value == JsonToken.START_OBJECT) {
                    published = SidecarAnnotation.published(p);
                } else if ("annotations".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        SidecarAnnotation a = SidecarAnnotation.read(p);
                        if (labels.contains(a.label()) && !a.id().isEmpty()) {
                            found.add(a);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            for (SidecarAnnotation a : found) {
                claims.add(a.claim(article, published, reference));
            }
        }
        return claims;
    }
}
