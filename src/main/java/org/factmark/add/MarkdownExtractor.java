package org.factmark.add;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;

/**
 * A Markdown (.md) file's text without its markup, through commonmark-java: headings, paragraphs, block
 * quotes and code as blocks; emphasis and code spans as their text, links as their text, images left out;
 * a list one block with an item a line ("• ", "1. "); a table one block with a row a line. The headline is
 * the front matter's {@code title}, else the first top-level heading; {@code author}, {@code date} and
 * {@code lang} in the front matter are the byline, the date and the language.
 */
public final class MarkdownExtractor implements Extractor {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create())).build();

    @Override
    public boolean handles(String format) {
        return "md".equals(format);
    }

    @Override
    public ExtractedArticle extract(byte[] bytes, SourceInfo where) throws ExtractionException {
        String text;
        try {
            text = ArticleLoader.decode(where.name(), bytes, "it").text();
        } catch (ArticleException e) {
            throw new ExtractionException(e.getMessage());
        }
        Node document = PARSER.parse(text);
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        Map<String, List<String>> meta = frontMatter.getData();
        List<String> blocks = new ArrayList<>();
        String title = first(meta, "title");
        String headline = title;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (headline == null && block instanceof Heading heading) {
                headline = MarkdownInlines.text(heading);
                continue;
            }
            blocks(block, blocks);
        }
        return new ExtractedArticle(headline, blocks, title, first(meta, "author"), first(meta, "publisher"),
                first(meta, "date"), first(meta, "lang"), null);
    }

    private static void blocks(Node block, List<String> out) {
        if (block instanceof Heading || block instanceof Paragraph) {
            add(out, MarkdownInlines.text(block));
        } else if (block instanceof ListBlock list) {
            List<String> lines = new ArrayList<>();
            items(list, lines);
            add(out, String.join("\n", lines));
        } else if (block instanceof BlockQuote) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                blocks(child, out);
            }
        } else if (block instanceof FencedCodeBlock code) {
            add(out, code.getLiteral());
        } else if (block instanceof IndentedCodeBlock code) {
            add(out, code.getLiteral());
        } else if (block instanceof HtmlBlock html) {
            // the text between the tags, read as Markdown again so that entities ("&amp;") are decoded
            Node text = PARSER.parse(MarkdownInlines.withoutTags(html.getLiteral()));
            for (Node child = text.getFirstChild(); child != null; child = child.getNext()) {
                blocks(child, out);
            }
        } else if (block instanceof TableBlock) {
            add(out, MarkdownInlines.table(block));
        }
    }

    /** Each item a line with its marker; a nested list's items follow on their own lines. */
    private static void items(ListBlock list, List<String> lines) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof BulletList ? "•" : number++ + ".";
            List<String> text = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock sub) {
                    items(sub, nested);
                } else {
                    List<String> parts = new ArrayList<>();
                    blocks(child, parts);
                    text.addAll(parts);
                }
            }
            lines.add(marker + " " + String.join(" ", text).replace('\n', ' '));
            lines.addAll(nested);
        }
    }

    private static void add(List<String> out, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            out.add(stripped);
        }
    }

    private static String first(Map<String, List<String>> meta, String key) {
        List<String> values = meta.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return String.join(", ", values).strip();
    }
}
