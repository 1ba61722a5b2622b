package org.factmark.search.index;

import java.util.Optional;

/**
 * One place a search found, in an article of the folder.
 *
 * @param article    the article's path relative to the folder, with forward slashes
 * @param start      where the hit starts in the article's text, in code points
 * @param end        where it ends (exclusive), in code points
 * @param from       {@code start} in UTF-16 units, as the editor selects
 * @param to         {@code end} in UTF-16 units
 * @param text       the text of the hit: the matched words, or (for a hit in a note or detail) the annotated text
 * @param context    the line around the hit, shortened, for a results list
 * @param annotation the annotation the hit is in, or empty
 * @param inNote     whether the words were found in the annotation's note or details rather than the text
 */
public record Hit(String article, int start, int end, int from, int to, String text, String context,
                  Optional<AnnotationRef> annotation, boolean inNote) {

    /** The annotation a hit is in: its id and label. */
    public record AnnotationRef(String id, String label) {
    }
}
