package org.factmark.add;

import static org.factmark.add.DocxFixture.bytes;
import static org.factmark.add.DocxFixture.numbering;
import static org.factmark.add.DocxFixture.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxExtractorTest {
    @Test
    void paragraphsHeadingsListsTablesAndFootnotesBecomeTextBlocks() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTStyle german = CTStyle.Factory.newInstance();
            german.setStyleId("berschrift1");
            german.addNewName().setVal("heading 1");
            doc.createStyles().addStyle(new XWPFStyle(german));
            doc.getProperties().getCoreProperties().setTitle("Template title nobody changed");
            doc.getProperties().getCoreProperties().setCreator("Press Office");
            paragraph(doc, "Title", "Minister Announces School Funding");
            paragraph(doc, null, "The minister said every school would get more money next year.");
            paragraph(doc, "berschrift1", "What was promised");
            BigInteger bullets = numbering(doc, STNumberFormat.BULLET);
            paragraph(doc, null, "new classrooms").setNumID(bullets);
            paragraph(doc, null, "more teachers").setNumID(bullets);
            BigInteger numbers = numbering(doc, STNumberFormat.DECIMAL);
            for (String step : List.of("consultation", "budget", "delivery")) {
                paragraph(doc, null, step).setNumID(numbers);
            }
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Year");
            table.getRow(0).getCell(1).setText("Funding");
            table.getRow(1).getCell(0).setText("2026");
            table.getRow(1).getCell(1).setText("£4.2bn");
            XWPFParagraph cited = paragraph(doc, null, "Spending per pupil will rise by 2 per cent.");
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("Department for Education, table 3.");
            cited.addFootnoteReference(footnote);

            ExtractedArticle text = read(bytes(doc));

            assertEquals("Minister Announces School Funding", text.headline());
            assertEquals("Press Office", text.byline());
            assertEquals(List.of(
                    "The minister said every school would get more money next year.",
                    "What was promised",
                    "• new classrooms\n• more teachers\n1. consultation\n2. budget\n3. delivery",
                    "Year | Funding\n2026 | £4.2bn",
                    "Spending per pupil will rise by 2 per cent.[1]",
                    "[1] Department for Education, table 3."), text.paragraphs());
        }
    }

    @Test
    void withoutATitleParagraphTheTitlePropertyThenTheFirstHeadingIsTheHeadline() throws Exception {
        try (XWPFDocument titled = new XWPFDocument(); XWPFDocument headed = new XWPFDocument()) {
            titled.getProperties().getCoreProperties().setTitle("Flood Defences Report");
            paragraph(titled, null, "The river rose overnight.");
            paragraph(headed, "Heading1", "Flood Defences Hold");
            paragraph(headed, null, "The river rose overnight.");

            assertEquals("Flood Defences Report", read(bytes(titled)).headline());
            ExtractedArticle text = read(bytes(headed));
            assertEquals("Flood Defences Hold", text.headline());
            assertEquals(List.of("The river rose overnight."), text.paragraphs());
        }
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, null, "Harmless text.");
            byte[] bomb = DocxFixture.withZeroPart(bytes(doc), 20 << 20);

            ExtractionException e = assertThrows(ExtractionException.class, () -> read(bomb));

            assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        }
    }

    @Test
    void truncatedDamagedEmptyAndOtherFilesAreRefused() throws Exception {
        byte[] whole;
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, null, "Some text.");
            whole = bytes(doc);
        }
        assertEquals(List.of("Some text."), read(whole).paragraphs());
        byte[] damaged = whole.clone();
        Arrays.fill(damaged, 30, whole.length - 200, (byte) 7);
        ByteArrayOutputStream notWord = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(notWord)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertRefused(Arrays.copyOf(whole, whole.length / 2), "cut short");
        assertRefused(damaged, "not a readable Word (.docx) file");
        assertRefused(notWord.toByteArray(), "not a readable Word (.docx) file");
        assertRefused(new byte[0], "empty");
        assertRefused("plain text".getBytes(StandardCharsets.UTF_8), "not a Word (.docx) file");
        assertRefused(oldWord, "old Word (.doc)");
    }

    private static void assertRefused(byte[] bytes, String problem) {
        ExtractionException e = assertThrows(ExtractionException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private static ExtractedArticle read(byte[] bytes) throws ExtractionException {
        return new DocxExtractor().extract(bytes, SourceInfo.file("test.docx"));
    }
}
