package org.factmark.add.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Older pages mark paragraphs with two line breaks ({@code text<br><br>text}) rather than {@code <p>}: each run
 * of text between such breaks becomes a {@code <p>} of its own, so that it is scored and laid out as the
 * paragraph it is (Readability's "replace BRs" step).
 */
final class BreakParagraphs {
    private BreakParagraphs() {
    }

    static void wrap(Element body) {
        for (Element e : body.select("*:has(> br + br)")) {
            if (e.tagName().equals("p") || e.tagName().equals("pre")) {
                continue;
            }
            wrapChildren(e);
        }
    }

    private static void wrapChildren(Element e) {
        List<Node> children = new ArrayList<>(e.childNodes());
        List<List<Node>> groups = new ArrayList<>();
        List<Node> group = new ArrayList<>();
        int breaks = 0;
        for (Node n : children) {
            if (n instanceof Element b && b.tagName().equals("br")) {
                breaks++;
                if (breaks == 2) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
                continue;
            }
            if (n instanceof TextNode t && t.isBlank()) {
                group.add(n);
                continue;
            }
            if (breaks == 1) {
                group.add(new Element("br"));
            }
            breaks = 0;
            if (n instanceof Element child && ContentFinder.BLOCKS.contains(child.tagName())) {
                groups.add(group);
                groups.add(List.of(n)); // a block stays as it is, between paragraphs
                group = new ArrayList<>();
                continue;
            }
            group.add(n);
        }
        groups.add(group);
        e.empty();
        for (List<Node> g : groups) {
            if (g.size() == 1 && g.get(0) instanceof Element block && ContentFinder.BLOCKS.contains(block.tagName())) {
                e.appendChild(block);
            } else if (g.stream().anyMatch(n -> !(n instanceof TextNode t) || !t.isBlank())) {
                Element p = e.appendElement("p");
                g.forEach(n -> p.appendChild(n instanceof Element el && el.parent() == null ? el : n));
            }
        }
    }
}
