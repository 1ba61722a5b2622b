package org.factmark.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attribute values already used in the other sidecars of an article's folder — speakers, claimants,
 * places — so the inspector can suggest them. Unreadable sidecars are passed over: suggestions are a help,
 * never a reason for an error.
 */
public final class FolderValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FILES = 500;

    private FolderValues() {
    }

    /** Text values by attribute id, from every sidecar in the folder except the article's own. */
    public static Map<String, Set<String>> around(Path article) {
        Map<String, Set<String>> values = new HashMap<>();
        Path folder = article.toAbsolutePath().getParent();
        Path own = SidecarStore.sidecarFor(article.toAbsolutePath());
        if (folder == null) {
            return values;
        }
        int read = 0;
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(folder, "*" + SidecarStore.SUFFIX)) {
            for (Path sidecar : sidecars) {
                if (sidecar.equals(own) || read++ >= MAX_FILES) {
                    continue;
                }
                collect(sidecar, values);
            }
        } catch (IOException e) {
            // a folder that cannot be listed gives no suggestions
        }
        return values;
    }

    private static void collect(Path sidecar, Map<String, Set<String>> values) {
        try {
            for (JsonNode a : JSON.readTree(sidecar.toFile()).path("annotations")) {
                a.path("attributes").fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                        values.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue().asText());
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            // passed over: see the class comment
        }
    }
}
