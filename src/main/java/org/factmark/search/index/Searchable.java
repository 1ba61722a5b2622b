package org.factmark.search.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factmark.article.ArticleException;
import org.factmark.model.Annotation;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;

/**
 * What search looks through in one article: its text and, for each annotation, its note and details.
 *
 * @param problem what was wrong with the sidecar (its annotations are then not searched), or empty
 */
record Searchable(Path article, String text, List<Annotation> annotations, Optional<String> problem) {

    /** Reads the article and its sidecar. */
    static Searchable read(Path article) throws ArticleException {
        OpenedDocument opened = SidecarStore.open(article);
        return new Searchable(article, opened.content().article().text(), opened.content().annotations(),
                opened.sidecarProblem());
    }

    /** The values searched besides the text: each annotation's note and details, in order. */
    static List<String> notesAndDetails(Annotation a) {
        List<String> values = new ArrayList<>();
        if (!a.note().isEmpty()) {
            values.add(a.note());
        }
        a.attributes().values().forEach(v -> flatten(v, values));
        return values;
    }

    private static void flatten(Object value, List<String> into) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> flatten(v, into));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> flatten(v, into));
        } else if (value != null && !(value instanceof Boolean)) {
            String s = value.toString();
            if (!s.isBlank()) {
                into.add(s);
            }
        }
    }
}
