package org.factmark.add.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a cleaned page's article, by Mozilla Readability's scoring: each paragraph
 * scores by its length and commas, and gives its score to its parent and (less) to the ancestors above; an
 * ancestor's own kind and class add to or take from it; scores are scaled down by how much of an element is
 * links. The best-scoring element is the article, with those of its siblings that score near it or read as
 * prose.
 */
final class ContentFinder {
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "li", "dd");
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody", "thead");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|"
            + "pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|"
            + "share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|byline|author|dateline",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMAS = Pattern.compile("[,،，、﹐﹑]");
    private static final int MIN_PARAGRAPH = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentFinder() {
    }

    /** The elements that make up the article, in page order; empty when none scores at all. */
    static List<Element> find(Element body) {
        return new ContentFinder().search(body);
    }

    private List<Element> search(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!scorable(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + COMMAS.matcher(text).results().count() + Math.min(weightedLength(text) / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initial(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
                if (ancestor == body) {
                    break;
                }
            }
        }
        Element top = null;
        double best = 0;
        for (Element c : candidates) {
            double scaled = scores.get(c) * (1 - LinkDensity.of(c));
            scores.put(c, scaled);
            if (scaled > best) {
                best = scaled;
                top = c;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, body);
        return withSiblings(top, body);
    }

    /** A paragraph-like element: a scored tag, or a div whose children are all inline. */
    private static boolean scorable(Element e) {
        if (SCORED.contains(e.tagName())) {
            return !(e.tagName().equals("li") || e.tagName().equals("section")) || !hasBlockChild(e);
        }
        return e.tagName().equals("div") && !hasBlockChild(e);
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** Han and kana say as much in one character as a Latin word does in several: they count three times. */
    private static double weightedLength(String text) {
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                cjk++;
            }
        }
        return text.length() + 2.0 * cjk;
    }

    private static double initial(Element e) {
        double score = switch (e.tagName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.tagName().equals("article") || e.tagName().equals("main")) {
            score += 10;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 25; // the page says in its microdata where the article's body is
        }
        return score + classWeight(e);
    }

    static double classWeight(Element e) {
        double weight = 0;
        for (String s : new String[] {e.className(), e.id()}) {
            if (!s.isEmpty()) {
                weight += NEGATIVE.matcher(s).find() ? -25 : 0;
                weight += POSITIVE.matcher(s).find() ? 25 : 0;
            }
        }
        return weight;
    }

    /** Moves up from the top element while its ancestors keep a good share of its score (Readability's step). */
    private Element climb(Element top, Element body) {
        double last = scores.get(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return top;
    }

    /** The top element and those of its siblings that score near it, or that read as prose. */
    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = scores.get(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2
                    : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.tagName().equals("p") || sibling.tagName().equals("div") && !hasBlockChild(sibling)) {
                String text = sibling.text();
                double links = LinkDensity.of(sibling);
                if (text.length() > 80 && links < 0.25
                        || text.length() > 0 && text.length() <= 80 && links == 0 && text.matches(".*[.!?。！？؟]\\s*$")) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /** How much of an element's text is inside links, 0 to 1. */
    static final class LinkDensity {
        private LinkDensity() {
        }

        static double of(Element e) {
            int all = e.text().length();
            if (all == 0) {
                return 0;
            }
            int links = 0;
            for (Element a : e.select("a")) {
                String href = a.attr("href");
                links += (int) (a.text().length() * (href.startsWith("#") ? 0.3 : 1));
            }
            return Math.min(1, (double) links / all);
        }
    }
}
