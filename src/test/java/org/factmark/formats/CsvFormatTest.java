package org.factmark.formats;

import static org.factmark.formats.FormatFixture.cp;
import static org.factmark.formats.FormatFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.AttributeDef;
import org.factmark.model.AttributeType;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    private final CsvFormat csv = new CsvFormat();

    private String exported() {
        ExportResult r = csv.export(List.of(FormatFixture.input()));
        assertEquals(CsvFormat.FILE_NAME, r.files().get(0).name());
        assertEquals(List.of(), r.lost(), "nothing is lost");
        assertFalse(r.droppedSomething());
        return utf8(r.files().get(0).bytes());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void exportIsTheGoldenTable() {
        assertEquals(utf8(FormatFixture.golden("fixture.csv")), exported());
    }

    @Test
    void headerHasTheFixedColumnsThenLabelDotAttributeForEverySchemaAttributeThenUnknownOnes() {
        String header = exported().split("\r\n", 2)[0];
        assertTrue(header.startsWith("article,id,label,start,end,text,note,creator,created,modified,"
                + "quote.speaker,quote.speaker_role,quote.kind,quote.cue,figure.value,figure.unit,"), header);
        assertTrue(header.endsWith(",event.participants,event.status,source.outlet,source.verified"), header);
    }

    @Test
    void rowsCarryCodePointOffsetsTextAndValues() throws IOException {
        ArticleText article = FormatFixture.article();
        String text = article.text();
        Map<String, Annotation> byId = new java.util.HashMap<>();
        FormatFixture.annotations(article).forEach(a -> byId.put(a.id(), a));
        List<CSVRecord> rows = parse(exported());
        assertEquals(6, rows.size());
        for (CSVRecord row : rows) {
            Annotation a = byId.get(row.get("id"));
            assertEquals(FormatFixture.FILE, row.get("article"));
            assertEquals(String.valueOf(cp(text, a.start())), row.get("start"));
            assertEquals(String.valueOf(cp(text, a.end())), row.get("end"));
            String slice = text.substring(a.start(), a.end());
            assertEquals(slice.startsWith("-") ? "'" + slice : slice, row.get("text"));
        }
        CSVRecord assertion = rows.get(2);
        assertEquals("assertion", assertion.get("label"));
        assertEquals("Two lines:\nfirst, \"quoted\"; second.", assertion.get("note"), "newlines stay inside the cell");
        assertEquals("https://example.org/a | https://example.org/b?x=1,2", assertion.get("assertion.evidence"));
        assertEquals("", assertion.get("quote.speaker"), "other labels' columns are empty");
        CSVRecord figure = rows.get(3);
        assertEquals("1200", figure.get("figure.value"));
        assertEquals("true", rows.get(5).get("source.verified"));
        assertEquals("", rows.get(0).get("creator"));
    }

    @Test
    void formulaLikeCellsAreNeutralisedWithAQuote() throws IOException {
        List<CSVRecord> rows = parse(exported());
        CSVRecord quote = rows.get(1);
        assertEquals("'" + FormatFixture.HYPERLINK, quote.get("note"));
        CSVRecord cold = rows.get(4);
        assertEquals("'-5.5 degrees", cold.get("text"), "a text starting with - is not a formula");
        assertEquals("'+1 if confirmed", cold.get("note"));
        assertEquals("'@desk", cold.get("creator"));
        assertEquals("-5.5", cold.get("figure.value"), "a number stays a number");
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, CsvFormat.safe(risky));
        }
        for (String fine : List.of("", "1+1", "a=b", " =x", "'=x", "ok")) {
            assertEquals(fine, CsvFormat.safe(fine));
        }
        assertEquals("'-2 | 3", CsvFormat.cell(List.of(-2, 3)));
        assertEquals("0.00001", CsvFormat.cell(new java.math.BigDecimal("1E-5")));
        assertEquals("{\"a\":[1,2]}", CsvFormat.cell(Map.of("a", List.of(1, 2))));
    }

    @Test
    void recordsEndInCrLfAndTheArticlesLfStaysLf() {
        String out = exported();
        assertTrue(out.endsWith("Reuters,true\r\n"));
        assertEquals(7, out.split("\r\n", -1).length - 1, "a header and six records");
        assertTrue(out.contains("\"Two lines:\nfirst, \"\"quoted\"\"; second.\""));
        assertFalse(out.startsWith("\uFEFF"));
    }

    @Test
    void schemasOfSeveralArticlesAreJoinedAndOrphansReported() throws IOException {
        LabelSet custom = new LabelSet("newsroom", 2, List.of(new LabelDef("claim", "Claim", "#000000", 1,
                List.of(new AttributeDef("rating", "Rating", AttributeType.TEXT, false, null, false, false, null)))));
        ArticleText other = ArticleLoader.fromString("b.txt", "A claim here.");
        SidecarContent content = new SidecarContent(other, List.of(new Annotation("c1", "claim", 2, 7,
                Map.of("rating", "false"), "", "", "", "", Map.of())), List.of(Map.of("id", "lost one")),
                Map.of(), Map.of());
        ExportResult r = csv.export(List.of(FormatFixture.input(), new ExportInput(null, content, custom)));
        assertEquals(List.of("1 annotation not found in their article (orphans)"), r.lost());
        List<CSVRecord> rows = parse(utf8(r.files().get(0).bytes()));
        assertEquals(7, rows.size());
        CSVRecord claim = rows.get(6);
        assertEquals("b.txt", claim.get("article"));
        assertEquals("false", claim.get("claim.rating"));
        List<String> header = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
        assertTrue(header.indexOf("claim.rating") < header.indexOf("source.outlet"),
                "schema columns before columns no schema lists: " + header);
    }

    @Test
    void noAnnotationsGiveTheHeaderOnly() {
        ArticleText article = ArticleLoader.fromString("a.txt", "Nothing.");
        ExportResult r = csv.export(List.of(FormatFixture.input(FormatFixture.PATH, SidecarContent.empty(article))));
        String out = utf8(r.files().get(0).bytes());
        assertTrue(out.startsWith("article,id,label,start,end,text,note,creator,created,modified,quote.speaker,"));
        assertEquals(1, out.split("\r\n", -1).length - 1);
    }

    @Test
    void registeredUnderItsName() {
        assertTrue(Formats.exporter("csv").orElseThrow() instanceof CsvFormat);
        assertEquals(false, Formats.importer("csv").isPresent());
        assertTrue(Formats.exporter("csv").orElseThrow().combines());
    }
}
