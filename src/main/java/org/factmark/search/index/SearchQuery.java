package org.factmark.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked for: words and "quoted phrases", every one of which must be in an article (its text,
 * its annotations' notes or details) for the article to be found; and, optionally, only hits in annotations
 * of one label, or with one verdict.
 *
 * @param phrases each a word, or the words of a quoted phrase, folded
 * @param label   only hits in annotations with this label id, or empty
 * @param verdict only hits in annotations with this verdict, or empty
 */
public record SearchQuery(List<List<String>> phrases, Optional<String> label, Optional<String> verdict) {
    public SearchQuery {
        phrases = List.copyOf(phrases);
    }

    /** The query a user typed; an unclosed quote runs to the end. */
    public static SearchQuery parse(String query, Optional<String> label, Optional<String> verdict) {
        List<List<String>> phrases = new ArrayList<>();
        String[] parts = query.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            List<String> words = Words.terms(parts[i]);
            if (i % 2 == 1) {
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            } else {
                words.forEach(w -> phrases.add(List.of(w)));
            }
        }
        return new SearchQuery(phrases, label, verdict);
    }

    public static SearchQuery parse(String query) {
        return parse(query, Optional.empty(), Optional.empty());
    }

    /** Whether there is nothing to look for (no word in the query). */
    public boolean isEmpty() {
        return phrases.isEmpty();
    }
}
