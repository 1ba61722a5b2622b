package org.factmark.formats;

import static org.factmark.formats.FormatFixture.cp;
import static org.factmark.formats.FormatFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factmark.article.ArticleLoader;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.LabelSet;
import org.factmark.model.SidecarContent;
import org.factmark.model.SpanOrder;
import org.junit.jupiter.api.Test;

class JsonlFormatTest {
    private final JsonlFormat jsonl = new JsonlFormat();
    private final LabelSet labels = LabelSchemaLoader.bundledDefault();

    @Test
    void exportIsTheGoldenLine() {
        ExportResult r = jsonl.export(List.of(FormatFixture.input()));
        assertEquals(JsonlFormat.FILE_NAME, r.files().get(0).name());
        assertEquals(utf8(FormatFixture.golden("fixture.jsonl")), utf8(r.files().get(0).bytes()));
        assertEquals(List.of("attributes and notes of 6 annotations: JSONL carries spans and labels only",
                "ids, creators and times of 6 annotations (an import makes new ones)"), r.lost());
    }

    @Test
    void exportSpelledOutWithCodePointOffsets() {
        ArticleText article = FormatFixture.article();
        String t = article.text();
        List<Annotation> sorted = new ArrayList<>(FormatFixture.annotations(article));
        sorted.sort(SpanOrder.ORDER);
        StringBuilder labelsJson = new StringBuilder();
        for (Annotation a : sorted) {
            labelsJson.append(labelsJson.length() == 0 ? "" : ", ").append('[').append(cp(t, a.start())).append(", ")
                    .append(cp(t, a.end())).append(", \"").append(a.label()).append("\"]");
        }
        String expected = "{\"text\": \"Headline: " + FormatFixture.FAMILY + " families " + FormatFixture.GRIN
                + " celebrate\\n\\\"We counted 1,200 people " + FormatFixture.GRIN + " in total,\\\" said the minister."
                + "\\n-5.5 degrees: the coldest night since 2019, Reuters reported.\\n\", \"label\": [" + labelsJson
                + "]}\n";
        assertEquals(expected, utf8(jsonl.export(List.of(FormatFixture.input())).files().get(0).bytes()));
        assertTrue(expected.contains("[10, 36, \"event\"], [38, 72, \"quote\"], [49, 92, \"assertion\"], "
                + "[49, 61, \"figure\"]"), "outer before inner, overlapping spans kept apart: " + expected);
    }

    @Test
    void roundTripJsonlToFactmarkToJsonlIsIdentical() throws Exception {
        byte[] golden = FormatFixture.golden("fixture.jsonl");
        ArticleText article = FormatFixture.article();
        ImportResult r = jsonl.read(golden, article, labels);
        assertEquals(List.of(), r.skipped());
        assertEquals(6, r.annotations().size());
        HashSet<String> ids = new HashSet<>();
        for (Annotation a : r.annotations()) {
            assertEquals(a.id(), UUID.fromString(a.id()).toString(), "a fresh UUID");
            assertTrue(ids.add(a.id()));
            assertEquals(Map.of(), a.attributes());
            assertEquals("", a.note() + a.creator() + a.created() + a.modified());
        }
        SidecarContent content = new SidecarContent(article, r.annotations(), List.of(), Map.of(), Map.of());
        byte[] again = jsonl.export(List.of(FormatFixture.input(FormatFixture.PATH, content))).files().get(0).bytes();
        assertEquals(utf8(golden), utf8(again));
    }

    @Test
    void importPicksTheLineWithTheArticlesTextAndReadsEveryDoccanoShape() throws Exception {
        ArticleText article = ArticleLoader.fromString("a.txt", "😀 Alpha beta.");
        String file = "{\"text\": \"something else\", \"label\": [[0, 4, \"x\"]]}\r\n"
                + "\r\n"
                + "{\"id\": 7, \"text\": \"😀 Alpha beta.\", \"entities\": [{\"id\": 1, \"label\": \"quote\", "
                + "\"start_offset\": 2, \"end_offset\": 7}, {\"label\": \"figure\", \"start_offset\": 8, "
                + "\"end_offset\": 13}, [1, \"x\", \"bad\"]], \"relations\": [{\"from_id\": 1, \"to_id\": 2}]}\n";
        ImportResult r = jsonl.read(file.getBytes(StandardCharsets.UTF_8), article, labels);
        assertEquals(List.of("Alpha", "beta."), r.annotations().stream()
                .map(a -> article.text().substring(a.start(), a.end())).toList());
        assertEquals(List.of("quote", "figure"), r.annotations().stream().map(Annotation::label).toList());
        assertEquals(List.of("label 3 [1,\"x\",\"bad\"]: not [start, end, label]",
                "1 relation: Factmark holds spans only"), r.skipped());

        String labelsKey = "{\"text\": \"😀 Alpha beta.\", \"labels\": [[8, 12, \"event\"]]}";
        Annotation a = jsonl.read(labelsKey.getBytes(StandardCharsets.UTF_8), article, labels).annotations().get(0);
        assertEquals("beta", article.text().substring(a.start(), a.end()));
    }

    @Test
    void aSingleLineForAnotherTextIsPlacedByItsSpansTextsOrSkipped() throws Exception {
        ArticleText article = ArticleLoader.fromString("a.txt", "New intro. 😀 Alpha beta.");
        String line = "{\"text\": \"😀 Alpha beta gamma.\", \"label\": [[2, 7, \"quote\"], [13, 18, \"figure\"], "
                + "[5, 40, \"event\"]]}";
        ImportResult r = jsonl.read(line.getBytes(StandardCharsets.UTF_8), article, labels);
        assertEquals(1, r.annotations().size());
        assertEquals("Alpha", article.text().substring(r.annotations().get(0).start(), r.annotations().get(0).end()));
        assertEquals(List.of("label 2 [13,18,\"figure\"]: its text is not in the article",
                "label 3 [5,40,\"event\"]: not a span of the text"), r.skipped());
    }

    @Test
    void severalLinesNoneOfThemThisArticleIsAFormatException() {
        ArticleText article = ArticleLoader.fromString("speech.txt", "Mine.");
        String two = "{\"text\": \"One.\", \"label\": []}\n{\"text\": \"Two.\", \"label\": []}\n";
        FormatException e = assertThrows(FormatException.class,
                () -> jsonl.read(two.getBytes(StandardCharsets.UTF_8), article, labels));
        assertEquals("none of its 2 lines has the text of speech.txt, so it is not clear which line to read",
                e.getMessage());
        String broken = "{\"text\": \"a\"}\n{\"text\": ";
        assertTrue(assertThrows(FormatException.class, () -> jsonl.read(broken.getBytes(StandardCharsets.UTF_8),
                article, labels)).getMessage().startsWith("line 2 is not valid JSON (column "));
        assertThrows(FormatException.class, () -> jsonl.read(new byte[0], article, labels));
    }

    @Test
    void severalArticlesGiveOneLineEach() {
        ArticleText other = ArticleLoader.fromString("b.txt", "Tab\there\u0001.");
        ExportResult r = jsonl.export(List.of(FormatFixture.input(),
                FormatFixture.input(null, SidecarContent.empty(other))));
        String[] lines = utf8(r.files().get(0).bytes()).split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("{\"text\": \"Tab\\there\\u0001.\", \"label\": []}", lines[1], "escaped as Python does");
        assertEquals("", lines[2]);
    }

    @Test
    void registeredUnderItsName() {
        assertTrue(Formats.exporter("jsonl").orElseThrow() instanceof JsonlFormat);
        assertEquals(true, Formats.importer("jsonl").isPresent());
        assertTrue(Formats.exporter("jsonl").orElseThrow().combines());
    }
}
