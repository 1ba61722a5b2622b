package org.factmark.add;

import java.util.List;

/**
 * An article as an {@link Extractor} found it: its headline and paragraphs of plain text (a paragraph may hold
 * single line breaks, never a blank line), and what the source said about itself. Any metadata may be null.
 *
 * @param headline   the headline, or null when the source has none (the first paragraph then leads)
 * @param paragraphs the body, one entry per paragraph, in reading order
 * @param title      the title in the source's metadata (which may differ from the headline)
 * @param byline     the author(s)
 * @param site       the site or publisher's name
 * @param published  the publication date, ISO 8601 as found
 * @param language   a language tag ("en", "fa", "zh-CN")
 * @param direction  "ltr" or "rtl"
 */
public record ExtractedArticle(String headline, List<String> paragraphs, String title, String byline, String site,
                               String published, String language, String direction) {
    public ExtractedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Only text: no metadata. */
    public static ExtractedArticle text(String headline, List<String> paragraphs) {
        return new ExtractedArticle(headline, paragraphs, null, null, null, null, null, null);
    }
}
