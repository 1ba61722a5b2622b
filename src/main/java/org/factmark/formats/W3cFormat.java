package org.factmark.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.CodePoints;
import org.factmark.model.DocumentSource;
import org.factmark.model.LabelSet;
import org.factmark.model.SpanContext;
import org.factmark.model.SpanOrder;
import org.factmark.model.TextDirection;

/**
 * The W3C Web Annotation Data Model (JSON-LD): one {@code AnnotationCollection} whose embedded first page holds
 * every annotation of every article. Each annotation is written so that it can be read back without loss:
 * <ul>
 *   <li>{@code id}: {@code urn:uuid:ID} for a UUID, else as {@link W3cIds} says.</li>
 *   <li>{@code motivation} is always {@code tagging}: labelling the span is why the annotation exists. Each body
 *       says its own role with {@code purpose}, as the model allows.</li>
 *   <li>{@code body}: a {@code TextualBody} with purpose {@code tagging} whose value is the label id; when there
 *       is a note, a {@code TextualBody} with purpose {@code commenting}, format {@code text/plain}; when there
 *       are attributes, a {@code TextualBody} with purpose {@code describing}, format {@code application/json}
 *       whose value is the attributes object as compact JSON text. Only W3C vocabulary is used, so no JSON-LD
 *       processor drops the attributes, and their JSON types (numbers, lists, booleans) survive exactly.</li>
 *   <li>{@code creator}: a {@code Person} with {@code name}; {@code created}/{@code modified} as they are
 *       ({@code xsd:dateTime} with {@code Z}; a value that is not is left out and reported).</li>
 *   <li>{@code target}: the article ({@link #sourceIri}) with a {@code TextQuoteSelector} (32 code points of
 *       prefix and suffix, left out when empty) and a {@code TextPositionSelector} in code points.</li>
 * </ul>
 * An empty export is a collection with {@code total} 0 and no page (the model asks for {@code first} only when
 * there are annotations). The collection and page ids are name-based UUIDs of the articles' URIs and hashes, so
 * the same input gives the same bytes. Import: see {@link W3cImport}.
 */
public final class W3cFormat implements Exporter, Importer {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The name of the one output file. */
    public static final String FILE_NAME = "annotations.jsonld";
    static final String ATTRIBUTES_FORMAT = "application/json";

    private static final Pattern XSD_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String name() {
        return "w3c";
    }

    @Override
    public String description() {
        return "W3C Web Annotation (JSON-LD collection): labels, notes, details, creators and times, "
                + "with text-quote and text-position selectors";
    }

    @Override
    public boolean combines() {
        return true;
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        StringBuilder seed = new StringBuilder();
        int total = 0;
        int orphans = 0;
        int extras = 0;
        int badTimes = 0;
        for (ExportInput in : articles) {
            seed.append(sourceIri(in)).append('\n').append(in.content().article().sha256()).append('\n');
            orphans += in.content().orphans().size();
            for (Annotation a : in.content().annotations()) {
                total++;
                extras += a.extra().isEmpty() ? 0 : 1;
                badTimes += badTime(a.created()) || badTime(a.modified()) ? 1 : 0;
            }
        }
        List<String> lost = new ArrayList<>();
        if (orphans > 0) {
            lost.add(count(orphans) + " not found in their article (orphans): W3C targets need a place in the text");
        }
        if (extras > 0) {
            lost.add("fields Factmark does not know, on " + count(extras));
        }
        if (badTimes > 0) {
            lost.add("created or modified times of " + count(badTimes)
                    + ": not ISO 8601 UTC with Z, as the W3C model requires");
        }
        String ids = seed.toString();
        int count = total;
        return new ExportResult(List.of(new ExportResult.OutputFile(FILE_NAME,
                out -> write(out, articles, ids, count))), lost);
    }

    /** The collection, written as it is made: one annotation's tree at a time, never the whole in memory. */
    private static void write(OutputStream out, List<ExportInput> articles, String seed, int total)
            throws IOException {
        String collectionId = W3cIds.UUID_URN + UUID.nameUUIDFromBytes(bytes("collection\n" + seed));
        try (JsonGenerator g = WebJson.generator(out, WebJson.indented())) {
            g.writeStartObject();
            g.writeStringField("@context", CONTEXT);
            g.writeStringField("id", collectionId);
            g.writeStringField("type", "AnnotationCollection");
            g.writeStringField("label", "Factmark annotations of " + (articles.size() == 1
                    ? articles.get(0).content().article().fileName() : articles.size() + " articles"));
            g.writeNumberField("total", total);
            if (total > 0) {
                String pageId = W3cIds.UUID_URN + UUID.nameUUIDFromBytes(bytes("page 1\n" + seed));
                g.writeObjectFieldStart("first");
                g.writeStringField("id", pageId);
                g.writeStringField("type", "AnnotationPage");
                g.writeStringField("partOf", collectionId);
                g.writeNumberField("startIndex", 0);
                g.writeArrayFieldStart("items");
                for (ExportInput in : articles) {
                    ArticleText article = in.content().article();
                    String source = sourceIri(in);
                    List<Annotation> sorted = new ArrayList<>(in.content().annotations());
                    sorted.sort(SpanOrder.ORDER);
                    CodePoints cp = CodePoints.of(article.text());
                    for (Annotation a : sorted) {
                        ObjectNode one = annotation(a, article.text(), cp, source);
                        readingOf(in, (ObjectNode) one.get("target"));
                        MAPPER.writeTree(g, one);
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeStringField("last", pageId);
            }
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static ObjectNode annotation(Annotation a, String text, CodePoints cp, String source) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", W3cIds.toIri(a.id()));
        o.put("type", "Annotation");
        o.put("motivation", "tagging");
        if (!a.creator().isEmpty()) {
            ObjectNode creator = o.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", a.creator());
        }
        if (!badTime(a.created()) && !a.created().isEmpty()) {
            o.put("created", a.created());
        }
        if (!badTime(a.modified()) && !a.modified().isEmpty()) {
            o.put("modified", a.modified());
        }
        ArrayNode body = o.putArray("body");
        textualBody(body, "tagging", a.label(), null);
        if (!a.note().isEmpty()) {
            textualBody(body, "commenting", a.note(), "text/plain");
        }
        if (!a.attributes().isEmpty()) {
            try {
                textualBody(body, "describing", MAPPER.writeValueAsString(a.attributes()), ATTRIBUTES_FORMAT);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("attributes are plain JSON values", e);
            }
        }
        ObjectNode target = o.putObject("target");
        target.put("type", "SpecificResource");
        target.put("source", source);
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", text.substring(a.start(), a.end()));
        String prefix = SpanContext.prefix(text, a.start());
        String suffix = SpanContext.suffix(text, a.end());
        if (!prefix.isEmpty()) {
            quote.put("prefix", prefix);
        }
        if (!suffix.isEmpty()) {
            quote.put("suffix", suffix);
        }
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", cp.toCodePoint(a.start()));
        position.put("end", cp.toCodePoint(a.end()));
        return o;
    }

    private static void textualBody(ArrayNode bodies, String purpose, String value, String format) {
        ObjectNode body = bodies.addObject();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        if (format != null) {
            body.put("format", format);
        }
    }

    /**
     * The article's web address when its sidecar records one; else its file name as a reference relative to the
     * export (never its folders on this disk); without a name, a URN naming the text by its hash.
     */
    /**
     * The article's language and direction on the target, when known: the language from
     * {@code document.source}, the direction the user chose ({@code document.direction}) or else the source's.
     */
    private static void readingOf(ExportInput in, ObjectNode target) {
        DocumentSource source = Provenance.of(in);
        Provenance.known(source.language()).ifPresent(lang -> target.put("language", lang));
        TextDirection chosen = TextDirection.in(in.content().documentExtra());
        (chosen == TextDirection.AUTO ? Provenance.known(source.direction()) : Optional.of(chosen.jsonName()))
                .ifPresent(dir -> target.put("textDirection", dir));
    }

    static String sourceIri(ExportInput in) {
        return ArticleOutputs.webAddress(in).orElseGet(() -> in.article() == null && in.content().article()
                .fileName().isEmpty() ? "urn:sha256:" + in.content().article().sha256()
                : ArticleOutputs.relativeReference(in));
    }

    private static boolean badTime(String time) {
        return !time.isEmpty() && !XSD_UTC.matcher(time).matches();
    }

    private static String count(int n) {
        return n + (n == 1 ? " annotation" : " annotations");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String importDescription() {
        return "W3C Web Annotation JSON-LD: labels, notes, details, creators and times of the annotations on this article";
    }

    @Override
    public ImportResult read(byte[] source, ArticleText article, LabelSet labels) throws FormatException {
        return new W3cImport(article).read(source);
    }
}
