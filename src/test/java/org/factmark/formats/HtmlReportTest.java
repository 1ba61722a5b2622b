package org.factmark.formats;

import static org.factmark.formats.NewsFixture.FAMILY;
import static org.factmark.formats.NewsFixture.GRIN;
import static org.factmark.formats.NewsFixture.file;
import static org.factmark.formats.NewsFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.AttributeDef;
import org.factmark.model.AttributeType;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final HtmlReport HTML = new HtmlReport();

    private static String fixtureHtml() {
        ExportResult result = HTML.export(List.of(NewsFixture.input()));
        assertEquals(List.of("speech.html"), result.files().stream().map(ExportResult.OutputFile::name).toList());
        assertEquals(List.of(), result.lost());
        return utf8(file(result, "speech.html"));
    }

    @Test
    void nestedSpansNestAndCrossingSpansAreReopened() {
        String html = fixtureHtml();
        assertTrue(html.contains("<mark class=\"lane0 c0\" title=\"Quote #2 — Said twice.\nOnce on TV.\">We "
                + "<mark class=\"lane1 c2\" title=\"Assertion #3\">counted <mark class=\"lane2 c1\" title=\"Figure #4\">"
                + "1,200 people</mark> in Gaza</mark>.</mark>\u201D<br>\n"), html);
        String note = "Assertion #7 — Counts &lt;b&gt;all&lt;/b&gt; deaths &amp; more.";
        assertTrue(html.contains("<mark class=\"lane0 c1\" title=\"Figure #6\">12,300 <mark class=\"lane1 c2\" title=\""
                + note + "\">people died " + GRIN + "</mark></mark><mark class=\"lane1 c2\" title=\"Assertion #7"
                + "\"> since October 7</mark>! Critics disagreed.\n</p>"), html);
        assertTrue(html.contains("<p><mark class=\"lane0 c0\" title=\"Quote #1\">Minister " + FAMILY + " Ana Diaz</mark>"));
        // the event runs over the blank line: closed before the paragraph ends, opened again after
        assertTrue(html.contains("<mark class=\"lane0 c3\" title=\"Event #5\">Officials called it mostly accurate."
                + "</mark></p>\n<p><mark class=\"lane0 c3\" title=\"Event #5\">Hamas said</mark> "), html);
        assertEquals(2, count(html, "<p>"));
        assertEquals(count(html, "<mark "), count(html, "</mark>"));
    }

    @Test
    void legendTableAndColours() {
        String html = fixtureHtml();
        assertTrue(html.contains("<title>speech.txt — Factmark annotations</title>"));
        assertTrue(html.contains(".c0{--c:#0072B2;--t:#b3d5e8}"), "quote's colour and its 30% tint");
        assertTrue(html.contains(".c2{--c:#CC79A7;--t:#f0d7e5}"));
        assertTrue(html.contains("<li class=\"c0\"><span class=\"swatch\"></span>Quote <span class=\"count\">2</span>"));
        assertTrue(html.contains("<li class=\"c3\"><span class=\"swatch\"></span>Event <span class=\"count\">1</span>"));
        ArticleText article = NewsFixture.article();
        String text = article.text();
        int line = (int) text.substring(0, text.indexOf("12,300")).chars().filter(c -> c == '\n').count() + 1;
        int col = text.codePointCount(text.lastIndexOf('\n', text.indexOf("12,300")) + 1, text.indexOf("12,300")) + 1;
        assertEquals("4:12", line + ":" + col);
        assertTrue(html.contains("<td class=\"pre\">12,300 people died " + GRIN + "</td><td>4:12</td>"
                + "<td class=\"pre\">Value: 12300\nKind: count</td>"), html);
        assertTrue(html.contains("Verdict: mostly accurate\nExplanation: Close to the official count.\nEvidence: "
                + "<a href=\"https://example.org/count\">https://example.org/count</a>\n"
                + "<a href=\"https://example.org/tv\">https://example.org/tv</a></td>"), html);
        assertEquals(7, count(html, "<tr><td>"));
    }

    @Test
    void selfContainedAndPrintable() {
        String html = fixtureHtml();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
        assertTrue(html.contains("-webkit-print-color-adjust:exact;print-color-adjust:exact"));
        assertTrue(html.contains("@media print{"));
        for (String external : List.of("<script", "<link", "src=", "url(", "@import", "<img", "<iframe")) {
            assertFalse(html.toLowerCase().contains(external), external);
        }
        Matcher http = Pattern.compile("https?://").matcher(html);
        while (http.find()) {
            assertTrue(html.startsWith("https://example.org/", http.start()), "only the evidence links: "
                    + html.substring(http.start(), Math.min(html.length(), http.start() + 40)));
        }
    }

    @Test
    void everyPieceOfTextIsEscaped() {
        String evil = "<script>alert(1)</script>";
        ArticleText article = ArticleLoader.fromString("a<b>&'\".txt", "Before " + evil + " & 'after' \"q\".\n");
        LabelSet labels = new LabelSet(List.of(new LabelDef("x", "X <i>&'\"", "javascript:red", 1,
                List.of(new AttributeDef("who", "Who <u>", AttributeType.TEXT, false, List.of(), false, false, "")))));
        int start = article.text().indexOf(evil);
        List<Annotation> annotations = List.of(
                new Annotation("1", "x", start, start + evil.length(), NewsFixture.map("who",
                        "\"><script>alert(2)</script>", "evidence", List.of("javascript:alert(3)")), evil, "", "", "", Map.of()),
                new Annotation("2", "<unknown label>", 0, 6, Map.of(), "", "", "", "", Map.of()));
        ExportResult result = HTML.export(List.of(new ExportInput(Path.of("/tmp/a<b>&'\".txt"),
                new SidecarContent(article, annotations, List.of(), Map.of(), Map.of()), labels)));
        String html = utf8(result.files().get(0));
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("<i>") || html.contains("<u>") || html.contains("<unknown"), html);
        assertFalse(html.contains("javascript:red"), "a colour is never written unchecked into the CSS");
        assertFalse(html.contains("href=\"javascript"), "only http(s) values become links");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertTrue(html.contains("<title>a&lt;b&gt;&amp;&#39;&quot;.txt — Factmark annotations</title>"), html);
        assertTrue(html.contains("<h1>a&lt;b&gt;&amp;&#39;&quot;.txt</h1>"));
        assertTrue(html.contains("title=\"X &lt;i&gt;&amp;&#39;&quot; #2 — " + escaped + "\">" + escaped + "</mark> "
                + "&amp; &#39;after&#39; &quot;q&quot;."), html);
        assertTrue(html.contains("Who &lt;u&gt;: &quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\n"
                + "evidence: javascript:alert(3)</td><td class=\"pre\">" + escaped + "</td>"), html);
        assertTrue(html.contains("&lt;unknown label&gt; <span class=\"count\">1</span>"), html);
        assertTrue(html.contains("{--c:#8C8C8C;"), "the bad colour and the unknown label are grey");
    }

    @Test
    void aLongNoteOnAWholeArticleAnnotationIsWrittenOnce() {
        StringBuilder raw = new StringBuilder();
        while (raw.length() < 45_000) {
            raw.append("Paragraph ").append(raw.length()).append(" says that 1,200 people came.\n\n");
        }
        ArticleText article = ArticleLoader.fromString("long.txt", raw.toString());
        String note = "n".repeat(1024 * 1024);
        List<Annotation> annotations = List.of(new Annotation("all", "assertion", 0, article.length(),
                Map.of(), note, "", "", "", Map.of()));
        ExportResult result = HTML.export(List.of(new ExportInput(Path.of("/tmp/long.txt"),
                new SidecarContent(article, annotations, List.of(), Map.of(), Map.of()), NewsFixture.LABELS)));
        String html = utf8(result.files().get(0));
        assertEquals(1, count(html, note), "the note in full, once: in the table");
        assertTrue(html.length() < 2 * note.length(), html.length() + " characters for a 1 MB note");
        assertTrue(count(html, "<mark ") > 500, "the annotation is still drawn in every paragraph");
    }

    @Test
    void escapeCoversTheFiveCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;" + FAMILY, HtmlReport.esc("&<>\"'" + FAMILY));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
