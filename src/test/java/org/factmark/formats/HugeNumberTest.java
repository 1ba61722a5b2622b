package org.factmark.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.ArticleText;
import org.factmark.model.AttributeCheck;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarReader;
import org.junit.jupiter.api.Test;

/**
 * A number of a dozen characters such as {@code 1e999999999} in a small sidecar is a billion digits when written
 * out plainly. Every place that prints a number keeps it short: plainly while that is at most a few dozen
 * characters ({@code 1200}, {@code 0.5}), otherwise in E notation, as exact as the file.
 */
class HugeNumberTest {
    private static final String TEXT = "Officials said 1,200 people died.";

    @Test
    void everyExportOfAHugeOrTinyNumberIsSmallAndQuick() {
        for (String number : List.of("1e999999999", "-1E-999999999", "1.5e-999999999", "9.99e400")) {
            SidecarContent content = read(number);
            Object value = content.annotations().get(0).attributes().get("value");
            String expected = ((BigDecimal) value).toString();
            assertTrue(expected.length() < 20, expected);
            ExportInput input = new ExportInput(Path.of("/tmp/a.txt"), content, LabelSchemaLoader.bundledDefault());
            for (Exporter exporter : Formats.exporters()) {
                ExportResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> exporter.export(List.of(input)), exporter.name() + " of " + number);
                for (ExportResult.OutputFile file : result.files()) {
                    byte[] bytes = assertTimeoutPreemptively(Duration.ofSeconds(20), file::bytes);
                    assertTrue(bytes.length < 64 * 1024, exporter.name() + " " + file.name() + ": " + bytes.length);
                    String out = new String(bytes, StandardCharsets.UTF_8);
                    if (List.of("csv", "html", "w3c").contains(exporter.name())) {
                        assertTrue(out.contains(expected), exporter.name() + " carries " + expected + ":\n" + out);
                    }
                }
            }
            assertEquals(expected, assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> AttributeCheck.toInput(value)), "the inspector shows it as the file has it");
        }
    }

    @Test
    void ordinaryNumbersStayPlain() {
        assertEquals("1200", CsvFormat.cell(new BigDecimal("1.2e3")));
        assertEquals("0.000001", CsvFormat.cell(new BigDecimal("1e-6")));
        assertEquals("-5.5", CsvFormat.cell(new BigDecimal("-5.5")));
        assertEquals("1" + "0".repeat(30), CsvFormat.cell(new BigDecimal("1e30")));
        assertEquals("1200", AttributeCheck.toInput(new BigDecimal("1.2e3")));
        assertEquals("0.5", AttributeCheck.toInput(new BigDecimal("0.50")));
    }

    private static SidecarContent read(String number) {
        ArticleText article = ArticleLoader.fromString("a.txt", TEXT);
        int start = TEXT.indexOf("1,200 people");
        String json = "{\"format\": \"factmark.annotations\", \"version\": 1, \"document\": {\"file\": \"a.txt\", "
                + "\"sha256\": \"" + article.sha256() + "\", \"length\": " + TEXT.length() + ", \"newline\": \"none\"}, \"annotations\": ["
                + "{\"id\": \"f1\", \"label\": \"figure\", \"start\": " + start + ", \"end\": " + (start + 12)
                + ", \"text\": \"1,200 people\", \"attributes\": {\"value\": " + number + ", \"unit\": \"people\"}}]}";
        try {
            return SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), article).content();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
