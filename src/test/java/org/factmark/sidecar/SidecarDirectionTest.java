package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.model.TextDirection;
import org.junit.jupiter.api.Test;

/** The article's reading direction, {@code document.direction}: optional, kept through reading and writing. */
class SidecarDirectionTest {
    private static AnnotationDocument document(SidecarContent content) {
        return new AnnotationDocument(Path.of("article.txt"), content.article(), content.annotations(),
                content.orphans(), content.topExtra(), content.documentExtra(), false, Clock.systemUTC());
    }

    private static SidecarContent read(String json, ArticleText article) throws Exception {
        return SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), article).content();
    }

    @Test
    void aChosenDirectionIsSavedInTheDocumentAndReadBack() throws Exception {
        ArticleText article = SidecarFixtures.article();
        AnnotationDocument doc = document(SidecarFixtures.content(article, List.of()));
        assertEquals(TextDirection.AUTO, doc.direction());
        assertFalse(doc.isDirty());
        doc.setDirection(TextDirection.RTL);
        assertTrue(doc.isDirty(), "a new direction is a change to save");
        String json = SidecarWriter.toJson(doc.snapshot());
        assertTrue(json.contains("\"newline\": \"LF\",\n    \"direction\": \"rtl\"\n  }")
                || json.matches("(?s).*\"newline\": \"[A-Za-z]+\",\n    \"direction\": \"rtl\"\n  }.*"), json);
        AnnotationDocument again = document(read(json, article));
        assertEquals(TextDirection.RTL, again.direction());
        assertEquals(json, SidecarWriter.toJson(again.snapshot()), "byte for byte through a load and a save");
    }

    @Test
    void aFileWithoutADirectionReadsAsEachParagraphsOwnAndIsWrittenUnchanged() throws Exception {
        ArticleText article = SidecarFixtures.article();
        String json = SidecarWriter.toJson(SidecarFixtures.content(article, List.of()));
        assertFalse(json.contains("direction"));
        AnnotationDocument doc = document(read(json, article));
        assertEquals(TextDirection.AUTO, doc.direction());
        doc.setDirection(TextDirection.LTR);
        doc.setDirection(TextDirection.AUTO);
        assertEquals(json, SidecarWriter.toJson(doc.snapshot()), "back to automatic: the field goes");
    }

    @Test
    void aDirectionThisVersionDoesNotKnowIsKeptAndReadsAsAutomatic() throws Exception {
        ArticleText article = SidecarFixtures.article();
        String json = SidecarWriter.toJson(SidecarFixtures.content(article, List.of()).withSource(null))
                .replaceFirst("(\"newline\": \"[A-Za-z]+\")", "$1,\n    \"direction\": \"ttb\"");
        AnnotationDocument doc = document(read(json, article));
        assertEquals(TextDirection.AUTO, doc.direction());
        assertEquals(json, SidecarWriter.toJson(doc.snapshot()));
    }

    @Test
    void theSchemaDescribesTheDirection() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("resources/schema/factmark-annotations-v1.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        AnnotationDocument doc = document(SidecarFixtures.content(SidecarFixtures.article(), List.of()));
        doc.setDirection(TextDirection.RTL);
        String json = SidecarWriter.toJson(doc.snapshot());
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(Set.of(), schema.validate(mapper.readTree(json)));
        assertFalse(schema.validate(mapper.readTree(json.replace("\"rtl\"", "\"sideways\""))).isEmpty());
    }
}
