package org.factmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.DocumentSource;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

/** The HTML report lets each paragraph read its own direction; W3C's target carries language and direction. */
class ReadingDirectionExportTest {
    private static final String PERSIAN = "وزیر گفت ۱۲۰۰ نفر کشته شدند.\n\nThe minister (وزیر) said 1,200 people died.\n";

    private static ExportInput input(String text, Map<String, Object> document) {
        ArticleText article = org.factmark.article.ArticleLoader.fromString("fa.txt", text);
        List<Annotation> one = List.of(new Annotation("a1", "figure", text.indexOf("۱۲۰۰"), text.indexOf("۱۲۰۰") + 4,
                Map.of(), "", "", "", "", Map.of()));
        return new ExportInput(Path.of("fa.txt"), new SidecarContent(article, one, List.of(), Map.of(), document),
                NewsFixture.LABELS);
    }

    private static String html(ExportInput in) {
        return NewsFixture.utf8(new HtmlReport().export(List.of(in)).files().get(0));
    }

    @Test
    void eachParagraphOfAnArticleWithRightToLeftTextReadsItsOwnDirection() {
        String html = html(input(PERSIAN, Map.of()));
        assertEquals(2, html.split("<p dir=\"auto\">", -1).length - 1, html);
        assertTrue(html.contains("Vazirmatn") && html.contains("Noto Sans Hebrew"), "the bundled fonts by name");
        assertFalse(html.contains("url("), "no font is fetched");
    }

    @Test
    void aDirectionChosenForTheArticleIsTheWholeArticles() {
        String html = html(input(PERSIAN, Map.of("direction", "rtl")));
        assertTrue(html.contains("<div class=\"article\" dir=\"rtl\">"), html);
        assertFalse(html.contains("dir=\"auto\""));
    }

    @Test
    void anArticleWithoutRightToLeftTextKeepsPlainParagraphs() {
        assertFalse(html(NewsFixture.input()).contains("dir="));
    }

    @Test
    void w3cTargetsCarryTheLanguageAndTheDirection() throws Exception {
        DocumentSource source = new DocumentSource("https://news.example/fa", "t", "", "", "", "", "html",
                "ab".repeat(32), "fa", "rtl", "");
        ExportInput in = input(PERSIAN, Map.of());
        in = new ExportInput(in.article(), in.content().withSource(source), in.labels());
        JsonNode target = new ObjectMapper().readTree(new W3cFormat().export(List.of(in)).files().get(0).bytes())
                .path("first").path("items").get(0).path("target");
        assertEquals("fa", target.path("language").asText());
        assertEquals("rtl", target.path("textDirection").asText());

        JsonNode chosen = new ObjectMapper().readTree(new W3cFormat().export(List.of(input(PERSIAN,
                Map.of("direction", "ltr")))).files().get(0).bytes()).path("first").path("items").get(0)
                .path("target");
        assertEquals("ltr", chosen.path("textDirection").asText(), "the direction the user chose");
        assertTrue(chosen.path("language").isMissingNode(), "no language when none is known");
    }
}
