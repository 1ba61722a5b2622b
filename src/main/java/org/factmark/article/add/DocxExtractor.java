package org.factmark.article.add;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word (.docx) document's text as an article, through Apache POI: paragraphs, headings, lists (one
 * block, an item a line), tables (one block, a row a line, cells between " | "), then the footnotes and
 * endnotes in the order they are referred to. The headline is the paragraph styled Title, else the
 * document's title property, else the first heading. Headers and footers are left out.
 */
public final class DocxExtractor {
    /** POI refuses a part that inflates more than 1 / this ratio (100 times), a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final String OLD_WORD = "an old Word (.doc) file: save it as .docx and add that";

    private DocxExtractor() {
    }

    public static ExtractedText extract(byte[] bytes) throws UnreadableSource {
        if (bytes.length == 0) {
            throw new UnreadableSource("the file is empty");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw new UnreadableSource(OLD_WORD);
        }
        if (!hasZipDirectory(bytes)) {
            throw new UnreadableSource(bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K'
                    ? "the Word file is cut short (its zip directory is missing)" : "not a Word (.docx) file");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return article(document);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableSource(OLD_WORD, e);
        } catch (EmptyFileException e) {
            throw new UnreadableSource("the file is empty", e);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb")) {
                throw new UnreadableSource("refused: a part of it expands more than 100 times (a zip bomb?)", e);
            }
            throw new UnreadableSource("not a readable Word (.docx) file (damaged or cut short?): "
                    + message.replaceAll("\\s+", " ").strip(), e);
        }
    }

    /** A whole zip file ends with an end-of-central-directory record ("PK\5\6") in its last 64 KB. */
    private static boolean hasZipDirectory(byte[] bytes) {
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedText article(XWPFDocument document) {
        DocxBlocks blocks = new DocxBlocks(document);
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                blocks.paragraph(p);
            } else if (element instanceof XWPFTable t) {
                blocks.table(t);
            } else if (element instanceof XWPFSDT sdt) {
                blocks.plain(sdt.getContent().getText());
            }
        }
        List<String> paragraphs = new ArrayList<>(blocks.finish());
        CoreProperties core = document.getProperties().getCoreProperties();
        String headline = blocks.title();
        if (headline == null) {
            headline = usable(core.getTitle());
        }
        if (headline == null) {
            headline = blocks.firstHeading();
        }
        if (headline != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(headline)) {
            paragraphs.remove(0);
        }
        String published = core.getCreated() == null ? null
                : core.getCreated().toInstant().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String language = core.getUnderlyingProperties().getLanguageProperty().orElse(null);
        return new ExtractedText(headline, paragraphs, usable(core.getCreator()), published, usable(language));
    }

    private static String usable(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
