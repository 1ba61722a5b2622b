package org.factmark.add;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds test PDFs with PDFBox: text placed line by line, as a typesetter would. */
final class PdfFixture {
    /** A line of text at x, y (points from the page's top-left) in Helvetica of the given size. */
    record Text(String text, float x, float y, float size) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private int current;
    private String title;
    private String author;

    PdfFixture page() {
        pages.add(new ArrayList<>());
        current = pages.size() - 1;
        return this;
    }

    /** Goes back to page {@code index} (from 0) to add to it. */
    PdfFixture pages(int index) {
        current = index;
        return this;
    }

    PdfFixture text(String text, float x, float y, float size) {
        pages.get(current).add(new Text(text, x, y, size));
        return this;
    }

    /** Lines of body text (11 pt, 14 pt apart) starting at x, y; returns the y below the last one. */
    float body(float x, float y, String... lines) {
        for (String line : lines) {
            text(line, x, y, 11);
            y += 14;
        }
        return y;
    }

    PdfFixture info(String title, String author) {
        this.title = title;
        this.author = author;
        return this;
    }

    byte[] bytes() throws IOException {
        try (PDDocument document = build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }

    PDDocument build() throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (List<Text> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Text line : lines) {
                    content.beginText();
                    content.setFont(font, line.size());
                    content.newLineAtOffset(line.x(), height - line.y());
                    content.showText(line.text());
                    content.endText();
                }
            }
        }
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        return document;
    }
}
