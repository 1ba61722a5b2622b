package org.factmark.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factmark.model.AttributeDef;
import org.factmark.model.AttributeType;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelSchemaLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theBundledSchemaHasTheFourLabelsWithTheirFactCheckingDetails() {
        LabelSet labels = LabelSchemaLoader.bundledDefault();
        assertEquals("factmark-default", labels.id());
        assertEquals(List.of("quote", "figure", "assertion", "event"), labels.labels().stream().map(LabelDef::id).toList());
        assertEquals("#CC79A7", labels.byId("assertion").orElseThrow().colour());
        AttributeDef verdict = labels.byId("assertion").flatMap(d -> d.attribute("verdict")).orElseThrow();
        assertEquals(AttributeType.CHOICE, verdict.type());
        assertEquals(List.of("unrated", "accurate", "mostly accurate", "misleading", "false", "unverifiable"),
                verdict.values());
        assertEquals(AttributeType.NUMBER, labels.byId("figure").flatMap(d -> d.attribute("value")).orElseThrow().type());
        assertEquals(AttributeType.URLS, labels.byId("assertion").flatMap(d -> d.attribute("evidence")).orElseThrow().type());
        assertTrue(labels.byId("quote").flatMap(d -> d.attribute("speaker")).orElseThrow().suggest());
        assertEquals(AttributeType.DATE, labels.byId("event").flatMap(d -> d.attribute("date")).orElseThrow().type());
    }

    @Test
    void aFolderWithoutLabelsJsonUsesTheDefault() {
        LabelSchemaLoader.Loaded loaded = LabelSchemaLoader.forArticle(dir.resolve("a.txt"));
        assertEquals("factmark-default", loaded.labels().id());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    void aFolderSchemaCanExtendTheDefault() throws Exception {
        Files.writeString(dir.resolve("labels.json"), """
                {"format": "factmark.labels", "id": "newsroom", "version": 3, "extends": "factmark-default",
                 "labels": [
                   {"id": "source", "name": "Source", "colour": "#56B4E9", "key": 5,
                    "attributes": [{"id": "reliable", "type": "boolean"}]},
                   {"id": "quote", "name": "Citation", "colour": "#0072B2", "key": 1}
                 ]}""");
        LabelSet labels = LabelSchemaLoader.forArticle(dir.resolve("a.txt")).labels();
        assertEquals("newsroom", labels.id());
        assertEquals(3, labels.version());
        assertEquals(List.of("quote", "figure", "assertion", "event", "source"),
                labels.labels().stream().map(LabelDef::id).toList());
        assertEquals("Citation", labels.nameOf("quote"), "a label of the same id is redefined");
        assertEquals(5, labels.byId("source").orElseThrow().key());
    }

    @Test
    void aFolderSchemaWithoutExtendsReplacesTheDefault() throws Exception {
        Files.writeString(dir.resolve("labels.json"), """
                {"format": "factmark.labels", "id": "claims-only", "version": 1,
                 "labels": [{"id": "claim", "name": "Claim", "colour": "#D55E00", "key": 1}]}""");
        assertEquals(List.of("claim"), LabelSchemaLoader.forArticle(dir.resolve("a.txt")).labels().labels().stream()
                .map(LabelDef::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON            | {\"format\": \"factmark.labels\",                                  | not valid JSON (line 1",
        "unknown type        | LABELS[{\"id\": \"q\", \"key\": 1, \"attributes\": [{\"id\": \"who\", \"type\": \"person\"}]}] | unknown attribute type \"person\"",
        "duplicate label id  | LABELS[{\"id\": \"q\", \"key\": 1}, {\"id\": \"q\", \"key\": 2}]  | the label id \"q\" is defined twice",
        "duplicate key digit | LABELS[{\"id\": \"q\", \"key\": 1}, {\"id\": \"r\", \"key\": 1}]  | the key 1 is given to two labels",
        "duplicate JSON key  | LABELS[{\"id\": \"q\", \"id\": \"r\"}]                           | Duplicate field 'id'",
        "choice without list | LABELS[{\"id\": \"q\", \"attributes\": [{\"id\": \"v\", \"type\": \"choice\"}]}] | a choice needs a non-empty list",
        "bad colour          | LABELS[{\"id\": \"q\", \"colour\": \"blue\"}]                      | colour \"blue\" must look like #0072B2",
        "attribute twice     | LABELS[{\"id\": \"q\", \"attributes\": [{\"id\": \"v\", \"type\": \"text\"}, {\"id\": \"v\", \"type\": \"date\"}]}] | the attribute id \"v\" is defined twice",
    })
    void aBrokenFolderSchemaIsReportedByNameAndTheDefaultIsUsed(String what, String json, String expected)
            throws Exception {
        String full = json.startsWith("LABELS")
                ? "{\"format\": \"factmark.labels\", \"id\": \"x\", \"version\": 1, \"labels\": " + json.substring(6) + "}"
                : json;
        Files.writeString(dir.resolve("labels.json"), full, StandardCharsets.UTF_8);
        LabelSchemaLoader.Loaded loaded = LabelSchemaLoader.forArticle(dir.resolve("a.txt"));
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains("labels.json") && problem.contains(expected), what + ": " + problem);
        assertEquals("factmark-default", loaded.labels().id(), "the default labels are used instead");
    }

    @Test
    void extendingSomethingElseIsRefused() {
        String json = "{\"format\": \"factmark.labels\", \"id\": \"x\", \"version\": 1, \"extends\": \"other\", \"labels\": []}";
        LabelSchemaException e = assertThrows(LabelSchemaException.class,
                () -> LabelSchemaLoader.parse(json.getBytes(StandardCharsets.UTF_8), "x", LabelSchemaLoader.bundledDefault()));
        assertTrue(e.getMessage().contains("\"extends\" can only name"), e.getMessage());
    }
}
