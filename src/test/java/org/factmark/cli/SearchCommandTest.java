package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factmark search QUERY FOLDER}: the text and JSON outputs, filters and exit codes. */
class SearchCommandTest {
    @TempDir
    Path folder;

    private void copySample() throws Exception {
        Files.createDirectories(folder.resolve("gaza"));
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), folder.resolve("gaza/speech.txt"));
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                folder.resolve("gaza/speech.txt.annotations.json"));
    }

    @Test
    void jsonIsAnArrayOfHitsWithCodePointOffsetsAndTheirAnnotation() throws Exception {
        copySample();
        Files.writeString(folder.resolve("other.txt"), "😀 Gaza, again.\n");
        CliTest.Run run = CliTest.run("search", "gaza", folder.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode hits = new ObjectMapper().readTree(run.out());
        assertTrue(hits.isArray() && hits.size() > 2, run.out());
        String speech = Files.readString(folder.resolve("gaza/speech.txt"));
        for (JsonNode hit : hits) {
            assertEquals(java.util.List.of("article", "start", "end", "text", "annotation"),
                    new java.util.ArrayList<String>() {{ hit.fieldNames().forEachRemaining(this::add); }});
        }
        JsonNode last = hits.get(hits.size() - 1);
        assertEquals("other.txt", last.get("article").asText());
        assertEquals(2, last.get("start").asInt(), "the emoji is one code point");
        assertEquals("Gaza", last.get("text").asText());
        assertTrue(last.get("annotation").isNull());
        JsonNode first = hits.get(0);
        assertEquals("gaza/speech.txt", first.get("article").asText());
        int[] cps = speech.codePoints().toArray();
        String hitText = new String(cps, first.get("start").asInt(), first.get("end").asInt() - first.get("start").asInt());
        assertEquals(first.get("text").asText().toLowerCase(), hitText.toLowerCase());
    }

    @Test
    void labelKeepsHitsInAnnotationsOfThatLabel() throws Exception {
        copySample();
        CliTest.Run all = CliTest.run("search", "gaza", folder.toString(), "--json");
        CliTest.Run quotes = CliTest.run("search", "gaza", folder.toString(), "--json", "--label", "quote");
        JsonNode q = new ObjectMapper().readTree(quotes.out());
        assertTrue(q.size() > 0 && q.size() < new ObjectMapper().readTree(all.out()).size(), quotes.out());
        q.forEach(hit -> assertEquals("quote", hit.get("annotation").get("label").asText()));
    }

    @Test
    void theTextOutputGroupsHitsUnderTheirArticle() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "The ministry said 1,200.\n");
        Files.writeString(folder.resolve("b.txt"), "Nothing.\n");
        CliTest.Run run = CliTest.run("search", "ministry", folder.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("a.txt\n  4-12  The ministry said 1,200.\n1 hit in 1 of 2 articles\n", run.out());
    }

    @Test
    void badInputIsSaidInOneLine() throws Exception {
        CliTest.Run missing = CliTest.run("search", "x", folder.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertEquals("factmark: " + folder.resolve("nope") + " is not a folder\n", missing.err());
        CliTest.Run empty = CliTest.run("search", "\"  \"", folder.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("has no words"), empty.err());
        Files.write(folder.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8});
        Files.writeString(folder.resolve("good.txt"), "x marks\n");
        CliTest.Run unreadable = CliTest.run("search", "x", folder.toString());
        assertEquals(1, unreadable.code(), unreadable.err());
        assertTrue(unreadable.err().contains("bad.txt"), unreadable.err());
        assertTrue(unreadable.out().startsWith("good.txt"), unreadable.out());
    }
}
