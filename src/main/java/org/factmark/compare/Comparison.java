package org.factmark.compare;

import java.util.List;

/**
 * What comparing two sets of annotations of one article found.
 *
 * @param differences every difference, in text order
 * @param identical   how many of mine theirs holds as they are (the same label, span, details and note): merged
 *                    silently, never listed
 */
public record Comparison(List<Difference> differences, int identical) {
    public Comparison {
        differences = List.copyOf(differences);
    }

    /** The differences of one kind, in text order. */
    public List<Difference> of(Kind kind) {
        return differences.stream().filter(d -> d.kind() == kind).toList();
    }
}
