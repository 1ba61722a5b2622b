package org.factmark.ui.add;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.DocumentSource;

/** How the window names an article's provenance: "Daily Example · 2026-11-30" in its title and status bar. */
public final class Provenance {
    private Provenance() {
    }

    /** The site (else the web address's host) and the publication date, or "" when neither is known. */
    public static String siteAndDate(AnnotationDocument doc) {
        DocumentSource source = doc == null ? null : doc.source();
        if (source == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String site = blank(source.site()) ? host(source.url()) : source.site().strip();
        if (!blank(site)) {
            parts.add(site);
        }
        if (!blank(source.published())) {
            String date = source.published().strip();
            parts.add(date.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? date.substring(0, 10) : date);
        }
        return String.join(" · ", parts);
    }

    /** Every known field, a line each, for the status bar's tooltip. */
    public static String details(AnnotationDocument doc) {
        DocumentSource source = doc == null ? null : doc.source();
        if (source == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        line(lines, "Title", source.title());
        line(lines, "By", source.byline());
        line(lines, "Site", source.site());
        line(lines, "Published", source.published());
        line(lines, "Address", source.url());
        line(lines, "Retrieved", source.retrieved());
        line(lines, "Original", source.original());
        return String.join("\n", lines);
    }

    /** The archived original beside the article, when the sidecar names one and it is there. */
    public static Optional<Path> original(AnnotationDocument doc) {
        DocumentSource source = doc == null ? null : doc.source();
        if (source == null || blank(source.original())) {
            return Optional.empty();
        }
        Path name = Path.of(source.original()).getFileName();
        if (name == null || !name.toString().equals(source.original())) {
            return Optional.empty(); // a name, never a path that could lead out of the article's folder
        }
        Path original = doc.articlePath().toAbsolutePath().resolveSibling(name);
        return Files.isRegularFile(original) ? Optional.of(original) : Optional.empty();
    }

    private static void line(List<String> lines, String name, String value) {
        if (!blank(value)) {
            lines.add(name + ": " + value.strip());
        }
    }

    private static String host(String url) {
        try {
            return url == null ? "" : java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
