package org.factmark.suggest;

import java.util.List;
import java.util.Set;

/** Dates (being written). */
public final class DateSuggester implements Suggester {
    @Override
    public String label() {
        return "event";
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
