package org.factmark.add;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {
    private static PdfFixture report() {
        PdfFixture pdf = new PdfFixture();
        for (int page = 1; page <= 3; page++) {
            pdf.page().text("Ministry of Statistics - Quarterly Labour Report", 72, 40, 9)
                    .text("Page " + page + " of 3", 280, 800, 9)
                    .text("Draft for consultation", 72, 815, 9);
        }
        return pdf;
    }

    @Test
    void multiPageReportReadsAsParagraphsWithoutRunningHeadersFootersOrPageNumbers() throws Exception {
        PdfFixture pdf = report();
        pdf.pages(0).text("Unemployment Fell in 2026", 72, 100, 20);
        float y = pdf.body(72, 140,
                "The national statistics office said on Monday that unemployment fell to",
                "4.1 per cent in the third quarter, the lowest rate since records began, and",
                "that a well-known survey of employers pointed the same way. An independent fact-",
                "checker found the figure consistent with the office's own monthly series.");
        pdf.body(72, y + 14,
                "Regional figures were more mixed: the north lost jobs in manufacturing while",
                "the south gained in services, and economists cautioned that the seasonal well-");
        pdf.pages(1).body(72, 80,
                "known adjustments could move the rate by a tenth of a point.");
        pdf.body(72, 108, "Opposition parties said the fall reflected people leaving the labour",
                "market rather than finding work.");
        pdf.pages(2).body(72, 80, "The next release is due in March.");

        ExtractedArticle text = read(pdf.bytes());

        assertEquals("Unemployment Fell in 2026", text.headline());
        assertEquals(List.of(
                "The national statistics office said on Monday that unemployment fell to 4.1 per cent in the third "
                        + "quarter, the lowest rate since records began, and that a well-known survey of employers "
                        + "pointed the same way. An independent factchecker found the figure consistent with the "
                        + "office's own monthly series.",
                "Regional figures were more mixed: the north lost jobs in manufacturing while the south gained in "
                        + "services, and economists cautioned that the seasonal well-known adjustments could move "
                        + "the rate by a tenth of a point.",
                "Opposition parties said the fall reflected people leaving the labour market rather than finding "
                        + "work.",
                "The next release is due in March."), text.paragraphs());
    }

    @Test
    void bodyLinesThatRepeatOnEveryPageAreKeptOutsideTheMargins() throws Exception {
        PdfFixture pdf = new PdfFixture();
        for (int page = 1; page <= 2; page++) {
            pdf.page().text("Briefing", 72, 40, 9).text(String.valueOf(page), 290, 800, 9);
            pdf.body(72, 160, "Rents rose again this quarter.", "Source: the council.");
        }

        ExtractedArticle text = read(pdf.bytes());

        assertEquals(List.of("Rents rose again this quarter. Source: the council.",
                "Rents rose again this quarter. Source: the council."), text.paragraphs());
    }

    @Test
    void twoColumnsAreReadLeftColumnFirst() throws Exception {
        PdfFixture pdf = new PdfFixture().page().text("Two Columns of News", 50, 80, 18);
        String[] left = {"The council voted on Tuesday to close", "the old library, saying repairs would",
                "cost more than a new building would.", "Residents had asked for a delay."};
        String[] right = {"A petition against the closure had", "gathered 4,000 signatures by Friday,",
                "its organisers said, and a march is", "planned for the weekend."};
        pdf.body(50, 120, left);
        pdf.body(315, 120, right);

        ExtractedArticle text = read(pdf.bytes());

        assertEquals("Two Columns of News", text.headline());
        assertEquals(List.of(String.join(" ", left), String.join(" ", right)), text.paragraphs());
    }

    @Test
    void theDocumentsOwnTitleAuthorAndLanguageAreUsed() throws Exception {
        PdfFixture pdf = new PdfFixture().page().info("Budget statement 2026", "Jane Doe");
        pdf.body(72, 100, "The minister presented the budget to parliament.");
        try (PDDocument document = pdf.build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().setLanguage("en-GB");
            document.save(out);

            ExtractedArticle text = read(out.toByteArray());

            assertEquals("Budget statement 2026", text.headline());
            assertEquals("Jane Doe", text.byline());
            assertEquals("en-GB", text.language());
            assertEquals(List.of("The minister presented the budget to parliament."), text.paragraphs());
        }
    }

    @Test
    void aWordProcessorsPlaceholderTitleGivesWayToTheFirstLargeLine() throws Exception {
        PdfFixture pdf = new PdfFixture().page().info("Microsoft Word - draft3.docx", null)
                .text("Hospital Waiting Lists", 72, 80, 18);
        pdf.body(72, 120, "Waiting lists grew again in October.");

        ExtractedArticle text = read(pdf.bytes());

        assertEquals("Hospital Waiting Lists", text.headline());
        assertEquals(List.of("Waiting lists grew again in October."), text.paragraphs());
    }

    @Test
    void aScanWithoutATextLayerIsRefusedWithAHintToOcr() throws Exception {
        byte[] scan = new PdfFixture().page().page().bytes();

        ExtractionException e = assertThrows(ExtractionException.class, () -> read(scan));

        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        PdfFixture pdf = new PdfFixture().page();
        pdf.body(72, 100, "Secret text.");
        try (PDDocument document = pdf.build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(out);

            ExtractionException e = assertThrows(ExtractionException.class, () -> read(out.toByteArray()));

            assertTrue(e.getMessage().contains("encrypted with a password"), e.getMessage());
        }
    }

    @Test
    void aTruncatedOrDamagedPdfIsRefused() throws Exception {
        PdfFixture pdf = report();
        pdf.pages(0).body(72, 100, "Some text on the first page.");
        byte[] whole = pdf.bytes();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        byte[] garbage = whole.clone();
        Arrays.fill(garbage, 9, whole.length - 200, (byte) 'x');

        assertTrue(read(whole).paragraphs().contains("Some text on the first page."));
        assertTrue(assertThrows(ExtractionException.class, () -> read(half)).getMessage()
                .contains("cut short"));
        assertTrue(assertThrows(ExtractionException.class, () -> read(garbage)).getMessage()
                .contains("not a readable PDF"));
        assertTrue(assertThrows(ExtractionException.class, () -> read("hello".getBytes()))
                .getMessage().contains("not a PDF"));
    }

    private static ExtractedArticle read(byte[] bytes) throws ExtractionException {
        return new PdfExtractor().extract(bytes, SourceInfo.file("test.pdf"));
    }
}
