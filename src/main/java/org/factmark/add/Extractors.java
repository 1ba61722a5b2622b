package org.factmark.add;

import java.util.List;
import java.util.Optional;

/** The extractors Factmark has, one per kind of document; {@link AddArticle} picks by the detected format. */
public final class Extractors {
    /** Every extractor, asked in this order. Add a new kind of document here. */
    private static final List<Extractor> ALL = List.of(
            new PlainTextExtractor(), new PdfExtractor(), new DocxExtractor(), new MarkdownExtractor(),
            new org.factmark.add.html.HtmlExtractor());

    private Extractors() {
    }

    /** The extractor for {@code format} ("html", "pdf", …), or empty when this build reads no such document. */
    public static Optional<Extractor> forFormat(String format) {
        return ALL.stream().filter(e -> e.handles(format)).findFirst();
    }
}
