package org.factmark.formats;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Output names for formats that write one file per article (brat, CoNLL, HTML, ClaimReview), and the loss
 * line they share for orphaned annotations.
 */
final class ArticleOutputs {
    private ArticleOutputs() {
    }

    /** The article's file name without folder: from its path, else as the sidecar records it. */
    static String fileName(ExportInput input) {
        Path name = input.article() == null ? null : input.article().getFileName();
        return name != null ? name.toString() : input.content().article().fileName();
    }

    /**
     * The article's file name without its last extension ({@code speech.txt} → {@code speech}), made unique
     * among {@code taken} (compared in lower case, for case-insensitive file systems) by a {@code -2}, {@code -3}… suffix, its lower-case form added to it. Two articles that differ only
     * in their extension (or folder) so never overwrite each other's output.
     */
    static String uniqueStem(ExportInput input, Set<String> taken) {
        String name = fileName(input);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isEmpty()) {
            stem = "article";
        }
        String candidate = stem;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n;
        }
        return candidate;
    }

    /** "3 orphaned annotations: …", or null when no article had any. */
    static String orphansLost(int orphans) {
        if (orphans == 0) {
            return null;
        }
        return plural(orphans, "orphaned annotation") + " (no longer found in the article): not exported";
    }

    /** "1 span", "2 spans". */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
