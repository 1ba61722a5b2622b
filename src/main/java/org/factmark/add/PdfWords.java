package org.factmark.add;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The words of each page of a PDF with where they stand, as PDFBox's text stripper finds them. */
final class PdfWords extends PDFTextStripper {
    /** A word: its left and right edge and baseline in points from the page's top-left, its font size. */
    record Word(String text, float x0, float x1, float y, float size) {
    }

    /** A page's words and its height in points. */
    record Page(List<Word> words, float height) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Word> page;

    private PdfWords() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The words of every page, in the order the stripper wrote them. */
    static List<Page> of(PDDocument document) throws IOException {
        PdfWords words = new PdfWords();
        words.getText(document);
        return words.pages;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page = new ArrayList<>();
        pages.add(new Page(page, p.getCropBox().getHeight()));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (text.isBlank() || positions.isEmpty()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y = 0;
        float size = 0;
        for (TextPosition p : positions) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y = Math.max(y, p.getYDirAdj());
            size = Math.max(size, p.getFontSizeInPt());
        }
        page.add(new Word(text.strip(), x0, x1, y, size));
    }
}
