package org.factmark.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.sidecar.SidecarFixtures;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;

/** The dialog that tells the user what became of the annotations of an article that changed. */
class ReanchorSummaryTest {
    private static final String BEFORE = "Officials said 1,200 people died. Later, 1,200 people fled. The end.";

    private final ArticleText old = ArticleLoader.fromString("a.txt", BEFORE);
    private final byte[] sidecar = SidecarWriter.write(SidecarFixtures.content(old, List.of(
            SidecarFixtures.at(old, "figure", "1,200 people", 0, "died"),
            SidecarFixtures.at(old, "figure", "1,200 people", 1, "fled"),
            SidecarFixtures.at(old, "event", "The end", 0, "end"),
            SidecarFixtures.at(old, "quote", "Officials said", 0, "officials"))));

    private String summaryAfter(String changed) throws Exception {
        return ReanchorSummary.of(SidecarReader.read(sidecar, ArticleLoader.fromString("a.txt", changed)).reanchor());
    }

    @Test
    void textThatMovedIsCountedAsFoundAgainElsewhere() throws Exception {
        String summary = summaryAfter("Breaking: " + BEFORE);
        assertTrue(summary.contains("Found again elsewhere: 4"), summary);
    }

    @Test
    void textStillInPlaceIsCountedAsInPlace() throws Exception {
        String summary = summaryAfter(BEFORE.replace("The end.", "The end!"));
        assertTrue(summary.contains("Still in place: 4"), summary);
    }

    @Test
    void changedTextIsCountedAndShownBeforeAndAfter() throws Exception {
        String summary = summaryAfter("Officials said 1,300 people died. Later, 1,200 people fled. The end.");
        assertTrue(summary.contains("Found with changed text (check them): 1"), summary);
        assertTrue(summary.contains("figure “1,200 people” → “1,300 people”"), summary);
    }

    @Test
    void annotationsNotFoundAreCountedAndSaidToBeKept() throws Exception {
        String summary = summaryAfter("Officials said nobody died. Later, everyone stayed. The end.");
        assertTrue(summary.contains("Not found: 2"), summary);
        assertTrue(summary.contains("kept under \"orphans\""), summary);
    }

    @Test
    void movesAreShownInCodePoints() throws Exception {
        String summary = summaryAfter("😀 " + BEFORE);
        int was = BEFORE.indexOf("The end");
        assertTrue(summary.contains("“The end”: " + was + " → " + (was + 2)),
                "the emoji and the space are two code points: " + summary);
    }

    @Test
    void anUnchangedArticleHasNoSummary() throws Exception {
        assertEquals("", summaryAfter(BEFORE));
    }
}
