package org.factmark.add.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factmark.add.ArticleLayout;
import org.factmark.add.ExtractedArticle;
import org.factmark.add.ExtractionException;
import org.factmark.add.NoArticleException;
import org.factmark.add.SourceInfo;
import org.junit.jupiter.api.Test;

/** A web page's metadata, its character set, and what happens when it holds no article. */
class HtmlExtractorTest {
    private static ExtractedArticle page(String name) throws Exception {
        return new HtmlExtractor().extract(Files.readAllBytes(ExtractionQualityTest.PAGES.resolve(name)),
                SourceInfo.file(name));
    }

    private static ExtractedArticle fetched(byte[] bytes, String charset, boolean wholePage) throws Exception {
        return new HtmlExtractor().extract(bytes, new SourceInfo("page", "https://news.example/page", "text/html",
                charset, wholePage));
    }

    @Test
    void jsonLdGivesTheMetadataFirst() throws Exception {
        ExtractedArticle a = page("news-site.html");
        assertEquals("Hospital waiting lists fall for first time in three years", a.headline());
        assertEquals("Priya Natarajan", a.byline());
        assertEquals("The Daily Ledger", a.site());
        assertEquals("2024-03-14T06:00:00Z", a.published());
        assertEquals("en-GB", a.language());
        assertEquals("ltr", a.direction());
        ExtractedArticle graph = page("table-report.html"); // the article inside an @graph
        assertEquals("Lena Osei", graph.byline());
        assertEquals("2024-02-13", graph.published());
        assertEquals("Data Desk", graph.site());
        assertEquals("en", graph.language());
    }

    @Test
    void openGraphAndMetaTagsWhenThereIsNoJsonLd() throws Exception {
        ExtractedArticle a = page("lazy-images.html");
        assertEquals("Tomasz Wolny", a.byline(), "\"By\" is not part of a name");
        assertEquals("Riverside Times", a.site());
        assertEquals("2022-08-19", a.published());
        ExtractedArticle release = page("press-release.html");
        assertEquals("New speed limits on rural roads", release.headline(), "the title's part the page shows");
        assertEquals("2019-04-03", release.published());
    }

    @Test
    void rightToLeftPagesSayTheirDirectionAndLegacyCharsetsAreDecoded() throws Exception {
        ExtractedArticle persian = page("persian-news.html");
        assertEquals("fa", persian.language());
        assertEquals("rtl", persian.direction());
        ExtractedArticle arabic = page("arabic-legacy.html"); // windows-1256, declared in <meta http-equiv>
        assertEquals("rtl", arabic.direction());
        assertTrue(arabic.paragraphs().get(0).startsWith("أعلن وزير الموارد المائية"), arabic.paragraphs().get(0));
        ExtractedArticle japanese = page("japanese-sjis.html"); // Shift_JIS
        assertEquals("地方鉄道の赤字路線、存続へ新たな支援策", japanese.headline());
        assertEquals("ltr", japanese.direction());
    }

    @Test
    void theCharsetTheServerDeclaresWinsOverThePagesOwn() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café prices</title></head><body><article>"
                + "<h1>Café prices</h1><p>" + "Prices at the café rose by 12 per cent, the owners said — “a shock”. "
                .repeat(5) + "</p></article></body></html>";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        assertTrue(ArticleLayout.text(fetched(utf8, "utf-8", false)).contains("the café rose"),
                "the header's UTF-8, not the meta's windows-1252");
        assertTrue(ArticleLayout.text(fetched(utf8, "no-such-charset", false)).contains("the café rose")
                == false, "an unknown declared charset falls back to the page's own");
        byte[] latin = html.replace("windows-1252", "iso-8859-1").replace("—", "-").replace("“", "\"")
                .replace("”", "\"").getBytes(Charset.forName("ISO-8859-1"));
        assertTrue(ArticleLayout.text(fetched(latin, null, false)).contains("the café rose"),
                "with no header, the page's <meta charset>");
    }

    @Test
    void aPageWithNoArticleSaysSoAndOffersTheWholePage() throws Exception {
        String html = "<html><head><title>Example News – Home</title></head><body><nav><a href=/a>World</a> "
                + "<a href=/b>Sport</a></nav><div class=\"grid\"><div class=\"card\"><a href=/1>Storm hits the "
                + "coast</a></div><div class=\"card\"><a href=/2>Markets fall again</a></div><div class=\"card\">"
                + "<a href=/3>Election date set</a></div></div><footer>© Example News</footer></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ExtractionException e = assertThrows(ExtractionException.class, () -> fetched(bytes, "utf-8", false));
        assertInstanceOf(NoArticleException.class, e);
        assertTrue(e.getMessage().startsWith("no article was found in it"), e.getMessage());
        assertTrue(e.getMessage().contains("--whole-page"), e.getMessage());
        String whole = ArticleLayout.text(fetched(bytes, "utf-8", true));
        assertTrue(whole.contains("Storm hits the coast") && whole.contains("Election date set"), whole);
    }
}
