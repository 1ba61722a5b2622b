package org.factmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

/**
 * An export for someone else names the article without the user's folders: by its web address when the sidecar
 * records one ({@code document.source.url}), else by its file name, a reference relative to the export. A W3C
 * file so written imports back.
 */
class ArticleSourceTest {
    private static final Path DEEP = Path.of("/home/ana/Clients/Secret Investigation", FormatFixture.FILE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noJsonExportCarriesTheArticlesFolders() throws Exception {
        ExportInput input = FormatFixture.input(DEEP, content(Map.of()));
        for (Exporter exporter : Formats.exporters()) {
            for (ExportResult.OutputFile file : exporter.export(List.of(input)).files()) {
                String out = FormatFixture.utf8(file.bytes());
                assertFalse(out.contains("Secret") || out.contains("/home/ana") || out.contains("file:"),
                        exporter.name() + " " + file.name() + ":\n" + out);
            }
        }
        JsonNode w3c = JSON.readTree(new W3cFormat().export(List.of(input)).files().get(0).bytes());
        assertEquals("fixture%20article.txt", firstTarget(w3c).path("source").asText());
    }

    @Test
    void theArticlesWebAddressIsItsSourceWhenTheSidecarKnowsIt() throws Exception {
        String url = "https://news.example/2026/11/families-celebrate";
        ExportInput input = FormatFixture.input(DEEP, content(Map.of("source", Map.of("url", url))));
        JsonNode w3c = JSON.readTree(new W3cFormat().export(List.of(input)).files().get(0).bytes());
        assertEquals(url, firstTarget(w3c).path("source").asText());
        ExportInput rated = FormatFixture.input(DEEP, NewsFixture.input().content());
        rated = new ExportInput(DEEP, new SidecarContent(rated.content().article(), rated.content().annotations(),
                List.of(), Map.of(), Map.of("source", Map.of("url", url))), rated.labels());
        JsonNode review = JSON.readTree(new ClaimReviewFormat().export(List.of(rated)).files().get(0).bytes());
        assertEquals(url, review.path("@graph").get(0).path("itemReviewed").path("appearance").path("url").asText());
    }

    @Test
    void aW3cExportNamingTheArticleByFileNameImportsBack() throws Exception {
        ExportInput input = FormatFixture.input(DEEP, content(Map.of()));
        byte[] bytes = new W3cFormat().export(List.of(input)).files().get(0).bytes();
        ImportResult back = new W3cFormat().read(bytes, input.content().article(), input.labels());
        assertEquals(List.of(), back.skipped());
        assertEquals(input.content().annotations().size(), back.annotations().size());
    }

    private static JsonNode firstTarget(JsonNode w3c) {
        return w3c.path("first").path("items").get(0).path("target");
    }

    private static SidecarContent content(Map<String, Object> documentExtra) {
        ArticleText article = FormatFixture.article();
        return new SidecarContent(article, FormatFixture.annotations(article), List.of(), Map.of(), documentExtra);
    }
}
