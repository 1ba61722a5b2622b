package org.factmark.sidecar;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.CodePoints;
import org.factmark.model.SidecarContent;
import org.factmark.model.SpanContext;
import org.factmark.model.SpanOrder;

/**
 * Writes a sidecar in its one canonical form (see {@link CanonicalJson}): keys in a fixed order, annotations
 * in {@link SpanOrder}, offsets in code points, a final newline. The same annotations always give the same
 * bytes.
 */
public final class SidecarWriter {
    public static final String FORMAT = "factmark.annotations";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SidecarWriter() {
    }

    public static byte[] write(SidecarContent content) {
        return toJson(content).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the same bytes as {@link #write(SidecarContent)} to {@code out}, as they are made; leaves it open. */
    public static void write(SidecarContent content, java.io.OutputStream out) throws IOException {
        java.io.Writer text = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeTo(content, text);
        text.flush();
    }

    public static String toJson(SidecarContent content) {
        StringWriter out = new StringWriter(256 + content.annotations().size() * 512);
        try {
            writeTo(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    private static void writeTo(SidecarContent content, java.io.Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(CanonicalJson.printer());
            g.setCharacterEscapes(CanonicalJson.escapes());
            writeRoot(g, content);
        }
        out.append('\n');
    }

    private static void writeRoot(JsonGenerator g, SidecarContent content) throws IOException {
        ArticleText article = content.article();
        String text = article.text();
        CodePoints cp = CodePoints.of(text);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeObjectFieldStart("document");
        g.writeStringField("file", article.fileName());
        g.writeStringField("sha256", article.sha256());
        g.writeNumberField("length", cp.codePointLength());
        g.writeStringField("newline", article.newline().jsonName());
        if (!article.isUtf8()) {
            g.writeStringField("encoding", article.encoding());
        }
        writeFields(g, content.documentExtra());
        g.writeEndObject();
        if (content.labelSchema() != null) {
            g.writeObjectFieldStart("labelSchema");
            g.writeStringField("id", content.labelSchema().id());
            g.writeNumberField("version", content.labelSchema().version());
            g.writeEndObject();
        }

        List<Annotation> sorted = new ArrayList<>(content.annotations());
        sorted.sort(SpanOrder.ORDER);
        g.writeArrayFieldStart("annotations");
        for (Annotation a : sorted) {
            writeAnnotation(g, a, text, cp);
        }
        g.writeEndArray();
        if (!content.orphans().isEmpty()) {
            g.writeFieldName("orphans");
            MAPPER.writeValue(g, content.orphans());
        }
        writeFields(g, content.topExtra());
        g.writeEndObject();
    }

    private static void writeAnnotation(JsonGenerator g, Annotation a, String text, CodePoints cp)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("label", a.label());
        g.writeNumberField("start", cp.toCodePoint(a.start()));
        g.writeNumberField("end", cp.toCodePoint(a.end()));
        g.writeStringField("text", text.substring(a.start(), a.end()));
        g.writeStringField("prefix", SpanContext.prefix(text, a.start()));
        g.writeStringField("suffix", SpanContext.suffix(text, a.end()));
        g.writeFieldName("attributes");
        MAPPER.writeValue(g, a.attributes());
        g.writeStringField("note", a.note());
        g.writeStringField("creator", a.creator());
        g.writeStringField("created", a.created());
        g.writeStringField("modified", a.modified());
        writeFields(g, a.extra());
        g.writeEndObject();
    }

    private static void writeFields(JsonGenerator g, Map<String, Object> fields) throws IOException {
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            g.writeFieldName(e.getKey());
            MAPPER.writeValue(g, e.getValue());
        }
    }
}
