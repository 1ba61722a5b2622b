package org.factmark.add.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself: from its JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}
 * …), then its Open Graph tags, then its plain {@code <meta>} tags and {@code <html lang dir>}. Read before the
 * page is cleaned; each field is null when the page does not say.
 */
record PageMetadata(String headline, String title, String byline, String site, String published, String language,
                    String direction) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
            "scholarlyarticle", "techarticle", "report", "liveblogposting", "webpage", "reviewnewsarticle");

    static PageMetadata of(Document page) {
        JsonNode ld = articleJsonLd(page);
        String headline = first(text(ld, "headline"), text(ld, "name"), meta(page, "og:title"),
                meta(page, "twitter:title"));
        String title = first(page.title().isBlank() ? null : page.title().strip(), headline);
        String byline = first(authors(ld), meta(page, "author"), meta(page, "article:author", true),
                meta(page, "dc.creator"), meta(page, "parsely-author"), meta(page, "sailthru.author"));
        String site = first(meta(page, "og:site_name"), text(ld == null ? null : ld.get("publisher"), "name"),
                meta(page, "application-name"));
        String published = first(text(ld, "datePublished"), meta(page, "article:published_time"),
                meta(page, "datePublished"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "date"),
                meta(page, "dc.date.issued"), meta(page, "dc.date"), meta(page, "dcterms.created"),
                meta(page, "citation_publication_date"), meta(page, "parsely-pub-date"), meta(page, "sailthru.date"),
                timeInArticle(page));
        String language = first(text(ld, "inLanguage"), attr(page.selectFirst("html"), "lang"),
                httpEquiv(page, "content-language"), locale(meta(page, "og:locale")));
        String direction = first(attr(page.selectFirst("html"), "dir"), attr(page.body(), "dir"));
        if (direction != null) {
            direction = direction.toLowerCase(Locale.ROOT);
            direction = direction.equals("rtl") || direction.equals("ltr") ? direction : null;
        }
        return new PageMetadata(headline, title, byline, site, published, language, direction);
    }

    /** The first JSON-LD object of an article type, looking into arrays and {@code @graph}; null when none. */
    private static JsonNode articleJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a broken JSON-LD block is common and no reason to fail: the next source of metadata is used
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        if (types.stream().anyMatch(ARTICLE_TYPES::contains) && !types.contains("webpage")
                || types.contains("webpage") && node.has("headline")) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static String authors(JsonNode ld) {
        if (ld == null || ld.get("author") == null) {
            return null;
        }
        JsonNode author = ld.get("author");
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : text(a, "name");
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value != null && value.isObject() && value.has("name")) {
            value = value.get("name");
        }
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String meta(Document page, String key) {
        return meta(page, key, false);
    }

    /** A {@code <meta>} tag's content by its name or property, compared without case; URLs left out when asked. */
    private static String meta(Document page, String key, boolean notUrl) {
        for (Element m : page.select("meta[content]")) {
            String name = first(attr(m, "property"), attr(m, "name"), attr(m, "itemprop"));
            if (name != null && name.equalsIgnoreCase(key)) {
                String content = m.attr("content").strip();
                if (!content.isEmpty() && !(notUrl && content.startsWith("http"))) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document page, String key) {
        for (Element m : page.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(key)) {
                return m.attr("content").split(",")[0].strip();
            }
        }
        return null;
    }

    private static String timeInArticle(Document page) {
        Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished]");
        return attr(time, "datetime");
    }

    private static String locale(String ogLocale) {
        return ogLocale == null ? null : ogLocale.replace('_', '-');
    }

    private static String attr(Element e, String name) {
        if (e == null || !e.hasAttr(name)) {
            return null;
        }
        String value = e.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
