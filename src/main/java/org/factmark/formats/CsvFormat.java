package org.factmark.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeDef;
import org.factmark.model.CodePoints;
import org.factmark.model.LabelDef;
import org.factmark.model.NumberText;
import org.factmark.model.SpanOrder;

/**
 * One table of every article's annotations for a spreadsheet: RFC 4180 (comma, double quotes where needed,
 * CRLF after every record), UTF-8 without a byte-order mark, a header row.
 *
 * <p>Columns: {@code article, id, label, start, end, text, note, creator, created, modified}, then one column
 * per attribute, named {@code label.attribute} ({@code quote.speaker}, {@code figure.value}): first those of
 * every label of the articles' label schemas, in schema order, then any attribute an annotation holds that its
 * schema does not list, in the order they are met. A row fills only its own label's columns. Offsets are code
 * points; lists are joined with {@code " | "}; numbers are written plainly ({@code 1200}, {@code 0.5}) unless
 * that is very long ({@link NumberText}); a nested object as compact JSON.
 *
 * <p>Formula injection (OWASP): a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets a leading {@code '} so a spreadsheet shows it instead of running it. Numbers
 * are written as they are (a negative number is not a formula).
 */
public final class CsvFormat implements Exporter {
    /** The name of the one output file. */
    public static final String FILE_NAME = "annotations.csv";
    /** The fixed columns, before the attribute columns. */
    public static final List<String> FIXED = List.of("article", "id", "label", "start", "end", "text", "note",
            "creator", "created", "modified");
    static final String LIST_SEPARATOR = " | ";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV table for spreadsheets: one row per annotation, one column per detail";
    }

    @Override
    public boolean combines() {
        return true;
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        List<Column> columns = attributeColumns(articles);
        List<String> header = new ArrayList<>(FIXED);
        columns.forEach(c -> header.add(c.name()));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(header.stream().map(CsvFormat::safe).toArray(String[]::new))
                .get();
        StringWriter out = new StringWriter();
        int orphans = 0;
        int extras = 0;
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ExportInput in : articles) {
                String text = in.content().article().text();
                CodePoints cp = CodePoints.of(text);
                List<Annotation> sorted = new ArrayList<>(in.content().annotations());
                sorted.sort(SpanOrder.ORDER);
                for (Annotation a : sorted) {
                    List<String> row = new ArrayList<>(header.size());
                    row.add(safe(in.content().article().fileName()));
                    row.add(safe(a.id()));
                    row.add(safe(a.label()));
                    row.add(Integer.toString(cp.toCodePoint(a.start())));
                    row.add(Integer.toString(cp.toCodePoint(a.end())));
                    row.add(safe(text.substring(a.start(), a.end())));
                    row.add(safe(a.note()));
                    row.add(safe(a.creator()));
                    row.add(safe(a.created()));
                    row.add(safe(a.modified()));
                    for (Column column : columns) {
                        row.add(column.label().equals(a.label()) ? cell(a.attributes().get(column.attribute())) : "");
                    }
                    csv.printRecord(row);
                    extras += a.extra().isEmpty() ? 0 : 1;
                }
                orphans += in.content().orphans().size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        List<String> lost = new ArrayList<>();
        if (orphans > 0) {
            lost.add(count(orphans) + " not found in their article (orphans)");
        }
        if (extras > 0) {
            lost.add("fields Factmark does not know, on " + count(extras));
        }
        return new ExportResult(List.of(new ExportResult.OutputFile(FILE_NAME,
                out.toString().getBytes(StandardCharsets.UTF_8))), lost);
    }

    /** One attribute column: the label whose rows fill it and the attribute id. */
    record Column(String label, String attribute) {
        String name() {
            return label + "." + attribute;
        }
    }

    /** The attribute columns: every schema attribute of every label, then what annotations hold beyond that. */
    static List<Column> attributeColumns(List<ExportInput> articles) {
        Set<Column> columns = new LinkedHashSet<>();
        for (ExportInput in : articles) {
            if (in.labels() == null) {
                continue;
            }
            for (LabelDef label : in.labels().labels()) {
                for (AttributeDef attribute : label.attributes()) {
                    columns.add(new Column(label.id(), attribute.id()));
                }
            }
        }
        for (ExportInput in : articles) {
            List<Annotation> sorted = new ArrayList<>(in.content().annotations());
            sorted.sort(SpanOrder.ORDER);
            for (Annotation a : sorted) {
                a.attributes().keySet().forEach(key -> columns.add(new Column(a.label(), key)));
            }
        }
        return List.copyOf(columns);
    }

    /** An attribute value as a cell: numbers plainly, lists joined, text neutralised. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return NumberText.of(n);
        }
        return safe(text(value));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return NumberText.of(n);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CsvFormat::text).collect(Collectors.joining(LIST_SEPARATOR));
        }
        if (value instanceof Map<?, ?>) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("attributes are plain JSON values", e);
            }
        }
        return value.toString();
    }

    /** OWASP CSV-injection defence: a cell a spreadsheet could run as a formula gets a leading {@code '}. */
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String count(int n) {
        return n + (n == 1 ? " annotation" : " annotations");
    }
}
