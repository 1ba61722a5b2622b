package org.factmark.suggest;

import java.util.List;
import java.util.Set;
import org.factmark.model.ArticleText;

/**
 * One kind of suggestion: finds the spans of one label in an article. Implementations are stateless and
 * thread-safe, never throw on odd text, and check {@link Prose#checkCancelled()} often enough to stop quickly.
 */
public interface Suggester {
    /** The label id of what it suggests. */
    String label();

    /** The languages (BCP 47 primary tags) it is built for; "en" first. */
    Set<String> languages();

    /** Its suggestions for the article, in text order, offsets in code points. */
    List<Suggestion> suggest(Prose prose);

    /** Its suggestions for an article without a known date (relative dates are left unresolved). */
    default List<Suggestion> suggest(ArticleText article) {
        return suggest(Prose.of(article, null));
    }
}
