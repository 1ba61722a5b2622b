package org.factmark.add;

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
public final class DocxExtractor implements Extractor {
    /** POI refuses a part that inflates more than 1 / this ratio (100 times), a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final String OLD_WORD = "it is an old Word (.doc) file";
    private static final String SAVE_AS_DOCX = "save it as .docx and add that";

    @Override
    public boolean handles(String format) {
        return "docx".equals(format);
    }

    @Override
    public ExtractedArticle extract(byte[] bytes, SourceInfo where) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("the file is empty");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw new ExtractionException(OLD_WORD, SAVE_AS_DOCX);
        }
        if (!hasZipDirectory(bytes)) {
            throw new ExtractionException(bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K'
                    ? "the Word file is cut short (its zip directory is missing)" : "it is not a Word (.docx) file");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return article(document);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ExtractionException(OLD_WORD, SAVE_AS_DOCX, e);
        } catch (EmptyFileException e) {
            throw new ExtractionException("the file is empty", null, e);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb")) {
                throw new ExtractionException("refused: a part of it expands more than 100 times (a zip bomb?)", null,
                        e);
            }
            throw new ExtractionException("it is not a readable Word (.docx) file (damaged or cut short?): "
                    + message.replaceAll("\\s+", " ").strip(), null, e);
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

    private static ExtractedArticle article(XWPFDocument document) {
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
        return new ExtractedArticle(headline, paragraphs, usable(core.getTitle()), usable(core.getCreator()), null,
                published, usable(language), null);
    }

    private static String usable(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
