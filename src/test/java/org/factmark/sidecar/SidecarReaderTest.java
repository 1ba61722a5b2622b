package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a sidecar can break the contract is refused with a message saying where and what. */
class SidecarReaderTest {
    private final ArticleText article = SidecarFixtures.article();
    private final String good = SidecarWriter.toJson(SidecarFixtures.content(article, List.of(
            SidecarFixtures.at(article, "figure", "1,200 people", 0, "f-1"),
            SidecarFixtures.at(article, "quote", "«faux»", 0, "q-1"))));

    private String problem(String json) {
        return assertThrows(SidecarException.class,
                () -> SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), article)).getMessage();
    }

    @Test
    void theGoodOneReads() throws Exception {
        assertEquals(2, SidecarReader.read(good.getBytes(StandardCharsets.UTF_8), article).content()
                .annotations().size());
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        String broken = good.replaceFirst("\"label\": \"figure\",", "\"label\": \"figure\"");
        String message = problem(broken);
        assertTrue(message.contains("not valid JSON (line 14, column"), message);
    }

    @Test
    void anEmptyFileOrOtherJsonIsNotASidecar() {
        assertTrue(problem("").contains("not a JSON object"), problem(""));
        assertTrue(problem("[1, 2]").contains("not a JSON object"));
        assertTrue(problem("{\"format\": \"brat\"}").contains("not a Factmark sidecar"));
    }

    @Test
    void aNewerVersionIsRefusedSayingANewerFactmarkWroteIt() {
        String message = problem(good.replace("\"version\": 1", "\"version\": 2"));
        assertTrue(message.contains("written by a newer Factmark (format version 2)"), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "start as a string      | \"start\": START        | \"start\": \"34\"       | annotations[0] (id f-1).start\" must be a whole number",
        "start as a fraction    | \"start\": START        | \"start\": 34.5         | must be a whole number, found 34.5",
        "end before start       | \"end\": END          | \"end\": 30             | do not make a span",
        "negative start         | \"start\": START        | \"start\": -1           | do not make a span",
        "end past the text      | \"end\": END          | \"end\": 4600           | past the end of the article",
        "text does not match    | \"text\": \"1,200 people\" | \"text\": \"1,300 people\" | but the article has “1,200 people”",
        "label missing          | \"label\": \"figure\", |                       | label\" must be a string, found nothing",
        "attributes as a list   | \"attributes\": {}    | \"attributes\": []      | \"attributes\" must be an object",
        "annotations not a list | \"annotations\": [    | \"annotations\": {\"x\": [ | \"annotations\" must be a list",
        "sha256 a number        | \"sha256\": \"        | \"sha256\": 1, \"x\": \"  | document.sha256\" must be a string",
    })
    void wrongTypesAndOffsetsAreNamed(String what, String from, String to, String expected) {
        // START and END stand for the first annotation's offsets in code points
        String text = article.text();
        int start = text.codePointCount(0, text.indexOf("1,200 people"));
        String json = good.replaceFirst(java.util.regex.Pattern.quote(placeholders(from, start)),
                java.util.regex.Matcher.quoteReplacement(to == null ? "" : placeholders(to, start)));
        if (what.startsWith("annotations not")) {
            json = json.replaceFirst("\n  \\]", "]}");
        }
        String message = problem(json);
        assertTrue(message.contains(expected), what + ": " + message);
    }

    private static String placeholders(String s, int start) {
        return s.replace("START", String.valueOf(start)).replace("END", String.valueOf(start + 12)).strip();
    }

    @Test
    void duplicateIdsAreRefused() {
        String message = problem(good.replace("\"q-1\"", "\"f-1\""));
        assertTrue(message.contains("the id \"f-1\" is used twice"), message);
    }

    @Test
    void duplicateKeysAreRefused() {
        String message = problem(good.replaceFirst("\"note\": \"\",", "\"note\": \"\", \"note\": \"x\","));
        assertTrue(message.contains("Duplicate field 'note'"), message);
    }

    @Test
    void deepNestingIsRefusedNotFollowed() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String message = problem(good.replace("\"attributes\": {}", "\"attributes\": {\"x\": " + deep + "}"));
        assertTrue(message.contains("nested 65 deep (line ") && message.contains("at most 64"), message);
    }

    @Test
    void optionalStringsMayBeMissingOrNull() throws Exception {
        String lenient = good.replaceFirst("\"note\": \"\",", "\"note\": null,")
                .replaceFirst(",\\s*\"prefix\": \"[^\"]*\"", "");
        Annotation a = SidecarReader.read(lenient.getBytes(StandardCharsets.UTF_8), article).content()
                .annotations().get(0);
        assertEquals("", a.note());
    }

    @Test
    void aSecondValueAfterTheClosingBraceIsRefused() {
        String message = problem(good + "\n{}");
        assertTrue(message.contains("not valid JSON") && message.contains("more after the closing brace"), message);
    }

    @Test
    void theFormatIsCheckedBeforeTheAnnotationsWhereverTheyStand() {
        String message = problem("{\"annotations\": [{\"id\": 7}], \"format\": \"brat\"}");
        assertTrue(message.contains("not a Factmark sidecar"), message);
    }

    @Test
    void annotationsBeforeTheDocumentStillKeepTheirOrphansWhole() throws Exception {
        // the same sidecar with its fields reordered, read against an article that lost the figure's words
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(good);
        com.fasterxml.jackson.databind.JsonNode list = tree.remove("annotations");
        ((com.fasterxml.jackson.databind.node.ObjectNode) list.get(0)).put("x-custom", "kept");
        com.fasterxml.jackson.databind.node.ObjectNode reordered =
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        reordered.set("annotations", list);
        reordered.setAll(tree);
        ArticleText changed = ArticleLoader.fromString("a.txt", article.text().replace("1,200 people", "many"));
        SidecarReader.Result result = SidecarReader.read(reordered.toString().getBytes(StandardCharsets.UTF_8),
                changed);
        assertEquals(1, result.content().orphans().size());
        assertEquals("kept", result.content().orphans().get(0).get("x-custom"));
        assertEquals("1,200 people", result.content().orphans().get(0).get("text"));
    }
}
