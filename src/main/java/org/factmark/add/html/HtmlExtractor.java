package org.factmark.add.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factmark.add.Direction;
import org.factmark.add.ExtractedArticle;
import org.factmark.add.ExtractionException;
import org.factmark.add.Extractor;
import org.factmark.add.NoArticleException;
import org.factmark.add.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page: parsed by jsoup in the charset the server declared (else the page's {@code <meta charset>}, else
 * UTF-8), its metadata read ({@link PageMetadata}), its furniture removed ({@link PageCleaner}), its article
 * found ({@link ContentFinder}) and turned into paragraphs ({@link BlockText}), under its headline.
 */
public final class HtmlExtractor implements Extractor {
    /** Less article text than this (in characters, Han and kana counting three) is no article. */
    private static final int MIN_ARTICLE = 200;

    @Override
    public boolean handles(String format) {
        return "html".equals(format);
    }

    @Override
    public ExtractedArticle extract(byte[] bytes, SourceInfo where) throws ExtractionException {
        Document page = parse(bytes, where);
        PageMetadata meta = PageMetadata.of(page);
        String headline = headline(page, meta);
        Element body = page.body().clone();
        List<String> paragraphs;
        if (where.wholePage()) {
            body.select("script, style, noscript, template, svg, [hidden], [aria-hidden=true]").remove();
            paragraphs = BlockText.of(List.of(body), true);
        } else {
            PageCleaner.clean(body);
            removeHeadline(body, headline);
            paragraphs = BlockText.of(ContentFinder.find(body));
            if (weight(paragraphs) < MIN_ARTICLE) {
                throw new NoArticleException();
            }
        }
        ExtractedArticle found = new ExtractedArticle(headline, paragraphs, meta.title(), byline(meta.byline()),
                meta.site(), meta.published(), meta.language(), meta.direction());
        return new ExtractedArticle(headline, paragraphs, found.title(), found.byline(), found.site(),
                found.published(), found.language(), Direction.of(found));
    }

    private static Document parse(byte[] bytes, SourceInfo where) throws ExtractionException {
        String charset = where.charset();
        if (charset != null && !supported(charset)) {
            charset = null; // a charset Java does not know: the page's own declaration, else UTF-8
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, where.url() == null ? "" : where.url());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("it could not be read as a web page (" + e.getMessage() + ")");
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The article's headline: the page's {@code <h1>} that matches its declared headline or title best; else
     * the first {@code <h1>} of its {@code <article>} or {@code <main>}; else the declared headline.
     */
    static String headline(Document page, PageMetadata meta) {
        String declared = meta.headline() != null ? meta.headline() : shortTitle(meta.title(), page);
        List<Element> h1s = page.body().select("h1, [itemprop=headline]");
        Element best = null;
        double bestSimilarity = 0.5;
        for (Element h1 : h1s) {
            double similarity = declared == null ? 0 : similarity(h1.text(), declared);
            if (similarity > bestSimilarity) {
                best = h1;
                bestSimilarity = similarity;
            }
        }
        if (best == null) {
            best = page.body().selectFirst("article h1, main h1");
        }
        if (best == null && declared == null && h1s.size() == 1) {
            best = h1s.get(0);
        }
        String text = best != null ? best.text().strip() : declared;
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The headline in a page title such as "Council passes budget | Example News": of the parts between
     * separators, the one the page shows as an element's whole text, else the longest.
     */
    static String shortTitle(String title, Document page) {
        if (title == null) {
            return null;
        }
        String[] parts = title.split("\\s+[|–—\\-:·»_]+\\s+|_(?=[^_]+$)");
        if (parts.length == 1) {
            return title.strip();
        }
        String best = null;
        for (String part : parts) {
            String p = part.strip();
            boolean shown = !page.body().getElementsMatchingOwnText("^\\s*" + java.util.regex.Pattern.quote(p)
                    + "\\s*$").isEmpty();
            if (shown && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        for (String part : parts) {
            if (best == null || part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

    /** The element that shows the headline, taken out of the body: the headline leads the article already. */
    private static void removeHeadline(Element body, String headline) {
        if (headline == null) {
            return;
        }
        for (Element e : body.select("h1, h2, h3, b, strong, font, p, div, span")) {
            if (e.text().strip().equals(headline) && !ContentFinder.hasBlockChild(e)) {
                e.remove();
                return;
            }
        }
    }

    /** How many of the shorter text's words (or CJK characters) the other has, 0 to 1. */
    static double similarity(String a, String b) {
        Set<String> wa = new HashSet<>(Tokens.of(a));
        Set<String> wb = new HashSet<>(Tokens.of(b));
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return (double) common.size() / Math.max(wa.size(), wb.size());
    }

    private static String byline(String byline) {
        if (byline == null) {
            return null;
        }
        String s = byline.strip().replaceFirst("(?i)^by\\s+", "");
        return s.isEmpty() ? null : s;
    }

    private static int weight(List<String> paragraphs) {
        int weight = 0;
        for (String p : paragraphs) {
            weight += p.length();
            weight += 2 * (int) p.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
        }
        return weight;
    }

    /** Words as a reader counts them: runs of letters and digits, and each Han, kana or Thai character alone. */
    public static final class Tokens {
        private Tokens() {
        }

        public static List<String> of(String text) {
            List<String> tokens = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                boolean single = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
                if (Character.isLetterOrDigit(c) && !single || Character.getType(c) == Character.NON_SPACING_MARK
                        && word.length() > 0) {
                    word.appendCodePoint(c);
                    return;
                }
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (single) {
                    tokens.add(new String(Character.toChars(c)));
                }
            });
            if (word.length() > 0) {
                tokens.add(word.toString());
            }
            return tokens;
        }
    }
}
