package org.factmark.add;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds test Word documents with Apache POI. */
final class DocxFixture {
    private DocxFixture() {
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph p = document.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    /** A new list numbering of the given format ("bullet" or "decimal"), for {@code setNumID}. */
    static BigInteger numbering(XWPFDocument document, STNumberFormat.Enum format) {
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%1.");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    static byte[] bytes(XWPFDocument document) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with one more part of {@code size} zero bytes, which deflate a thousandfold. */
    static byte[] withZeroPart(byte[] docx, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < size / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
