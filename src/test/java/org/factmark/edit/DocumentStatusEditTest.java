package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.ArticleText;
import org.factmark.model.DocumentStatus;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStatusEditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private AnnotationDocument document(Path article, ArticleText text, Map<String, Object> documentFields) {
        AnnotationDocument doc = new AnnotationDocument(article, text, List.of(), List.of(), Map.of(),
                documentFields, false, CLOCK);
        doc.setCreator("Ana");
        return doc;
    }

    @Test
    void settingTheStatusIsOneUndoableStepThatRecordsWhoAndWhen() {
        ArticleText text = ArticleLoader.fromString("a.txt", "Some text.");
        AnnotationDocument doc = document(Path.of("a.txt"), text, Map.of("source", Map.of("title", "T")));
        List<DocumentEvent.Edited> heard = new ArrayList<>();
        doc.listen(heard::add);

        doc.setStatus("checked");
        assertEquals(new DocumentStatus("checked", "Ana", "2026-12-02T18:30:00Z"), doc.snapshot().status());
        assertEquals("T", doc.snapshot().source().title(), "the other document fields are kept");
        assertTrue(doc.isDirty());
        assertEquals(1, heard.size());

        doc.setStatus("checked");
        assertEquals(1, heard.size(), "setting the status it already has is no step");

        assertTrue(doc.undo());
        assertNull(doc.snapshot().status());
        assertFalse(doc.isDirty());
        assertTrue(doc.redo());
        assertEquals("checked", doc.snapshot().status().value());
        assertEquals(DocumentEvent.Cause.REDO, heard.get(heard.size() - 1).cause());
    }

    @Test
    void theStatusIsSavedInTheSidecarAndReadBack() throws Exception {
        Path article = folder.resolve("a.txt");
        Files.writeString(article, "Some text.\n");
        OpenedDocument opened = SidecarStore.open(article);
        AnnotationDocument doc = document(article, opened.content().article(), opened.content().documentExtra());
        doc.setStatus("published");
        SidecarStore.save(article, doc.snapshot(), false);
        String json = Files.readString(SidecarStore.sidecarFor(article));
        assertTrue(json.contains("\"status\": {\n      \"value\": \"published\",\n      \"by\": \"Ana\",\n"
                + "      \"at\": \"2026-12-02T18:30:00Z\"\n    }"), json);
        assertEquals(new DocumentStatus("published", "Ana", "2026-12-02T18:30:00Z"),
                SidecarStore.open(article).content().status());
    }

    @Test
    void aStatusWithoutAValueIsABrokenSidecarNamingTheField() throws Exception {
        Path article = folder.resolve("a.txt");
        Files.writeString(article, "Some text.\n");
        OpenedDocument opened = SidecarStore.open(article);
        SidecarStore.save(article, opened.content(), false);
        Path sidecar = SidecarStore.sidecarFor(article);
        String json = Files.readString(sidecar).replace("\"newline\": \"LF\"",
                "\"newline\": \"LF\",\n    \"status\": {\"value\": 3}");
        Files.writeString(sidecar, json);
        OpenedDocument broken = SidecarStore.open(article);
        assertTrue(broken.sidecarProblem().orElseThrow().contains("document.status.value"),
                broken.sidecarProblem().toString());
    }
}
