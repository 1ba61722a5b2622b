package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** factmark suggest: its output, --json's fields, --accept's additions, skips and rejected list, bad usage. */
class SuggestCommandTest {
    @TempDir
    Path dir;

    private Path article(String text) throws Exception {
        Path article = dir.resolve("news.txt");
        Files.writeString(article, text);
        return article;
    }

    @Test
    void jsonGivesCodePointOffsetsTextAttributesRuleAndScore() throws Exception {
        Path a = article("😀 The minister said: “Prices rose by 40% a year.”\n");
        CliTest.Run run = CliTest.run("suggest", a.toString(), "--json", "--labels", "figure,quote");
        assertEquals(0, run.code(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals(2, rows.size(), run.out());
        JsonNode quote = rows.get(0);
        assertEquals("quote", quote.get("label").asText());
        assertEquals("Prices rose by 40% a year.", quote.get("text").asText());
        assertEquals(22, quote.get("start").asInt(), "code points: the emoji counts one");
        assertEquals("The minister", quote.get("attributes").get("speaker").asText());
        JsonNode figure = rows.get(1);
        assertEquals("40% a year", figure.get("text").asText());
        assertEquals(40, figure.get("attributes").get("value").asInt());
        assertTrue(figure.get("score").isNumber() && figure.get("rule").asText().startsWith("figure."));
    }

    @Test
    void acceptAddsAnnotationsOnceAndSkipsRejectedOnes() throws Exception {
        Path a = article("Officials said 1,200 people died and 300 homes burned.\n");
        CliTest.Run first = CliTest.run("suggest", a.toString(), "--labels", "figure", "--accept");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("2 suggestions added as annotations"), first.err());
        JsonNode sidecar = new ObjectMapper().readTree(dir.resolve("news.txt.annotations.json").toFile());
        assertEquals(2, sidecar.get("annotations").size());
        JsonNode added = sidecar.get("annotations").get(0);
        assertEquals("figure.digits", added.get("attributes").get("suggestedBy").asText());
        assertFalse(added.get("creator").asText().isEmpty() && !System.getProperty("user.name", "").isEmpty());

        CliTest.Run again = CliTest.run("suggest", a.toString(), "--labels", "figure", "--accept");
        assertTrue(again.err().contains("no suggestions added, 2 already annotated; the sidecar was not written"), again.err());

        Path b = dir.resolve("other.txt");
        Files.writeString(b, "Officials said 1,200 people died and 300 homes burned.\n");
        Map<String, Object> rejected = Map.of("label", "figure", "start", 37, "end", 46, "text", "300 homes");
        ObjectMapper json = new ObjectMapper();
        CliTest.run("suggest", b.toString(), "--labels", "event", "--accept"); // nothing found: no sidecar
        assertFalse(Files.exists(dir.resolve("other.txt.annotations.json")));
        Files.copy(dir.resolve("news.txt.annotations.json"), dir.resolve("other.txt.annotations.json"));
        JsonNode tree = json.readTree(dir.resolve("other.txt.annotations.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).putArray("annotations");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).set("rejected", json.valueToTree(java.util.List.of(rejected)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("document")).put("file", "other.txt");
        Files.writeString(dir.resolve("other.txt.annotations.json"), json.writeValueAsString(tree));
        CliTest.Run skip = CliTest.run("suggest", b.toString(), "--labels", "figure", "--accept");
        assertTrue(skip.err().contains("1 suggestion added as an annotation, 1 rejected before"), skip.err());
        JsonNode after = json.readTree(dir.resolve("other.txt.annotations.json").toFile());
        assertEquals("1,200 people", after.get("annotations").get(0).get("text").asText());
        assertEquals(1, after.get("rejected").size(), "the rejected list is kept");
    }

    @Test
    void unknownLabelsAndMissingFilesExitWithTwo() throws Exception {
        Path a = article("Nothing here.\n");
        CliTest.Run bad = CliTest.run("suggest", a.toString(), "--labels", "figur");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown label figur"), bad.err());
        CliTest.Run missing = CliTest.run("suggest", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
    }
}
