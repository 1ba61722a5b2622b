package org.factmark.add;

import java.util.List;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;

/**
 * A plain-text file: decoded as an article file is (UTF-8, or UTF-16 with its byte-order mark, or
 * windows-1252), its paragraphs being the blocks between blank lines; the first block leads, as the headline.
 */
final class PlainTextExtractor implements Extractor {
    @Override
    public boolean handles(String format) {
        return "txt".equals(format);
    }

    @Override
    public ExtractedArticle extract(byte[] bytes, SourceInfo where) throws ExtractionException {
        String text;
        try {
            text = ArticleLoader.decode(where.name(), bytes, "it").text();
        } catch (ArticleException e) {
            throw new ExtractionException(e.getMessage());
        }
        List<String> blocks = ArticleLayout.blocks(text);
        return new ExtractedArticle(null, blocks, null, null, null, null, null, Direction.ofText(text));
    }
}
