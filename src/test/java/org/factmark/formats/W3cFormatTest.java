package org.factmark.formats;

import static org.factmark.formats.FormatFixture.cp;
import static org.factmark.formats.FormatFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factmark.article.ArticleLoader;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.LabelSet;
import org.factmark.model.SidecarContent;
import org.factmark.model.SpanOrder;
import org.junit.jupiter.api.Test;

class W3cFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning",
            "replying", "tagging");
    private static final Pattern XSD_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private final W3cFormat w3c = new W3cFormat();
    private final LabelSet labels = LabelSchemaLoader.bundledDefault();

    private byte[] exported() {
        ExportResult result = w3c.export(List.of(FormatFixture.input()));
        assertEquals(1, result.files().size());
        assertEquals(W3cFormat.FILE_NAME, result.files().get(0).name());
        assertEquals(List.of(), result.lost(), "nothing is lost");
        return result.files().get(0).bytes();
    }

    @Test
    void exportIsTheGoldenFileByteForByte() {
        assertEquals(utf8(FormatFixture.golden("fixture.jsonld")), utf8(exported()));
    }

    @Test
    void selectorsCountCodePointsOfTheNormalisedText() throws Exception {
        ArticleText article = FormatFixture.article();
        String text = article.text();
        assertFalse(text.contains("\r"));
        JsonNode items = JSON.readTree(exported()).path("first").path("items");
        List<Annotation> sorted = new ArrayList<>(FormatFixture.annotations(article));
        sorted.sort(SpanOrder.ORDER);
        assertEquals(sorted.size(), items.size());
        for (int i = 0; i < sorted.size(); i++) {
            Annotation a = sorted.get(i);
            JsonNode quote = items.get(i).path("target").path("selector").get(0);
            JsonNode position = items.get(i).path("target").path("selector").get(1);
            assertEquals(cp(text, a.start()), position.path("start").intValue(), a.id());
            assertEquals(cp(text, a.end()), position.path("end").intValue(), a.id());
            assertEquals(text.substring(a.start(), a.end()), quote.path("exact").asText());
            String prefix = quote.path("prefix").asText("");
            String suffix = quote.path("suffix").asText("");
            assertTrue(text.substring(0, a.start()).endsWith(prefix));
            assertTrue(text.substring(a.end()).startsWith(suffix));
            assertEquals(Math.min(32, cp(text, a.start())), prefix.codePointCount(0, prefix.length()));
            assertEquals(Math.min(32, text.codePointCount(a.end(), text.length())),
                    suffix.codePointCount(0, suffix.length()));
        }
        // the family emoji is five code points: the event's span ends 26 code points after it starts
        assertEquals(10, items.get(0).path("target").path("selector").get(1).path("start").intValue());
        assertEquals(36, items.get(0).path("target").path("selector").get(1).path("end").intValue());
    }

    @Test
    void everyMustOfTheWebAnnotationDataModelHolds() throws Exception {
        JsonNode root = JSON.readTree(exported());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.path("@context").asText());
        assertIri(root.path("id"));
        assertEquals("AnnotationCollection", root.path("type").asText());
        assertTrue(root.path("total").isIntegralNumber() && root.path("total").intValue() >= 0);
        JsonNode page = root.path("first");
        assertIri(page.path("id"));
        assertEquals("AnnotationPage", page.path("type").asText());
        assertEquals(root.path("id"), page.path("partOf"));
        assertEquals(0, page.path("startIndex").intValue());
        assertTrue(page.path("items").isArray() && !page.path("items").isEmpty(), "a page has 1 or more items");
        assertEquals(root.path("total").intValue(), page.path("items").size());
        Set<String> ids = new HashSet<>();
        for (JsonNode a : page.path("items")) {
            assertIri(a.path("id"));
            assertTrue(ids.add(a.path("id").asText()), "ids are unique");
            assertEquals("Annotation", a.path("type").asText());
            assertTrue(MOTIVATIONS.contains(a.path("motivation").asText()));
            for (String time : List.of("created", "modified")) {
                if (a.has(time)) {
                    assertTrue(XSD_UTC.matcher(a.path(time).asText()).matches(), time);
                }
            }
            if (a.has("creator")) {
                assertEquals("Person", a.path("creator").path("type").asText());
                assertTrue(a.path("creator").path("name").isTextual());
            }
            assertTrue(a.path("body").isArray() && a.path("body").size() >= 1);
            for (JsonNode body : a.path("body")) {
                assertEquals("TextualBody", body.path("type").asText());
                assertTrue(body.path("value").isTextual(), "a TextualBody has exactly one value");
                assertTrue(MOTIVATIONS.contains(body.path("purpose").asText()));
                assertFalse(body.has("items"));
            }
            JsonNode target = a.path("target");
            assertTrue(target.isObject(), "an annotation has a target");
            // an IRI, or the article's file name relative to the export, which JSON-LD resolves against the file
            URI source = URI.create(target.path("source").asText());
            assertTrue(source.isAbsolute() || source.getScheme() == null && !source.toString().contains("/"),
                    "an IRI reference: " + source);
            assertTrue(target.path("selector").isArray());
            for (JsonNode selector : target.path("selector")) {
                String type = selector.path("type").asText();
                if (type.equals("TextPositionSelector")) {
                    assertTrue(selector.path("start").isIntegralNumber() && selector.path("start").longValue() >= 0);
                    assertTrue(selector.path("end").isIntegralNumber() && selector.path("end").longValue() >= 0);
                    assertTrue(selector.path("start").longValue() <= selector.path("end").longValue());
                } else {
                    assertEquals("TextQuoteSelector", type);
                    assertTrue(selector.path("exact").isTextual());
                }
            }
        }
    }

    private static void assertIri(JsonNode node) {
        assertTrue(node.isTextual(), "an IRI is a string: " + node);
        assertTrue(URI.create(node.asText()).isAbsolute(), "not an absolute IRI: " + node);
    }

    @Test
    void roundTripGivesTheSameAnnotations() throws Exception {
        ArticleText article = FormatFixture.article();
        ImportResult back = w3c.read(exported(), article, labels);
        assertEquals(List.of(), back.skipped());
        List<Annotation> expected = new ArrayList<>(FormatFixture.annotations(article));
        List<Annotation> actual = new ArrayList<>(back.annotations());
        expected.sort(SpanOrder.ORDER);
        actual.sort(SpanOrder.ORDER);
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(a -> a.label().equals("source")), "labels outside the schema are kept");
        assertTrue(actual.stream().anyMatch(a -> a.id().equals("brat T7")), "a non-UUID id comes back");
    }

    @Test
    void theBundledSampleSurvivesTheRoundTrip() throws Exception {
        java.nio.file.Path path = java.nio.file.Path.of("samples", "khamenei-gaza-speech.txt");
        ArticleText article = ArticleLoader.load(path);
        SidecarContent content = org.factmark.sidecar.SidecarReader.read(java.nio.file.Files.readAllBytes(
                path.resolveSibling(path.getFileName() + ".annotations.json")), article).content();
        ExportResult out = w3c.export(List.of(FormatFixture.input(path, content)));
        assertEquals(List.of(), out.lost());
        ImportResult back = w3c.read(out.files().get(0).bytes(), article, labels);
        assertEquals(List.of(), back.skipped());
        List<Annotation> expected = new ArrayList<>(content.annotations());
        List<Annotation> actual = new ArrayList<>(back.annotations());
        expected.sort(SpanOrder.ORDER);
        actual.sort(SpanOrder.ORDER);
        assertEquals(expected, actual);
        assertTrue(actual.size() > 10);
    }

    @Test
    void changedArticleIsAnchoredByQuoteAndContextThenByQuoteAlone() throws Exception {
        ArticleText changed = ArticleLoader.fromString(FormatFixture.FILE, "UPDATED 😀 " + FormatFixture.RAW
                .replace("said the minister", "the minister said"));
        ImportResult back = w3c.read(exported(), changed, labels);
        String text = changed.text();
        Map<String, Annotation> byId = new java.util.HashMap<>();
        back.annotations().forEach(a -> byId.put(a.id(), a));
        Annotation figure = byId.get("22222222-2222-4222-8222-222222222222");
        assertEquals(text.indexOf("1,200 people"), figure.start());
        assertEquals("1,200 people", text.substring(figure.start(), figure.end()));
        assertEquals(1, back.skipped().size(), back.skipped().toString());
        assertTrue(back.skipped().get(0).startsWith("urn:uuid:33333333-3333-4333-8333-333333333333 (assertion): \""),
                back.skipped().get(0));
        assertTrue(back.skipped().get(0).endsWith("is not in the article"));
        assertEquals(5, back.annotations().size());
    }

    @Test
    void quoteAloneGoesToTheOccurrenceNearestThePosition() throws Exception {
        ArticleText article = ArticleLoader.fromString("a.txt", "cat 😀 dog. cat dog. cat 😀 dog.");
        String one = annotation("urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "figure",
                "{\"type\": \"TextQuoteSelector\", \"exact\": \"cat\", \"prefix\": \"XX\"},"
                        + "{\"type\": \"TextPositionSelector\", \"start\": 22, \"end\": 26}");
        ImportResult r = w3c.read(one.getBytes(StandardCharsets.UTF_8), article, labels);
        assertEquals(List.of(), r.skipped());
        Annotation a = r.annotations().get(0);
        assertEquals("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", a.id());
        assertEquals(article.text().lastIndexOf("cat"), a.start());
        assertEquals(Map.of(), a.attributes());
        assertEquals("", a.creator());
    }

    @Test
    void acceptsAPlainArrayAndAPageAndSkipsWhatItCannotPlace() throws Exception {
        ArticleText article = ArticleLoader.fromString("a.txt", "Alpha beta gamma.");
        String placed = annotation("http://example.org/anno/1", "claim",
                "{\"type\": \"TextPositionSelector\", \"start\": 6, \"end\": 10}");
        String missing = annotation("http://example.org/anno/2", "quote",
                "{\"type\": \"TextQuoteSelector\", \"exact\": \"delta\"}");
        String unlabelled = "{\"id\": \"http://example.org/anno/3\", \"type\": \"Annotation\", \"motivation\": "
                + "\"commenting\", \"body\": {\"type\": \"TextualBody\", \"value\": \"hm\"}, \"target\": "
                + "{\"source\": \"file:///a.txt\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 5}}}";
        String array = "[" + placed + "," + missing + "," + unlabelled + "]";
        String page = "{\"type\": \"AnnotationPage\", \"items\": " + array + "}";
        for (String json : List.of(array, page)) {
            ImportResult r = w3c.read(json.getBytes(StandardCharsets.UTF_8), article, labels);
            assertEquals(1, r.annotations().size());
            Annotation a = r.annotations().get(0);
            assertEquals("http://example.org/anno/1", a.id());
            assertEquals("claim", a.label(), "a label the schema does not know is kept");
            assertEquals("beta", article.text().substring(a.start(), a.end()));
            assertEquals(List.of("http://example.org/anno/2 (quote): \"delta\" is not in the article",
                    "http://example.org/anno/3: no label"), r.skipped());
        }
    }

    @Test
    void aCollectionForSeveralArticlesGivesOnlyThisOnesAnnotations() throws Exception {
        ArticleText other = ArticleLoader.fromString("other.txt", "Reuters reported it.");
        SidecarContent otherContent = new SidecarContent(other, List.of(new Annotation("x1", "source", 0, 7,
                Map.of(), "", "", "", "", Map.of())), List.of(), Map.of(), Map.of());
        byte[] both = w3c.export(List.of(FormatFixture.input(),
                FormatFixture.input(java.nio.file.Path.of("/srv/news/other.txt"), otherContent))).files().get(0).bytes();
        assertTrue(utf8(both).contains("\"label\": \"Factmark annotations of 2 articles\""));
        ImportResult r = w3c.read(both, other, labels);
        assertEquals(List.of("6 annotations of another article (" + FormatFixture.SOURCE + ")"), r.skipped());
        assertEquals("x1", r.annotations().get(0).id());
    }

    @Test
    void emptyExportHasNoPageAndReadsBackAsNothing() throws Exception {
        ArticleText article = ArticleLoader.fromString("a.txt", "Nothing here.");
        byte[] bytes = w3c.export(List.of(FormatFixture.input(FormatFixture.PATH, SidecarContent.empty(article))))
                .files().get(0).bytes();
        JsonNode root = JSON.readTree(bytes);
        assertEquals(0, root.path("total").intValue());
        assertFalse(root.has("first"));
        assertEquals(0, w3c.read(bytes, article, labels).annotations().size());
    }

    @Test
    void orphansAndUnknownTimesAreReportedAsLost() {
        ArticleText article = FormatFixture.article();
        Annotation odd = new Annotation("x", "quote", 0, 8, Map.of(), "", "", "yesterday", "", Map.of());
        SidecarContent content = new SidecarContent(article, List.of(odd), List.of(Map.of("id", "gone")),
                Map.of(), Map.of());
        ExportResult r = w3c.export(List.of(FormatFixture.input(FormatFixture.PATH, content)));
        assertEquals(2, r.lost().size(), r.lost().toString());
        assertTrue(r.lost().get(0).startsWith("1 annotation not found"));
        assertFalse(utf8(r.files().get(0).bytes()).contains("yesterday"));
    }

    @Test
    void notJsonOrNotAnnotationsIsAFormatException() {
        ArticleText article = FormatFixture.article();
        assertTrue(assertThrows(FormatException.class, () -> w3c.read("{\"a\": ".getBytes(StandardCharsets.UTF_8),
                article, labels)).getMessage().startsWith("it is not valid JSON (line 1"));
        assertThrows(FormatException.class, () -> w3c.read("{\"format\": \"factmark.annotations\"}"
                .getBytes(StandardCharsets.UTF_8), article, labels));
    }

    @Test
    void idsThatAreNotUuidsBecomeIrisAndComeBack() {
        assertEquals("urn:uuid:37e1c29c-f9c5-5ed3-8e55-d34088469650",
                W3cIds.toIri("37e1c29c-f9c5-5ed3-8e55-d34088469650"));
        assertEquals("https://example.org/a/1", W3cIds.toIri("https://example.org/a/1"));
        assertEquals("urn:factmark:annotation:T1%3A%C3%A9%20x%2B", W3cIds.toIri("T1:é x+"));
        for (String id : List.of("T1:é x+", "brat T7", "urn:factmark:annotation:x", "urn:uuid:not-a-uuid", "a*b~c")) {
            assertEquals(id, W3cIds.fromIri(W3cIds.toIri(id)));
        }
    }

    private static String annotation(String id, String label, String selectors) {
        return "{\"id\": \"" + id + "\", \"type\": \"Annotation\", \"body\": [{\"type\": \"TextualBody\", "
                + "\"purpose\": \"tagging\", \"value\": \"" + label + "\"}], \"target\": {\"source\": "
                + "\"file:///a.txt\", \"selector\": [" + selectors + "]}}";
    }

    @Test
    void registeredUnderItsName() {
        assertTrue(Formats.exporter("w3c").orElseThrow() instanceof W3cFormat);
        assertEquals(true, Formats.importer("w3c").isPresent());
        assertTrue(Formats.exporter("w3c").orElseThrow().combines());
    }
}
