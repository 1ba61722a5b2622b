package org.factmark.add;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/** Collects a Word document's body as text blocks: paragraphs, list blocks, table blocks, then notes. */
final class DocxBlocks {
    private static final Pattern NOTE_REF = Pattern.compile("\\[(foot|end)noteRef:(-?\\d+)]");

    private final XWPFDocument document;
    private final List<String> blocks = new ArrayList<>();
    private final List<String> list = new ArrayList<>();
    private final Map<String, Integer> listCounters = new HashMap<>();
    private final Map<String, Integer> notes = new LinkedHashMap<>();
    private String title;
    private String firstHeading;

    DocxBlocks(XWPFDocument document) {
        this.document = document;
    }

    void paragraph(XWPFParagraph p) {
        String text = notesMarked(text(p)).strip();
        if (text.isEmpty()) {
            return;
        }
        if (p.getNumID() != null) {
            list.add(listItem(p, text));
            return;
        }
        endList();
        String style = styleName(p);
        if (title == null && style.equals("title")) {
            title = text;
        } else if (firstHeading == null && style.startsWith("heading")) {
            firstHeading = text;
        }
        blocks.add(text);
    }

    void table(XWPFTable table) {
        endList();
        List<String> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> parts = new ArrayList<>();
                cell.getParagraphs().forEach(p -> parts.add(text(p)));
                cells.add(notesMarked(String.join(" ", parts)).replaceAll("\\s+", " ").strip());
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(String.join(" | ", cells));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(String.join("\n", rows));
        }
    }

    void plain(String text) {
        endList();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(line.strip());
            }
        }
    }

    /** The blocks, then each note that was referred to as "[n] text", in the order of reference. */
    List<String> finish() {
        endList();
        for (Map.Entry<String, Integer> note : notes.entrySet()) {
            String text = noteText(note.getKey());
            if (!text.isEmpty()) {
                blocks.add("[" + note.getValue() + "] " + text);
            }
        }
        return blocks;
    }

    String title() {
        return title;
    }

    String firstHeading() {
        return firstHeading;
    }

    private void endList() {
        if (!list.isEmpty()) {
            blocks.add(String.join("\n", list));
            list.clear();
            listCounters.clear();
        }
    }

    private String listItem(XWPFParagraph p, String text) {
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        String key = p.getNumID() + "/" + level;
        int number = listCounters.merge(key, 1, Integer::sum);
        listCounters.keySet().removeIf(k -> k.startsWith(p.getNumID() + "/")
                && Integer.parseInt(k.substring(k.indexOf('/') + 1)) > level);
        String format = numberFormat(p, level);
        String marker = switch (format) {
            case "decimal" -> number + ".";
            case "lowerLetter" -> (char) ('a' + (number - 1) % 26) + ")";
            case "upperLetter" -> (char) ('A' + (number - 1) % 26) + ")";
            default -> "•";
        };
        return "  ".repeat(level) + marker + " " + text;
    }

    /** The text of the paragraph's runs; POI's {@code getText} would add each footnote's text too. */
    private static String text(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                text.append(r.text());
            } else if (run instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        return text.toString();
    }

    /** The list's number format at the level ("decimal", "bullet", …), the level taken as 0 when unset. */
    private String numberFormat(XWPFParagraph p, int level) {
        XWPFNumbering numbering = document.getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(p.getNumID());
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "bullet";
        }
        XWPFAbstractNum definition = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (definition == null || definition.getAbstractNum() == null) {
            return "bullet";
        }
        for (CTLvl lvl : definition.getAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getNumFmt() != null) {
                return lvl.getNumFmt().getVal().toString();
            }
        }
        return "bullet";
    }

    /** "[footnoteRef:3]" in POI's text becomes "[n]", n counting the notes in the order they are met. */
    private String notesMarked(String text) {
        Matcher m = NOTE_REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = notes.computeIfAbsent(m.group(1) + ":" + m.group(2), k -> notes.size() + 1);
            m.appendReplacement(out, "[" + n + "]");
        }
        m.appendTail(out);
        return out.toString();
    }

    private String noteText(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        BigInteger id = new BigInteger(key.substring(key.indexOf(':') + 1));
        XWPFAbstractFootnoteEndnote note = kind.equals("foot")
                ? document.getFootnoteByID(id.intValue()) : endnote(id);
        if (note == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : note.getParagraphs()) {
            String text = NOTE_REF.matcher(text(p)).replaceAll("").strip();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(" ", parts);
    }

    private XWPFAbstractFootnoteEndnote endnote(BigInteger id) {
        return document.getEndnotes().stream().filter(n -> id.equals(n.getId())).findFirst().orElse(null);
    }

    /** The paragraph's style name in lower case ("title", "heading 1"), or its style id when unnamed. */
    private String styleName(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return name.toLowerCase(Locale.ROOT).replaceAll("heading(\\d)", "heading $1");
    }
}
