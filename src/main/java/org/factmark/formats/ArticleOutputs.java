package org.factmark.formats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Output names for formats that write one file per article (brat, CoNLL, HTML, ClaimReview), and the loss
 * line they share for orphaned annotations.
 */
final class ArticleOutputs {
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s]+");

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
        return unique(dot > 0 ? name.substring(0, dot) : name, taken);
    }

    /**
     * As {@link #uniqueStem(ExportInput, Set)}, but only the extension {@code dropped} is taken off: brat's copy
     * of {@code notes.md} is {@code notes.md.txt}, never {@code notes.txt}, which may be another article beside
     * it.
     */
    static String uniqueStem(ExportInput input, Set<String> taken, String dropped) {
        String name = fileName(input);
        boolean drop = name.length() > dropped.length()
                && name.toLowerCase(Locale.ROOT).endsWith(dropped.toLowerCase(Locale.ROOT));
        return unique(drop ? name.substring(0, name.length() - dropped.length()) : name, taken);
    }

    private static String unique(String stem, Set<String> taken) {
        if (stem.isEmpty()) {
            stem = "article";
        }
        String candidate = stem;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n;
        }
        return candidate;
    }

    /**
     * The article's web address, when its sidecar records one as {@code document.source.url} (an http or https
     * address); else empty. An export for other people names the article by it, never by its path on this disk.
     */
    static Optional<String> webAddress(ExportInput input) {
        if (input.content().documentExtra().get("source") instanceof Map<?, ?> source
                && source.get("url") instanceof String url && WEB.matcher(url).matches()) {
            return Optional.of(url);
        }
        return Optional.empty();
    }

    /**
     * The article's file name as a reference relative to the export ({@code fixture%20article.txt}): every
     * byte of its UTF-8 but letters, digits and {@code -._~} percent-encoded, so that no folder and no scheme
     * can be read into it.
     */
    static String relativeReference(ExportInput input) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName(input).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
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
