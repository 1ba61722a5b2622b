package org.factmark.reanchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.sidecar.SidecarFixtures;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;

/** When the article changed since it was annotated, every annotation is found again or kept as an orphan. */
class ReanchorTest {
    private static final String BEFORE = "Officials said 1,200 people died. Later, 1,200 people fled. The end.";

    private final ArticleText old = ArticleLoader.fromString("a.txt", BEFORE);
    private final Annotation died = SidecarFixtures.at(old, "figure", "1,200 people", 0, "died");
    private final Annotation fled = SidecarFixtures.at(old, "figure", "1,200 people", 1, "fled");
    private final Annotation end = SidecarFixtures.at(old, "event", "The end", 0, "end");
    private final Annotation officials = SidecarFixtures.at(old, "quote", "Officials said", 0, "officials");
    private final byte[] sidecar = SidecarWriter.write(SidecarFixtures.content(old,
            List.of(died, fled, end, officials)));

    private SidecarReader.Result reopen(String changed) throws Exception {
        return SidecarReader.read(sidecar, ArticleLoader.fromString("a.txt", changed));
    }

    private static String textOf(SidecarReader.Result r, String id) {
        Annotation a = r.content().annotations().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return r.content().article().text().substring(a.start(), a.end()) + "@" + a.start();
    }

    @Test
    void textThatMovedIsFoundByItsContextNotJustItsWords() throws Exception {
        String changed = "Breaking: " + BEFORE;
        SidecarReader.Result r = reopen(changed);
        assertEquals("1,200 people@" + changed.indexOf("1,200 people"), textOf(r, "died"));
        assertEquals("1,200 people@" + changed.lastIndexOf("1,200 people"), textOf(r, "fled"),
                "the second occurrence stays the second: its prefix and suffix tell them apart");
        assertEquals(4, r.reanchor().count(Reanchor.Status.MOVED), r.reanchor().toString());
    }

    @Test
    void textStillInPlaceIsKept() throws Exception {
        SidecarReader.Result r = reopen(BEFORE.replace("The end.", "The end!"));
        assertEquals("The end@" + BEFORE.indexOf("The end"), textOf(r, "end"));
        assertEquals(4, r.reanchor().count(Reanchor.Status.KEPT), r.reanchor().toString());
    }

    @Test
    void withNewContextTheNearestOccurrenceOfTheTextWins() throws Exception {
        String changed = "Officials claimed 1,200 people died. Later, 1,200 people fled. The end.";
        SidecarReader.Result r = reopen(changed);
        assertEquals("1,200 people@" + changed.indexOf("1,200 people"), textOf(r, "died"));
    }

    @Test
    void lightlyEditedTextIsFoundApproximatelyAndFlaggedNotKept() throws Exception {
        String changed = "Officials said 1,300 people died. Later, 1,200 people fled. The end.";
        SidecarReader.Result r = reopen(changed);
        assertEquals("1,300 people@" + changed.indexOf("1,300 people"), textOf(r, "died"),
                "one digit changed: found where it was, but its text differs");
        assertEquals(1, r.reanchor().count(Reanchor.Status.FUZZY), r.reanchor().toString());
        ReanchorReport.Placed changedText = r.reanchor().fuzzy().get(0);
        assertEquals("figure 1,200 people → 1,300 people", changedText.label() + " " + changedText.text() + " → "
                + changedText.newText());
    }

    @Test
    void aRewordedSentenceIsFoundDespiteSeveralEdits() throws Exception {
        String before = "The minister told reporters on Monday that the talks had collapsed after midnight.";
        ArticleText old = ArticleLoader.fromString("a.txt", before);
        Annotation quote = SidecarFixtures.at(old, "quote", "told reporters on Monday that the talks had collapsed",
                0, "q");
        byte[] json = SidecarWriter.write(SidecarFixtures.content(old, List.of(quote)));
        String after = "Update: the minister told journalists on Monday that the talks had collapsed after midnight.";
        SidecarReader.Result r = SidecarReader.read(json, ArticleLoader.fromString("a.txt", after));
        Annotation found = r.content().annotations().get(0);
        assertEquals("told journalists on Monday that the talks had collapsed", after.substring(found.start(),
                found.end()));
    }

    @Test
    void annotationsThatCannotBeFoundAreKeptAsOrphansAndWrittenBack() throws Exception {
        String changed = "Officials said nobody died. Later, everyone stayed. The end.";
        SidecarReader.Result r = reopen(changed);
        assertEquals(2, r.content().annotations().size(), "the quote and the event are still there");
        assertEquals(2, r.content().orphans().size());
        Map<String, Object> orphan = r.content().orphans().get(0);
        assertEquals("1,200 people", orphan.get("text"));
        assertEquals(2, r.reanchor().count(Reanchor.Status.ORPHANED), r.reanchor().toString());

        byte[] saved = SidecarWriter.write(r.content());
        SidecarReader.Result again = SidecarReader.read(saved, r.content().article());
        assertEquals(2, again.content().orphans().size(), "orphans survive a save and a reopen");
        assertFalse(again.reanchor().reanchored(), "the saved sidecar now matches the article");
        assertTrue(new String(saved, StandardCharsets.UTF_8).contains("\"orphans\": ["));
    }

    @Test
    void crlfToLfAloneChangesNothing() throws Exception {
        ArticleText crlf = ArticleLoader.fromString("a.txt", "Line one.\r\nLine two.");
        byte[] json = SidecarWriter.write(SidecarFixtures.content(crlf,
                List.of(SidecarFixtures.at(crlf, "quote", "Line two", 0, "x"))));
        SidecarReader.Result r = SidecarReader.read(json, ArticleLoader.fromString("a.txt", "Line one.\nLine two."));
        assertFalse(r.reanchor().reanchored(), "the normalised text, and so its SHA-256, is the same");
    }

    @Test
    void anAnnotationNextToAnEmojiInsertedBeforeItMovesByCodePoints() throws Exception {
        String changed = "😀 " + BEFORE;
        SidecarReader.Result r = reopen(changed);
        assertEquals("The end@" + changed.indexOf("The end"), textOf(r, "end"));
        int was = BEFORE.indexOf("The end");
        ReanchorReport.Placed moved = r.reanchor().moved().stream().filter(p -> p.text().equals("The end"))
                .findFirst().orElseThrow();
        assertEquals(was + " → " + (was + 2), moved.oldStart() + " → " + moved.newStart(),
                "the emoji and the space are two code points");
    }
}
