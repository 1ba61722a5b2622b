package org.factmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.article.ArticleLoader;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

/**
 * Every JSON that an export writes can be pasted into a web page as schema.org asks
 * ({@code <script type="application/ld+json">…</script>}) without any string closing the script: every string
 * field of every annotation — text, note, id, label, creator, times, attribute names and values, the article's
 * name — holds {@code </script>}, {@code &}, {@code <!--}, U+2028 and U+2029, and no JSON output of any
 * exporter holds any of those characters raw, while reading the JSON back gives every string unchanged.
 */
class WebSafeJsonTest {
    private static final String SCRIPT = "</script><script>document.title='PWNED-'+document.domain</script>";
    private static final String HOSTILE = SCRIPT + " <!-- & \u2028 \u2029 -->";
    private static final String NAME = "news <b>&amp; 'x'.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noJsonExportHoldsRawHtmlOrLineSeparators() throws Exception {
        ExportInput input = hostileInput();
        int jsonFiles = 0;
        for (Exporter exporter : Formats.exporters()) {
            for (ExportResult.OutputFile file : exporter.export(List.of(input)).files()) {
                String out = new String(file.bytes(), StandardCharsets.UTF_8);
                List<JsonNode> values = asJson(out);
                if (values.isEmpty()) {
                    continue;
                }
                jsonFiles++;
                for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
                    assertEquals(-1, out.indexOf(c), exporter.name() + " " + file.name() + " holds a raw U+"
                            + String.format("%04X", (int) c) + ":\n" + out);
                }
                Set<String> strings = new HashSet<>();
                values.forEach(v -> collect(v, strings));
                assertTrue(strings.stream().anyMatch(s -> s.contains(HOSTILE)),
                        exporter.name() + ": the hostile strings are still carried, escaped, not dropped");
            }
        }
        assertEquals(3, jsonFiles, "w3c, jsonl and claimreview write JSON");
    }

    @Test
    void claimReviewEmbeddedInAPageKeepsItsScriptElementClosedOnlyAtItsEnd() {
        ExportInput input = hostileInput();
        byte[] bytes = new ClaimReviewFormat().export(List.of(input)).files().get(0).bytes();
        String page = "<html><head><script type=\"application/ld+json\">"
                + new String(bytes, StandardCharsets.UTF_8) + "</script></head><body></body></html>";
        assertEquals(page.indexOf("</script>"), page.lastIndexOf("</script>"),
                "the one </script> is the page's own");
        assertFalse(page.contains("<!--"), "no comment opened inside the script element");
    }

    /** The JSON values of a JSON file, or of each line of a JSON-lines file; empty when it is neither. */
    private static List<JsonNode> asJson(String out) {
        List<JsonNode> values = new ArrayList<>();
        try {
            values.add(JSON.readTree(out));
            return values;
        } catch (Exception e) {
            // not one JSON document; perhaps one per line
        }
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isContainerNode()) {
                    return List.of();
                }
                values.add(node);
            } catch (Exception e) {
                return List.of();
            }
        }
        return values;
    }

    private static void collect(JsonNode node, Set<String> strings) {
        if (node.isTextual()) {
            strings.add(node.textValue());
            if (node.textValue().startsWith("{")) {
                try {
                    collect(JSON.readTree(node.textValue()), strings); // W3C's details: JSON inside a string
                } catch (Exception e) {
                    // plain text that starts with a brace
                }
            }
        }
        node.fieldNames().forEachRemaining(strings::add);
        node.elements().forEachRemaining(child -> collect(child, strings));
    }

    /** An article and one annotation per label (a rated assertion among them) with every string hostile. */
    static ExportInput hostileInput() {
        String quote = "Officials said " + HOSTILE + " yesterday.";
        ArticleText article = ArticleLoader.fromString(NAME, "Title line.\n\n" + quote + "\n");
        int start = article.text().indexOf(quote);
        int end = start + quote.length();
        List<Annotation> annotations = new ArrayList<>();
        annotations.add(annotation("assertion", start, end, attributes("claimant", HOSTILE, "verdict", "false",
                "explanation", HOSTILE, "evidence", List.of("https://example.org/?q=" + HOSTILE))));
        annotations.add(annotation("quote", start, end, attributes("speaker", HOSTILE, "kind", HOSTILE)));
        annotations.add(annotation("figure", start, end, attributes("value", HOSTILE, "unit", HOSTILE)));
        annotations.add(annotation("event", start, end, attributes("date", HOSTILE, "place", HOSTILE)));
        annotations.add(annotation(HOSTILE, start, end, attributes(HOSTILE, HOSTILE)));
        SidecarContent content = new SidecarContent(article, annotations, List.of(), Map.of(), Map.of());
        return new ExportInput(Path.of("/tmp", NAME), content,
                LabelSchemaLoader.bundledDefault());
    }

    private static Annotation annotation(String label, int start, int end, Map<String, Object> attributes) {
        return new Annotation(label + " " + HOSTILE, label, start, end, attributes, HOSTILE, HOSTILE,
                "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", Map.of("extra " + HOSTILE, HOSTILE));
    }

    private static Map<String, Object> attributes(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
