package org.factmark.add.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes out of a page what is never article text, before the article is looked for: scripts and styles,
 * hidden nodes, forms and buttons, and the page's chrome (navigation, sidebars, footers, cookie banners,
 * adverts, share buttons, related links), found by element, ARIA role and class or id, as Mozilla's
 * Readability does.
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "button, input, select, textarea, link, meta, dialog, nav, aside, footer, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=menu], [role=menubar], "
            + "[role=banner], [role=contentinfo], [role=dialog], [role=alertdialog], [role=search], [role=alert]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    static final Pattern UNLIKELY = Pattern.compile("-ad-|^ad-|-ads\\b|\\bads?\\b|advert|ai2html|banner|breadcrumb|"
            + "combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
            + "newsletter|subscribe|signup|paywall|promo|related|recommend|remark|replies|rss|share|sharing|"
            + "shoutbox|sidebar|skyscraper|social|sponsor|supplemental|agegate|pagination|pager|popup|modal|"
            + "outbrain|taboola|teaser|trending|most-?read|most-?popular|toolbar|skip|print|tags|toc\\b|navbox|"
            + "catlinks|mw-editsection|reference-?list|reflist|hatnote|infobox|yom-remote|byline|dateline|author|"
            + "more-?(stories|articles|news|from)|story-?card|recirc|read-?next|up-?next|also-?read|"
            + "other-?stories|you-?may-?like|timestamp|kicker|eyebrow|(^|[\\s_-])meta($|[\\s_-])|posted-on|info-bar|credit",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> INLINE_PARENTS = java.util.Set.of("p", "li", "td", "blockquote",
            "span", "a", "em", "strong", "b", "i", "dd");
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow|story|"
            + "entry|post-?body|text", Pattern.CASE_INSENSITIVE);

    private PageCleaner() {
    }

    /** Removes from {@code body} every node that is never article text. */
    static void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        for (Element e : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        for (Element form : body.select("form")) {
            if (form.text().length() < 1000) {
                form.remove(); // a search box or a sign-up; some sites wrap the whole page in one form
            }
        }
        for (Element header : body.select("header")) {
            if (header.closest("article, main, [role=main]") == null) {
                header.remove(); // the site's masthead; an article's own header holds its standfirst
            }
        }
        body.select("time").forEach(time -> {
            if (!INLINE_PARENTS.contains(time.parent() == null ? "" : time.parent().tagName())) {
                time.remove(); // a date line of its own, not a date in a sentence
            }
        });
        removeUnlikely(body);
        body.select("figure, figcaption, picture, img, video, audio, source").remove();
        BreakParagraphs.wrap(body);
    }

    /** Elements whose class or id says they are page furniture, unless it also says they may be content. */
    private static void removeUnlikely(Element body) {
        List<Element> all = body.getAllElements();
        for (Element e : all) {
            if (e == body || e.parent() == null || e.tagName().equals("article") || e.tagName().equals("main")
                    || e.tagName().equals("body") || insideTableOrCode(e)) {
                continue;
            }
            String match = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (match.isBlank()) {
                continue;
            }
            boolean unlikely = UNLIKELY.matcher(match).find();
            if (unlikely && !MAYBE.matcher(match).find()) {
                e.remove();
            } else if (unlikely && e.text().length() < 200) {
                e.remove(); // "article-share", "story-tags": a short block that names itself furniture
            }
        }
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.tagName();
            if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
