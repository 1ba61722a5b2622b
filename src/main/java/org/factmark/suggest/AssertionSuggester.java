package org.factmark.suggest;

import java.util.List;
import java.util.Set;

/** Assertions (being written). */
public final class AssertionSuggester implements Suggester {
    @Override
    public String label() {
        return "assertion";
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
