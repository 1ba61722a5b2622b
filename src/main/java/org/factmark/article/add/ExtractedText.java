package org.factmark.article.add;

import java.util.List;

/**
 * What a document reader found: the headline (may be empty), the body's paragraphs (without the headline),
 * and what the document says of itself (each may be null).
 */
public record ExtractedText(String headline, List<String> paragraphs, String byline, String published,
                            String language) {
    public ExtractedText {
        headline = headline == null ? "" : headline.strip();
        paragraphs = List.copyOf(paragraphs);
    }
}
