package org.factmark.formats;

import static org.factmark.formats.NewsFixture.GRIN;
import static org.factmark.formats.NewsFixture.at;
import static org.factmark.formats.NewsFixture.file;
import static org.factmark.formats.NewsFixture.map;
import static org.factmark.formats.NewsFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.junit.jupiter.api.Test;

class ClaimReviewFormatTest {
    private static final Exporter CLAIMREVIEW = new ClaimReviewFormat().publishedBy("Ana Checker");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneClaimReviewPerRatedAssertion() throws Exception {
        ExportResult result = CLAIMREVIEW.export(List.of(NewsFixture.input()));
        assertEquals(List.of("speech.claimreview.jsonld"),
                result.files().stream().map(ExportResult.OutputFile::name).toList());
        String text = utf8(file(result, "speech.claimreview.jsonld"));
        assertTrue(text.endsWith("}\n") && text.contains("\n  \"@graph\": [\n"), "indented, one value a line");
        JsonNode root = JSON.readTree(text);
        assertEquals("https://schema.org", root.path("@context").asText());
        JsonNode graph = root.path("@graph");
        assertEquals(2, graph.size());

        JsonNode first = graph.get(0);
        assertEquals("ClaimReview", first.path("@type").asText());
        assertEquals("counted 1,200 people in Gaza", first.path("claimReviewed").asText());
        JsonNode rating = first.path("reviewRating");
        assertEquals(JSON.readTree("{\"@type\": \"Rating\", \"ratingValue\": 4, \"bestRating\": 5, \"worstRating\": 1,"
                + " \"alternateName\": \"mostly accurate\", \"ratingExplanation\": \"Close to the official count.\"}"),
                rating);
        assertEquals("Close to the official count.", first.path("reviewBody").asText());
        JsonNode claim = first.path("itemReviewed");
        assertEquals("Claim", claim.path("@type").asText());
        assertEquals(JSON.readTree("{\"@type\": \"Person\", \"name\": \"Ana Diaz\"}"), claim.path("author"));
        assertEquals("CreativeWork", claim.path("appearance").path("@type").asText());
        assertTrue(claim.path("appearance").path("url").isMissingNode(), "no web address known, no path given");
        assertEquals("speech.txt", claim.path("appearance").path("name").asText());
        assertEquals(JSON.readTree("{\"@type\": \"Person\", \"name\": \"Ana Checker\"}"), first.path("author"));
        assertEquals("2026-11-24", first.path("datePublished").asText());
        assertEquals("2026-11-24", first.path("dateCreated").asText());
        assertEquals("2026-11-25", first.path("dateModified").asText());
        assertEquals(JSON.readTree("[\"https://example.org/count\", \"https://example.org/tv\"]"),
                first.path("citation"));

        JsonNode second = graph.get(1);
        assertEquals("people died " + GRIN + " since October 7", second.path("claimReviewed").asText());
        assertEquals(1, second.path("reviewRating").path("ratingValue").asInt());
        assertEquals("false", second.path("reviewRating").path("alternateName").asText());
        assertFalse(second.has("reviewBody") || second.path("reviewRating").has("ratingExplanation"));
        assertFalse(second.has("citation"));
        assertEquals(JSON.readTree("{\"@type\": \"Organization\", \"name\": \"Hamas government\"}"),
                second.path("itemReviewed").path("author"));

        assertEquals(List.of(
                "5 annotations other than assertions (quotes, figures, events…): ClaimReview holds rated claims only",
                "details of rated assertions other than verdict, claimant, explanation and evidence "
                        + "(check_worthiness 1): not carried",
                "1 note of rated assertions: not carried"), result.lost());
    }

    @Test
    void unratedAssertionsAreCountedAndMissingPartsLeftOut() throws Exception {
        ArticleText article = ArticleLoader.fromString("claims.txt",
                "Crime doubled. Taxes fell. Rain is wet. Sky is green.\r\n");
        List<Annotation> annotations = List.of(
                at(article, "1", "assertion", "Crime doubled.", map("claimant", "Mayor Lee", "verdict", "unrated"), ""),
                at(article, "2", "assertion", "Taxes fell.", map("claimant", "Mayor Lee"), ""),
                new Annotation("3", "assertion", article.text().indexOf("Rain"), article.text().indexOf(" Sky"),
                        map("verdict", "unverifiable", "evidence", List.of()), "", "", "", "", Map.of()),
                at(article, "4", "assertion", "Sky is green.", map("verdict", "accurate"), ""));
        ExportResult result = new ClaimReviewFormat().export(List.of(NewsFixture.input(Path.of("claims.txt"),
                article, annotations)));
        JsonNode graph = JSON.readTree(result.files().get(0).bytes()).path("@graph");
        assertEquals(2, graph.size());
        JsonNode unverifiable = graph.get(0);
        assertEquals("Rain is wet.", unverifiable.path("claimReviewed").asText());
        assertEquals(JSON.readTree("{\"@type\": \"Rating\", \"alternateName\": \"unverifiable\"}"),
                unverifiable.path("reviewRating"), "no number for unverifiable");
        assertFalse(unverifiable.path("itemReviewed").has("author"), "no claimant, no author");
        assertFalse(unverifiable.has("author") || unverifiable.has("datePublished") || unverifiable.has("citation"));
        assertEquals(5, graph.get(1).path("reviewRating").path("ratingValue").asInt());
        assertEquals(List.of("2 assertions without a verdict or unrated: a ClaimReview needs a rating",
                "the reviews' author: no name to publish under was chosen, so none is given"), result.lost());
    }

    @Test
    void anArticleWithoutRatedAssertionsGivesAnEmptyGraph() {
        ArticleText article = ArticleLoader.fromString("empty.txt", "Nothing to see.");
        ExportResult result = CLAIMREVIEW.export(List.of(NewsFixture.input(Path.of("empty.txt"), article, List.of())));
        assertEquals("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": []\n}\n", utf8(result.files().get(0)));
        assertEquals(List.of(), result.lost());
    }
}
