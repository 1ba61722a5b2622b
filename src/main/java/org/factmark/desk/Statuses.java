package org.factmark.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.factmark.io.FileReads;
import org.factmark.model.DocumentStatus;

/**
 * The statuses an article can have, in the order work goes through them: Factmark's own (new, in progress,
 * checked, published) or a folder's list under {@code "statuses"} in its {@code labels.json}. An article whose
 * sidecar records none is "new" while it has no annotations and "in progress" (the list's second) once it has.
 * An article counts as done from "checked" on (or, in a folder's list without "checked", at its last status).
 */
public record Statuses(List<String> values) {
    public static final List<String> DEFAULT = List.of("new", "in progress", "checked", "published");
    public static final String KEY = "statuses";
    private static final String DONE = "checked";

    public Statuses {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a list of statuses cannot be empty");
        }
    }

    public static Statuses standard() {
        return new Statuses(DEFAULT);
    }

    /** The statuses of {@code folder}, and what was wrong with its {@code labels.json}'s list if it was unusable. */
    public record Loaded(Statuses statuses, Optional<String> problem) {
    }

    /** The folder's own list from its {@code labels.json}, else the standard one. */
    public static Loaded forFolder(Path folder) {
        Path file = folder.resolve("labels.json");
        if (!Files.isRegularFile(file)) {
            return new Loaded(standard(), Optional.empty());
        }
        try {
            JsonNode list = new ObjectMapper().readTree(FileReads.settings(file)).get(KEY);
            if (list == null) {
                return new Loaded(standard(), Optional.empty());
            }
            LinkedHashSet<String> values = new LinkedHashSet<>();
            for (JsonNode value : list.isArray() ? list : List.<JsonNode>of()) {
                if (!value.isTextual() || value.asText().isBlank() || !values.add(value.asText().strip())) {
                    return unusable(file, "each status must be a different, non-empty text");
                }
            }
            return values.isEmpty() ? unusable(file, "\"statuses\" must be a non-empty list of texts")
                    : new Loaded(new Statuses(new ArrayList<>(values)), Optional.empty());
        } catch (IOException e) {
            return unusable(file, e.getMessage());
        }
    }

    private static Loaded unusable(Path file, String why) {
        return new Loaded(standard(), Optional.of(file + ": " + why + "; the standard statuses are used"));
    }

    /** The status an article is at: the one its sidecar records, else new or in progress by its annotations. */
    public String of(DocumentStatus recorded, int annotations) {
        if (recorded != null) {
            return recorded.value();
        }
        return annotations == 0 || values.size() == 1 ? values.get(0) : values.get(1);
    }

    public String of(DeskEntry entry) {
        return of(entry.status(), entry.annotations());
    }

    /** The first status that counts as done. */
    public String done() {
        return values.contains(DONE) ? DONE : values.get(values.size() - 1);
    }

    /** Whether {@code status} is the done status or one after it (a status not in the list is not done). */
    public boolean isDone(String status) {
        int at = values.indexOf(status);
        return at >= 0 && at >= values.indexOf(done());
    }

    /** The place of {@code status} in the list, for sorting; statuses not in the list come after. */
    public int rank(String status) {
        int at = values.indexOf(status);
        return at >= 0 ? at : values.size();
    }
}
