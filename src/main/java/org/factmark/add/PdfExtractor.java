package org.factmark.add;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.factmark.add.PdfLayout.Line;
import org.factmark.add.PdfParagraphs.Paragraph;

/**
 * A PDF's text as an article, through Apache PDFBox: words in reading order (columns too), lines joined
 * into paragraphs with line-end hyphenation undone, running headers, footers and page numbers dropped.
 * The headline is the document's own title when it has a real one, else its first large line.
 */
public final class PdfExtractor implements Extractor {
    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)\\s*(untitled.*|microsoft word\\s*-.*|.*\\.(docx?|pdf|indd|tex|rtf|odt|pages|qxd))\\s*");

    @Override
    public boolean handles(String format) {
        return "pdf".equals(format);
    }

    @Override
    public ExtractedArticle extract(byte[] bytes, SourceInfo where) throws ExtractionException {
        if (!endsWithEofMarker(bytes)) {
            throw new ExtractionException(bytes.length > 4 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)
                    .equals("%PDF-") ? "the PDF is cut short (it has no end-of-file marker)" : "it is not a PDF file");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new ExtractionException("the PDF has no pages (damaged or cut short?)");
            }
            List<List<Line>> pages = new ArrayList<>();
            List<Float> heights = new ArrayList<>();
            List<PdfWords.Page> words = PdfWords.of(document);
            for (int i = 0; i < words.size(); i++) {
                pages.add(PdfLayout.lines(words.get(i).words(), i));
                heights.add(words.get(i).height());
            }
            List<Line> lines = new ArrayList<>();
            PdfRunningLines.dropped(pages, heights).forEach(lines::addAll);
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new ExtractionException("the PDF has no text layer (a scanned document?)",
                        "run it through OCR first, for example `ocrmypdf IN.pdf OUT.pdf`, and add the result");
            }
            return article(document, lines);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("the PDF is encrypted with a password", "save an unprotected copy and add that");
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("it is not a readable PDF (damaged or cut short?): " + oneLine(e), null, e);
        }
    }

    private static ExtractedArticle article(PDDocument document, List<Line> lines) {
        List<Paragraph> paragraphs = new ArrayList<>(PdfParagraphs.of(lines));
        PDDocumentInformation info = document.getDocumentInformation();
        String title = usable(info.getTitle());
        Paragraph first = paragraphs.get(0);
        if (title == null && first.size() > 1.15f * PdfParagraphs.bodySize(lines)) {
            title = first.text();
        }
        if (title != null && squeezed(first.text()).equalsIgnoreCase(squeezed(title))) {
            paragraphs.remove(0);
        }
        List<String> body = paragraphs.stream().map(Paragraph::text).toList();
        return new ExtractedArticle(title, body, usable(info.getTitle()), usable(info.getAuthor()), null,
                iso(info.getCreationDate()), usable(document.getDocumentCatalog().getLanguage()), null);
    }

    /** A complete PDF has "%%EOF" in its last kilobyte; PDFBox would read a truncated one in part. */
    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String usable(String value) {
        if (value == null || value.isBlank() || JUNK_TITLE.matcher(value).matches()) {
            return null;
        }
        return value.strip();
    }

    private static String iso(Calendar date) {
        if (date == null) {
            return null;
        }
        return date.toInstant().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
