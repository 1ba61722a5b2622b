package org.factmark.cli;

import static org.factmark.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factmark.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factmark import`: nothing unreadable is written, nothing differing is dropped, and the counts are true. */
class ImportMergeCliTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    /** One W3C annotation of {@code exact} with a label and, when given, a describing body of that JSON. */
    private static String w3c(String exact, String label, String details) throws Exception {
        ObjectNode a = JSON.createObjectNode().put("type", "Annotation").put("id", "urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(exact.getBytes()));
        ArrayNode body = a.putArray("body");
        body.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", label);
        if (details != null) {
            body.addObject().put("type", "TextualBody").put("purpose", "describing")
                    .put("format", "application/json").put("value", details);
        }
        a.putObject("target").put("source", "a.txt").putArray("selector").addObject()
                .put("type", "TextQuoteSelector").put("exact", exact);
        return JSON.writeValueAsString(JSON.createArrayNode().add(a));
    }

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("a.txt"), TEXT);
    }

    @Test
    void detailsNestedTooDeepAreRefusedAndTheSidecarStaysReadable() throws Exception {
        Path article = article();
        String deep = "{\"source\": " + "[".repeat(100) + "]".repeat(100) + "}";
        ArrayNode both = (ArrayNode) JSON.readTree(w3c("1,200 people", "figure", deep));
        both.add(JSON.readTree(w3c("The ministry denied it.", "assertion", null)).get(0));
        Path source = Files.writeString(dir.resolve("in.jsonld"), JSON.writeValueAsString(both));
        Run imported = run("import", "--format", "w3c", "--from", source.toString(), article.toString());
        assertTrue(imported.err().contains("1 annotation imported") && imported.err().contains("64"),
                imported.err());
        Run validate = run("validate", article.toString());
        assertEquals(0, validate.code(), validate.err());
    }

    @Test
    void aFiveHundredDigitNumberIsRefusedAndTheOtherAnnotationIsImported() throws Exception {
        Path article = article();
        ArrayNode both = (ArrayNode) JSON.readTree(w3c("1,200 people", "figure", "{\"value\": " + "9".repeat(500) + "}"));
        both.add(JSON.readTree(w3c("The ministry denied it.", "assertion", null)).get(0));
        Path source = Files.writeString(dir.resolve("in.jsonld"), JSON.writeValueAsString(both));
        Run imported = run("import", "--format", "w3c", "--from", source.toString(), article.toString());
        assertTrue(imported.err().contains("1 annotation imported") && imported.err().toLowerCase().contains("number"),
                imported.err());
        Run validate = run("validate", article.toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.out().contains("(1 annotations"), validate.out());
    }

    @Test
    void aDifferingAssertionOnTheSameSpanIsImportedAsAConflict() throws Exception {
        Path article = article();
        Path mine = Files.writeString(dir.resolve("mine.jsonld"), w3c("The ministry denied it.", "assertion",
                "{\"claimant\": \"the ministry\", \"verdict\": \"unrated\"}"));
        assertEquals(0, run("import", "--format", "w3c", "--from", mine.toString(), article.toString()).code());
        ObjectNode theirs = (ObjectNode) JSON.readTree(w3c("The ministry denied it.", "assertion",
                "{\"claimant\": \"the ministry\", \"verdict\": \"false\"}")).get(0);
        theirs.put("id", "urn:uuid:00000000-0000-4000-8000-000000000001");
        ((ArrayNode) theirs.get("body")).addObject().put("type", "TextualBody").put("purpose", "commenting")
                .put("value", "a colleague's note");
        Path source = Files.writeString(dir.resolve("theirs.jsonld"), JSON.writeValueAsString(
                JSON.createArrayNode().add(theirs)));
        Run imported = run("import", "--format", "w3c", "--from", source.toString(), article.toString());
        assertEquals(0, imported.code(), imported.err());
        assertFalse(imported.err().contains("already present"), imported.err());
        assertTrue(imported.err().contains("1 annotation imported") && imported.err().contains("1 conflict"),
                imported.err());
        String sidecar = Files.readString(dir.resolve("a.txt.annotations.json"));
        assertTrue(sidecar.contains("a colleague's note") && sidecar.contains("\"conflict\""), sidecar);
    }

    @Test
    void aDifferingAnnotationWithATakenIdIsImportedAsAConflict() throws Exception {
        Path article = article();
        Path mine = Files.writeString(dir.resolve("mine.jsonld"), w3c("1,200 people", "figure", "{\"value\": 1200}"));
        assertEquals(0, run("import", "--format", "w3c", "--from", mine.toString(), article.toString()).code());
        Path theirs = Files.writeString(dir.resolve("theirs.jsonld"), w3c("1,200 people", "figure",
                "{\"value\": 1300}"));
        Run imported = run("import", "--format", "w3c", "--from", theirs.toString(), article.toString());
        assertTrue(imported.err().contains("1 annotation imported") && imported.err().contains("1 conflict"),
                imported.err());
        Run again = run("import", "--format", "w3c", "--from", theirs.toString(), article.toString());
        assertTrue(again.err().contains("0 annotations imported") && again.err().contains("1 already present"),
                again.err());
        String sidecar = Files.readString(dir.resolve("a.txt.annotations.json"));
        assertTrue(sidecar.contains("1300") && sidecar.contains("\"value\": 1200"), sidecar);
    }

    @Test
    void aJsonlLabelThatCouldNotBeSavedAsGivenIsRefusedNotAltered() throws Exception {
        Path article = article();
        Path source = Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"" + TEXT
                + "\", \"label\": [[15, 27, \"fig\\ud800ure\"], [0, 9, \"quote\"]]}\n");
        Run imported = run("import", "--format", "jsonl", "--from", source.toString(), article.toString());
        assertTrue(imported.err().contains("1 annotation imported") && imported.err().contains("fig"),
                imported.err());
        String sidecar = Files.readString(dir.resolve("a.txt.annotations.json"));
        assertFalse(sidecar.contains("fig?ure"), sidecar);
    }
}
