package org.factmark.add;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code NAME.txt}: the headline as the first paragraph, then the paragraphs, each separated from
 * the next by one blank line, LF line endings, a final newline. Spaces and tabs at the ends of lines go, and
 * no paragraph is empty or holds a blank line.
 */
public final class ArticleLayout {
    private ArticleLayout() {
    }

    /** The article's text, or null when it has no text at all. */
    public static String text(ExtractedArticle article) {
        List<String> blocks = new ArrayList<>();
        if (article.headline() != null) {
            blocks.addAll(blocks(article.headline()));
        }
        for (String paragraph : article.paragraphs()) {
            for (String block : blocks(paragraph)) {
                if (!(blocks.size() == 1 && article.headline() != null && blocks.get(0).equals(block))) {
                    blocks.add(block); // a body that repeats the headline first does not say it twice
                }
            }
        }
        return blocks.isEmpty() ? null : String.join("\n\n", blocks) + "\n";
    }

    /** {@code text} cut at its blank lines into trimmed, non-empty blocks; CR and CRLF become LF. */
    public static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String kept = line.replace('\u00A0', ' ').strip();
            if (kept.isEmpty()) {
                flush(block, blocks);
            } else {
                if (block.length() > 0) {
                    block.append('\n');
                }
                block.append(line.stripTrailing().replaceFirst("^[ \\t]+", ""));
            }
        }
        flush(block, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (block.length() > 0) {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }
}
