package org.factmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ClaimReview is published: its author is the name the user chose to publish under, never the annotators'
 * names (which default to the login name). Without a chosen name the author is left out, and the export's
 * one-line report says so.
 */
class PublisherTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withoutAChosenNameTheReviewsHaveNoAuthorAndTheReportSaysSo() throws Exception {
        ExportResult result = new ClaimReviewFormat().export(List.of(NewsFixture.input()));
        String text = FormatFixture.utf8(result.files().get(0).bytes());
        assertFalse(text.contains("Ana Checker"), "the annotator's name is not published:\n" + text);
        for (JsonNode review : JSON.readTree(text).path("@graph")) {
            assertFalse(review.has("author"), review.toString());
        }
        assertTrue(result.lost().stream().anyMatch(l -> l.contains("author") && l.contains("no name")),
                result.summary());
    }

    @Test
    void theChosenNameIsTheAuthorOfEveryReview() throws Exception {
        Exporter format = Formats.exporter("claimreview").orElseThrow();
        assertTrue(format.publishes());
        ExportResult result = format.publishedBy("Fact Desk News").export(List.of(NewsFixture.input()));
        String text = FormatFixture.utf8(result.files().get(0).bytes());
        assertFalse(text.contains("Ana Checker"), text);
        JsonNode graph = JSON.readTree(text).path("@graph");
        assertEquals(2, graph.size());
        for (JsonNode review : graph) {
            assertEquals(JSON.readTree("{\"@type\": \"Organization\", \"name\": \"Fact Desk News\"}"),
                    review.path("author"));
        }
        assertFalse(result.lost().stream().anyMatch(l -> l.contains("author")), result.summary());
    }

    @Test
    void otherFormatsPublishNoAuthor() {
        for (Exporter exporter : Formats.exporters()) {
            assertEquals(exporter.name().equals("claimreview"), exporter.publishes(), exporter.name());
        }
    }
}
