package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factmark.model.ArticleText;
import org.factmark.model.DocumentSource;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

/** The provenance of an added article, {@code document.source}: kept through reading and writing, optional. */
class SidecarSourceTest {
    private static final DocumentSource SOURCE = new DocumentSource("https://news.example/2024/budget-vote",
            "Council passes budget", "Ana Ruiz", "Example News", "2024-05-06T09:30:00+02:00", "2024-05-07T10:00:00Z",
            "html", "a".repeat(64), "en", "ltr", "budget-vote.source.html");

    private static SidecarContent annotated(ArticleText article) {
        return SidecarFixtures.content(article, List.of(SidecarFixtures.at(article, "quote", "said 🇺🇦 that", 0, "q")));
    }

    @Test
    void theSourceIsWrittenReadBackAndWrittenAgainUnchanged() throws Exception {
        ArticleText article = SidecarFixtures.article();
        String json = SidecarWriter.toJson(annotated(article).withSource(SOURCE));

        SidecarContent read = SidecarReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), article)
                .content();

        assertEquals(SOURCE, read.source());
        assertEquals(json, SidecarWriter.toJson(read), "byte for byte through a load and a save");
        assertTrue(json.indexOf("\"newline\"") < json.indexOf("\"source\"")
                && json.indexOf("\"source\"") < json.indexOf("\"annotations\""), "inside document, after its own keys");
    }

    @Test
    void fieldsNotKnownAreKeptAndUnknownOnesAreLeftOut() throws Exception {
        ArticleText article = SidecarFixtures.article();
        DocumentSource partial = new DocumentSource(null, "Only a title", null, null, null, null, "pdf", null, null,
                null, null);
        String json = SidecarWriter.toJson(annotated(article).withSource(partial));
        assertTrue(json.contains("\"source\": {\n      \"title\": \"Only a title\",\n      \"format\": \"pdf\"\n    }"),
                json);
        String newer = json.replace("\"format\": \"pdf\"", "\"format\": \"pdf\",\n      \"x-pages\": 12");
        SidecarContent read = SidecarReader.read(newer.getBytes(java.nio.charset.StandardCharsets.UTF_8), article)
                .content();
        assertEquals(partial, read.source());
        assertTrue(SidecarWriter.toJson(read).contains("\"x-pages\": 12"), "a newer Factmark's field is kept");
    }

    @Test
    void aSidecarWithoutASourceStillReadsAndHasNone() throws Exception {
        ArticleText article = SidecarFixtures.article();
        String json = SidecarWriter.toJson(annotated(article));
        SidecarContent read = SidecarReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), article)
                .content();
        assertNull(read.source());
        assertEquals(1, read.annotations().size());
        assertNull(read.withSource(SOURCE).withSource(null).source());
    }

    @Test
    void aSourceOfTheWrongShapeIsRefusedNamingTheField() {
        ArticleText article = SidecarFixtures.article();
        String json = SidecarWriter.toJson(annotated(article).withSource(SOURCE));
        String notObject = json.replaceFirst("\"source\": \\{[^}]*\\}", "\"source\": \"https://x.example\"");
        String numberUrl = json.replace("\"url\": \"https://news.example/2024/budget-vote\"", "\"url\": 7");
        assertEquals("\"document.source\" must be an object, found \"https://x.example\"", problem(notObject, article));
        assertEquals("\"document.source.url\" must be a string, found 7", problem(numberUrl, article));
    }

    @Test
    void theSchemaDescribesTheSource() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("resources/schema/factmark-annotations-v1.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper mapper = new ObjectMapper();
        String json = SidecarWriter.toJson(annotated(SidecarFixtures.article()).withSource(SOURCE));
        assertEquals(Set.of(), schema.validate(mapper.readTree(json)));
        assertTrue(!schema.validate(mapper.readTree(json.replace("\"ltr\"", "\"sideways\""))).isEmpty());
        assertTrue(!schema.validate(mapper.readTree(json.replace("\"url\": \"https://news.example/2024/budget-vote\"",
                "\"url\": 7"))).isEmpty());
    }

    private static String problem(String json, ArticleText article) {
        return assertThrows(SidecarException.class, () -> SidecarReader.read(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), article)).getMessage();
    }
}
