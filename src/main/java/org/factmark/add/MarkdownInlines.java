package org.factmark.add;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of Markdown's inline content: what a reader sees, without the marks around it. */
final class MarkdownInlines {
    private MarkdownInlines() {
    }

    static String text(Node parent) {
        StringBuilder out = new StringBuilder();
        append(parent, out);
        return out.toString().strip();
    }

    private static void append(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append('\n');
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                append(node, out); // emphasis, strong emphasis, links, strikethrough: their text
            }
        }
    }

    /** A table's rows, a line each, its cells between " | "; the header row first. */
    static String table(Node table) {
        List<String> rows = new ArrayList<>();
        rows(table, rows);
        return String.join("\n", rows);
    }

    private static void rows(Node parent, List<String> rows) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(String.join(" | ", cells));
            } else {
                rows(node, rows); // the table's head and body
            }
        }
    }

    /** An HTML block's text: its tags and comments taken out. */
    static String withoutTags(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "").replaceAll("<[^>]*>", "").strip();
    }
}
