package org.factmark.add;

/**
 * Turns one kind of document (HTML, PDF, …) into an article's text and metadata. Implementations know nothing
 * of files or the network: {@link AddArticle} reads and writes, and asks {@link Extractors} for the one that
 * {@link #handles} the format it detected.
 */
public interface Extractor {
    /** True for the formats ("html", "pdf", "docx", "md", "txt") this extractor reads. */
    boolean handles(String format);

    /**
     * The article in {@code bytes}.
     *
     * @throws ExtractionException when there is no article to be had (no text, encrypted, corrupt, …), worded
     *                             for the user
     */
    ExtractedArticle extract(byte[] bytes, SourceInfo where) throws ExtractionException;
}
