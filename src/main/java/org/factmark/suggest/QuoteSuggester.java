package org.factmark.suggest;

import java.util.List;
import java.util.Set;

/** Quotes (being written). */
public final class QuoteSuggester implements Suggester {
    @Override
    public String label() {
        return "quote";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public List<Suggestion> suggest(Prose prose) {
        return List.of();
    }
}
