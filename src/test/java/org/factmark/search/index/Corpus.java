package org.factmark.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarStore;

/** Articles with sidecars written as Factmark writes them, for the search tests. */
final class Corpus {
    private Corpus() {
    }

    static Path article(Path folder, String name, String text, Annotation... annotations) throws IOException {
        Path article = folder.resolve(name);
        Files.createDirectories(article.getParent());
        Files.writeString(article, text);
        if (annotations.length > 0) {
            try {
                SidecarStore.save(article, new SidecarContent(ArticleLoader.load(article), List.of(annotations),
                        List.of(), Map.of(), Map.of()), false);
            } catch (org.factmark.article.ArticleException e) {
                throw new IOException(e);
            }
        }
        return article;
    }

    /** An annotation of {@code text}'s first {@code words} (UTF-16 offsets), with a note and details. */
    static Annotation of(String id, String label, String text, String words, String note,
                         Map<String, Object> details) {
        int start = text.indexOf(words);
        return new Annotation(id, label, start, start + words.length(), details, note, "test",
                "2026-12-02T00:00:00Z", "2026-12-02T00:00:00Z", Map.of());
    }
}
