package org.factmark.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factmark.io.JsonProblem;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.CodePoints;
import org.factmark.model.LabelSet;
import org.factmark.model.SpanOrder;

/**
 * doccano's sequence-labelling JSONL: one line per article, {@code {"text": "...", "label": [[start, end,
 * "figure"], ...]}}, offsets in code points (Python string indices, which is what doccano counts), spans in
 * sidecar order. The bytes are what Python's {@code json.dumps(line, ensure_ascii=False)} writes, plus "\n", except that
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are escaped ({@link WebJson}).
 * Only spans and labels are carried: attributes, notes, ids, creators and times are not.
 *
 * <p>Import takes the line whose {@code text} is the article's text (or the only line), reads {@code label},
 * {@code labels} or {@code entities}, as {@code [start, end, label]} triples or doccano's newer
 * {@code {"start_offset", "end_offset", "label"}} objects. When the line's text is not the article's, each
 * span's text is looked for in the article (nearest its offset) and skipped if it is not there.
 */
public final class JsonlFormat implements Exporter, Importer {
    /** The name of the one output file. */
    public static final String FILE_NAME = "annotations.jsonl";

    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "doccano JSONL for sequence labelling: one line per article with its text and labelled spans";
    }

    @Override
    public boolean combines() {
        return true;
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        StringBuilder out = new StringBuilder();
        int detailed = 0;
        int total = 0;
        int orphans = 0;
        for (ExportInput in : articles) {
            ArticleText article = in.content().article();
            List<Annotation> sorted = new ArrayList<>(in.content().annotations());
            sorted.sort(SpanOrder.ORDER);
            out.append(line(article.text(), sorted)).append('\n');
            for (Annotation a : sorted) {
                total++;
                detailed += a.attributes().isEmpty() && a.note().isEmpty() ? 0 : 1;
            }
            orphans += in.content().orphans().size();
        }
        List<String> lost = new ArrayList<>();
        if (detailed > 0) {
            lost.add("attributes and notes of " + count(detailed) + ": JSONL carries spans and labels only");
        }
        if (total > 0) {
            lost.add("ids, creators and times of " + count(total) + " (an import makes new ones)");
        }
        if (orphans > 0) {
            lost.add(count(orphans) + " not found in their article (orphans)");
        }
        return new ExportResult(List.of(new ExportResult.OutputFile(FILE_NAME,
                out.toString().getBytes(StandardCharsets.UTF_8))), lost);
    }

    /** One line without its newline, as Python's {@code json.dumps(..., ensure_ascii=False)} writes it, web-escaped. */
    static String line(String text, List<Annotation> annotations) {
        CodePoints cp = CodePoints.of(text);
        StringWriter out = new StringWriter(text.length() + 32 * annotations.size() + 32);
        try (JsonGenerator g = WRITER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new PythonSeparators());
            g.setCharacterEscapes(WebJson.escapes());
            g.writeStartObject();
            g.writeStringField("text", text);
            g.writeArrayFieldStart("label");
            for (Annotation a : annotations) {
                g.writeStartArray();
                g.writeNumber(cp.toCodePoint(a.start()));
                g.writeNumber(cp.toCodePoint(a.end()));
                g.writeString(a.label());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    @Override
    public String importDescription() {
        return "doccano JSONL: the labelled spans of the line whose text is this article's";
    }

    @Override
    public ImportResult read(byte[] source, ArticleText article, LabelSet labels) throws FormatException {
        String all;
        try {
            all = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(source)).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException("it is not UTF-8 text");
        }
        all = all.startsWith("\uFEFF") ? all.substring(1) : all;
        List<JsonNode> lines = new ArrayList<>();
        String[] raw = all.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (l.isBlank()) {
                continue;
            }
            try {
                JsonNode node = READER.readTree(l);
                if (!node.isObject() || !node.path("text").isTextual()) {
                    throw new FormatException("line " + (i + 1) + " is not a doccano object with a \"text\"");
                }
                lines.add(node);
            } catch (JsonProcessingException e) {
                String problem = JsonProblem.describe(e, l.getBytes(StandardCharsets.UTF_8), READER.getFactory());
                throw new FormatException("line " + (i + 1) + problem.substring("it".length())
                        .replace("(line 1, column ", "(column "));
            }
        }
        JsonNode chosen = lines.stream().filter(n -> n.get("text").asText().equals(article.text())).findFirst()
                .orElse(lines.size() == 1 ? lines.get(0) : null);
        if (chosen == null) {
            throw new FormatException(lines.isEmpty() ? "it holds no lines"
                    : "none of its " + lines.size() + " lines has the text of " + article.fileName()
                    + ", so it is not clear which line to read");
        }
        return spans(chosen, article);
    }

    private static ImportResult spans(JsonNode line, ArticleText article) {
        String lineText = line.get("text").asText();
        boolean same = lineText.equals(article.text());
        CodePoints lineCp = CodePoints.of(lineText);
        SpanFinder finder = new SpanFinder(article.text());
        JsonNode entries = line.has("label") ? line.get("label")
                : line.has("labels") ? line.get("labels") : line.path("entities");
        List<Annotation> annotations = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            JsonNode s = e.isArray() ? e.path(0) : e.path("start_offset");
            JsonNode t = e.isArray() ? e.path(1) : e.path("end_offset");
            JsonNode l = e.isArray() ? e.path(2) : e.path("label");
            String where = "label " + (i + 1) + " " + e;
            if (!s.isIntegralNumber() || !t.isIntegralNumber() || !l.isTextual()) {
                skipped.add(where + ": not [start, end, label]");
                continue;
            }
            long start = s.longValue();
            long end = t.longValue();
            if (start < 0 || end <= start || end > lineCp.codePointLength()) {
                skipped.add(where + ": not a span of the text");
                continue;
            }
            var span = same ? finder.at(start, end) : finder.place(start, end,
                    lineText.substring(lineCp.toUtf16((int) start), lineCp.toUtf16((int) end)), "", "");
            if (span.isEmpty()) {
                skipped.add(where + ": its text is not in the article");
                continue;
            }
            annotations.add(new Annotation(UUID.randomUUID().toString(), l.asText(), span.get().start(),
                    span.get().end(), Map.of(), "", "", "", "", Map.of()));
        }
        int relations = line.path("relations").size();
        if (relations > 0) {
            skipped.add(relations + (relations == 1 ? " relation" : " relations") + ": Factmark holds spans only");
        }
        return new ImportResult(annotations, skipped);
    }

    private static String count(int n) {
        return n + (n == 1 ? " annotation" : " annotations");
    }

    /** Python's default separators on one line: {@code ", "} and {@code ": "}. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
