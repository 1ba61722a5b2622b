package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidecar as another program sees it. {@code src/test/resources/contract/tiny.txt.annotations.json} was
 * written by Python's {@code json.dumps(obj, indent=2, ensure_ascii=False)} from offsets Python counted: Factmark
 * must read it to the same places and write it back byte for byte.
 */
class SidecarContractTest {
    private static final Path CONTRACT = Path.of("src/test/resources/contract");

    private static byte[] pythonBytes() throws Exception {
        return Files.readAllBytes(CONTRACT.resolve("tiny.txt.annotations.json"));
    }

    private static ArticleText tiny() throws Exception {
        return ArticleLoader.load(CONTRACT.resolve("tiny.txt"));
    }

    @Test
    void aSidecarWrittenByPythonReadsAndWritesBackByteForByte() throws Exception {
        SidecarReader.Result read = SidecarReader.read(pythonBytes(), tiny());
        assertFalse(read.reanchor().reanchored(), "the article has not changed");
        assertArrayEquals(pythonBytes(), SidecarWriter.write(read.content()),
                "unknown fields, nulls, nested attributes, escapes and order all survive");
    }

    @Test
    void theBundledSampleReadsAndWritesBackByteForByte() throws Exception {
        Path article = Path.of("samples/khamenei-gaza-speech.txt");
        byte[] sidecar = Files.readAllBytes(SidecarStore.sidecarFor(article));
        SidecarReader.Result read = SidecarReader.read(sidecar, ArticleLoader.load(article));
        assertFalse(read.reanchor().reanchored());
        assertTrue(read.content().annotations().size() >= 30);
        assertArrayEquals(sidecar, SidecarWriter.write(read.content()));
    }

    /** The independent Python checker, where this machine has Python, accepts what Factmark writes. */
    @Test
    void thePythonCheckerAcceptsASidecarFactmarkWrote(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(hasPython(), "python3 is not installed here");
        Path article = dir.resolve("speech.txt");
        Files.writeString(article, SidecarFixtures.RAW, StandardCharsets.UTF_8);
        ArticleText text = ArticleLoader.load(article);
        SidecarStore.save(article, SidecarFixtures.content(text, List.of(
                SidecarFixtures.at(text, "quote", "said 🇺🇦 that 1,200 people died", 0, "q"),
                SidecarFixtures.at(text, "figure", "1,200 people", 0, "f"),
                SidecarFixtures.at(text, "event", "فارسی\u200Cها", 0, "e"))), false);
        Process checker = new ProcessBuilder("python3", "samples/tools/check_sidecar.py", article.toString())
                .redirectErrorStream(true).start();
        String output = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, checker.waitFor(), output);
        assertTrue(output.startsWith("OK:"), output);
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void codePointOffsetsLandOnTheSameTextInJava() throws Exception {
        ArticleText article = tiny();
        List<Annotation> read = SidecarReader.read(pythonBytes(), article).content().annotations();
        JsonNode file = new ObjectMapper().readTree(pythonBytes());
        for (int i = 0; i < read.size(); i++) {
            Annotation a = read.get(i);
            JsonNode raw = file.get("annotations").get(i);
            assertEquals(raw.get("text").asText(), article.text().substring(a.start(), a.end()), a.id());
        }
        Annotation quote = read.stream().filter(a -> a.id().equals("b-2")).findFirst().orElseThrow();
        assertEquals(12, file.get("annotations").get(2).get("start").asInt(), "Python counts the emoji once");
        assertEquals(13, quote.start(), "Java counts it twice");
    }

    @Test
    void theSameAnnotationsInAnyOrderGiveTheSameBytes() throws Exception {
        SidecarContent content = SidecarReader.read(pythonBytes(), tiny()).content();
        List<Annotation> shuffled = new ArrayList<>(content.annotations());
        Collections.shuffle(shuffled, new Random(7));
        SidecarContent again = new SidecarContent(content.article(), shuffled, content.orphans(),
                content.topExtra(), content.documentExtra());
        assertArrayEquals(SidecarWriter.write(content), SidecarWriter.write(again));
    }

    @Test
    void aFreshSidecarHasTheDocumentedShape() throws Exception {
        ArticleText article = SidecarFixtures.article();
        Annotation figure = SidecarFixtures.at(article, "figure", "1,200 people", 0, "f-1");
        String json = SidecarWriter.toJson(SidecarFixtures.content(article, List.of(figure)));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("format", "version", "document", "annotations"), fieldNames(root));
        assertEquals(List.of("file", "sha256", "length", "newline"), fieldNames(root.get("document")));
        JsonNode a = root.get("annotations").get(0);
        assertEquals(List.of("id", "label", "start", "end", "text", "prefix", "suffix", "attributes", "note",
                "creator", "created", "modified"), fieldNames(a));
        String python = article.text(); // what open(encoding="utf-8-sig").read() gives
        int cpStart = python.codePointCount(0, python.indexOf("1,200"));
        assertEquals(cpStart, a.get("start").asInt());
        assertEquals(cpStart + 12, a.get("end").asInt());
        assertEquals(32, a.get("prefix").asText().codePointCount(0, a.get("prefix").asText().length()));
        assertEquals(" died.\nCafe\u0301 owners disagreed: «", a.get("suffix").asText(),
                "32 code points: the combining accent is one of them, CRLF became one LF");
        assertEquals("CRLF", root.get("document").get("newline").asText());
        assertTrue(json.endsWith("}\n"), "a final newline");
        assertTrue(json.contains("disagreed: «\"") && !json.contains("\\u00ab"), "non-ASCII is written as itself");
    }

    @Test
    void everySidecarFactmarkWritesSatisfiesTheSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("resources/schema/factmark-annotations-v1.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        assertEquals(Set.of(), schema.validate(json.readTree(pythonBytes())));
        ArticleText article = SidecarFixtures.article();
        String written = SidecarWriter.toJson(SidecarFixtures.content(article, List.of(
                SidecarFixtures.at(article, "quote", "said 🇺🇦 that", 0, "q"),
                SidecarFixtures.at(article, "unknown-label", "«faux»", 0, "u"))));
        assertEquals(Set.of(), schema.validate(json.readTree(written)));
        Set<ValidationMessage> bad = schema.validate(json.readTree(written.replace("\"version\": 1", "\"version\": 2")));
        assertTrue(!bad.isEmpty(), "the schema is not vacuous");
    }

    @Test
    void unknownFieldsOfANewerFactmarkAreKeptInTheirPlaces() throws Exception {
        SidecarContent content = SidecarReader.read(pythonBytes(), tiny()).content();
        assertEquals(Map.of("x-doc", "kept"), content.documentExtra());
        assertTrue(content.topExtra().containsKey("x-future"));
        Annotation quote = content.annotations().stream().filter(a -> a.id().equals("b-2")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, quote.extra().get("x-reviewed"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
