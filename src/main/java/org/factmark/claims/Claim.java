package org.factmark.claims;

import java.nio.file.Path;
import java.util.List;

/**
 * One annotation of a folder as a claim to compare: where it is, what it says, and what the checker found.
 *
 * @param article     the article the annotation is in
 * @param id          the annotation's id
 * @param label       its label ({@code assertion}, {@code quote}, ...)
 * @param text        the annotated text
 * @param verdict     the verdict given, or blank
 * @param explanation the explanation given, or blank
 * @param evidence    the evidence URLs given
 * @param date        the article's publication date when known, else the day the annotation was last changed
 *                    (ISO 8601), or blank
 * @param reference   whether it comes from a reference folder rather than the article's own
 */
public record Claim(Path article, String id, String label, String text, String verdict, String explanation,
                    List<String> evidence, String date, boolean reference) {
    public Claim {
        text = text == null ? "" : text;
        verdict = verdict == null ? "" : verdict;
        explanation = explanation == null ? "" : explanation;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        date = date == null ? "" : date;
    }

    /** Whether it has a verdict other than "unrated". */
    public boolean rated() {
        return !verdict.isBlank() && !verdict.equals("unrated");
    }
}
