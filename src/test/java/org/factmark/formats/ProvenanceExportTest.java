package org.factmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.factmark.model.DocumentSource;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

/**
 * The exports that name the article carry where it came from ({@code document.source}): W3C's target source
 * is its web address; ClaimReview's {@code appearance} its address, headline, author, publisher and date; the
 * HTML report's header shows them.
 */
class ProvenanceExportTest {
    private static final Path DEEP = Path.of("/home/ana/Investigations", "speech.txt");
    private static final String URL = "https://news.example/2026/11/minister-gaza-figures";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExportInput withSource(DocumentSource source) {
        SidecarContent rated = NewsFixture.input().content();
        return new ExportInput(DEEP, rated.withSource(source), NewsFixture.LABELS);
    }

    private static DocumentSource source(String url, String title, String published) {
        return new DocumentSource(url, title, "Lena Ortiz", "Daily Example", published, "2026-12-01T10:00:00Z",
                "html", "ab".repeat(32), "fa", "rtl", "speech.source.html");
    }

    @Test
    void w3cNamesTheArticleByItsWebAddress() throws Exception {
        ExportInput input = withSource(source(URL, "Minister's figures", "2026-11-30"));

        JsonNode w3c = JSON.readTree(new W3cFormat().export(List.of(input)).files().get(0).bytes());

        assertEquals(URL, w3c.path("first").path("items").get(0).path("target").path("source").asText());
    }

    @Test
    void claimReviewsAppearanceCarriesTheAddressHeadlineAuthorPublisherAndDate() throws Exception {
        ExportInput input = withSource(source(URL, "Minister's figures questioned", "2026-11-30T08:15:00+01:00"));

        JsonNode appearance = appearance(input);

        assertEquals(URL, appearance.path("url").asText());
        assertEquals("Minister's figures questioned", appearance.path("headline").asText());
        assertEquals("Minister's figures questioned", appearance.path("name").asText());
        assertEquals("Person", appearance.path("author").path("@type").asText());
        assertEquals("Lena Ortiz", appearance.path("author").path("name").asText());
        assertEquals("Organization", appearance.path("publisher").path("@type").asText());
        assertEquals("Daily Example", appearance.path("publisher").path("name").asText());
        assertEquals("2026-11-30T08:15:00+01:00", appearance.path("datePublished").asText());
    }

    @Test
    void aDateThatIsNotIso8601AndAFileWithoutAddressAreLeftOut() throws Exception {
        ExportInput input = withSource(source(null, null, "last Tuesday"));

        JsonNode appearance = appearance(input);

        assertTrue(appearance.path("datePublished").isMissingNode(), appearance.toString());
        assertTrue(appearance.path("url").isMissingNode(), appearance.toString());
        assertTrue(appearance.path("headline").isMissingNode(), appearance.toString());
        assertEquals("speech.txt", appearance.path("name").asText());
        assertEquals("Lena Ortiz", appearance.path("author").path("name").asText());
    }

    @Test
    void theHtmlReportsHeaderShowsTheTitleBylineSiteDateAndAddress() throws Exception {
        ExportInput input = withSource(source(URL, "Minister's <figures>", "2026-11-30"));

        String html = FormatFixture.utf8(new HtmlReport().export(List.of(input)).files().get(0).bytes());

        assertTrue(html.contains("<h1>Minister&#39;s &lt;figures&gt;</h1>"), html);
        assertTrue(html.contains("<p class=\"meta source\">By Lena Ortiz · Daily Example · published 2026-11-30 · "
                + "<a href=\"" + URL + "\">" + URL + "</a></p>"), html);
        assertTrue(html.contains("<p class=\"meta\">speech.txt · "), html);
        assertTrue(html.contains("<div class=\"article\" lang=\"fa\" dir=\"rtl\">"), html);
        assertFalse(html.contains("/home/ana"), html);
    }

    @Test
    void withoutProvenanceTheHtmlHeaderIsTheFileNameAlone() throws Exception {
        String html = FormatFixture.utf8(new HtmlReport().export(List.of(NewsFixture.input())).files().get(0).bytes());

        assertTrue(html.contains("<h1>speech.txt</h1>\n<p class=\"meta\">"), html);
        assertFalse(html.contains("meta source"), html);
        assertTrue(html.contains("<div class=\"article\">"), html);
    }

    private static JsonNode appearance(ExportInput input) throws Exception {
        JsonNode review = JSON.readTree(new ClaimReviewFormat().export(List.of(input)).files().get(0).bytes());
        return review.path("@graph").get(0).path("itemReviewed").path("appearance");
    }
}
