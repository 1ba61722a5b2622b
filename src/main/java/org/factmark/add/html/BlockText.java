package org.factmark.add.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of an article's elements as a reader sees them: each block (paragraph, heading, list item,
 * quotation, table row) is one paragraph; inline elements run together; {@code <br>} is a line break inside a
 * paragraph; a table row's cells are joined with " | ". Blocks that are mostly links (a "read more" list, tags)
 * are left out.
 */
final class BlockText {
    /** Stands for a line break the page means ({@code <br>}, a line of a {@code <pre>}) until the text is made. */
    private static final char BREAK = '\u2028';
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    /** The places in {@link #paragraphs} of those that are headings. */
    private final java.util.Set<Integer> headings = new java.util.HashSet<>();

    private final boolean everything;

    private BlockText(boolean everything) {
        this.everything = everything;
    }

    static List<String> of(List<Element> parts) {
        return of(parts, false);
    }

    /** {@code everything}: keep blocks of links too (the whole page's text, asked for). */
    static List<String> of(List<Element> parts, boolean everything) {
        BlockText text = new BlockText(everything);
        for (Element part : parts) {
            text.block(part);
        }
        text.flush();
        // a heading with nothing after it headed what was taken out (references, comments)
        while (!text.paragraphs.isEmpty() && text.headings.contains(text.paragraphs.size() - 1)) {
            text.headings.remove(text.paragraphs.size() - 1);
            text.paragraphs.remove(text.paragraphs.size() - 1);
        }
        return text.paragraphs;
    }

    private void block(Element e) {
        String tag = e.tagName();
        if (tag.equals("tr")) {
            flush();
            List<String> cells = new ArrayList<>();
            for (Element cell : e.children()) {
                String text = cell.text().strip();
                if (!text.isEmpty()) {
                    cells.add(text);
                }
            }
            current.append(String.join(" | ", cells));
            flush();
            return;
        }
        if ((tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                || tag.equals("table")) && !everything && mostlyLinks(e)) {
            return;
        }
        boolean block = ContentFinder.BLOCKS.contains(tag);
        if (block) {
            flush();
        }
        int before = paragraphs.size();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                current.append(inPre(e) ? text.replace('\n', BREAK) : text);
            } else if (child instanceof Element c) {
                if (c.tagName().equals("br")) {
                    current.append(BREAK);
                } else {
                    block(c);
                }
            }
        }
        if (block) {
            flush();
            if (tag.matches("h[1-6]") && paragraphs.size() == before + 1) {
                headings.add(paragraphs.size() - 1);
            }
        }
    }

    private static boolean inPre(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.tagName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** A list or box whose text is mostly links and short: navigation, tags, "related", not prose. */
    private static boolean mostlyLinks(Element e) {
        double density = ContentFinder.LinkDensity.of(e);
        return density > 0.5 || density > 0.33 && ContentFinder.classWeight(e) < 25 && e.text().length() < 500;
    }

    /** Ends the paragraph being gathered; an empty line in it ({@code <br><br>}) ends a paragraph too. */
    private void flush() {
        String raw = current.toString();
        current.setLength(0);
        for (String part : raw.split(BREAK + "[\\s\\u00A0]*" + BREAK)) {
            String paragraph = normalise(part);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
    }

    /** Runs of white space become one space, except line breaks from {@code <br>}, which stay (one each). */
    private static String normalise(String raw) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.split(String.valueOf(BREAK))) {
            String collapsed = line.replace('\u00A0', ' ').replaceAll("[\\s\\u200B]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }
}
