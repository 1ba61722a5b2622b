package org.factmark.sidecar;

import static org.factmark.sidecar.SidecarFields.extra;
import static org.factmark.sidecar.SidecarFields.integer;
import static org.factmark.sidecar.SidecarFields.object;
import static org.factmark.sidecar.SidecarFields.plainObject;
import static org.factmark.sidecar.SidecarFields.shown;
import static org.factmark.sidecar.SidecarFields.string;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.io.JsonProblem;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.CodePoints;
import org.factmark.model.LabelSchemaRef;
import org.factmark.model.SidecarContent;
import org.factmark.reanchor.Reanchor;
import org.factmark.reanchor.ReanchorReport;
import org.factmark.sidecar.SidecarFields.Annotations;
import org.factmark.sidecar.SidecarFields.Raw;


/**
 * Reads a version-1 sidecar against its article. Everything is checked before anything is used: a sidecar
 * that breaks the contract is refused whole with a message that says where and what, so the caller can keep
 * the file untouched. When the article changed since the sidecar was written (its SHA-256 differs) each
 * annotation is found again by {@link Reanchor}; those that cannot be found become orphans, never dropped.
 */
public final class SidecarReader {
    private static final Set<String> DOCUMENT_KEYS = Set.of("file", "sha256", "length", "newline", "encoding");
    private static final Set<String> TOP_KEYS = Set.of("format", "version", "document", "labelSchema",
            "annotations", "orphans");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)) // 14.0 is quoted as 14.0, not 14
            .build();

    static {
        // Limits set on purpose, not left to defaults: deep nesting or a huge number is an attack, not data.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxNumberLength(100)
                .maxStringLength(256 * 1024 * 1024)
                .maxDocumentLength(1024L * 1024 * 1024)
                .build());
    }

    /** Reads one value of a file being streamed: what follows it is the rest of the file, not trailing text. */
    static final com.fasterxml.jackson.databind.ObjectReader VALUES = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SidecarReader() {
    }

    /**
     * What was read, and (when the article had changed) what became of each annotation.
     *
     * @param reanchor {@link ReanchorReport#NONE} when the article has not changed
     */
    public record Result(SidecarContent content, ReanchorReport reanchor) {
    }

    public static Result read(byte[] json, ArticleText article) throws SidecarException {
        JsonNode root;
        SidecarStream streamed;
        CodePoints cp = CodePoints.of(article.text());
        try {
            streamed = SidecarStream.read(json, article, cp);
            root = streamed != null ? streamed.root() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SidecarException(JsonProblem.describe(e, json, MAPPER.getFactory()));
        } catch (IOException e) {
            throw new SidecarException("it could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SidecarException("it is not a JSON object, so it is not a Factmark sidecar");
        }
        if (!"factmark.annotations".equals(root.path("format").asText(null))) {
            throw new SidecarException("its \"format\" is " + shown(root.get("format"))
                    + ", not \"factmark.annotations\", so it is not a Factmark sidecar");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new SidecarException("\"version\" must be a whole number, found " + shown(version));
        }
        if (version.asLong() > SidecarWriter.VERSION) {
            throw new SidecarException("it was written by a newer Factmark (format version " + version.asText()
                    + "); this Factmark reads version " + SidecarWriter.VERSION
                    + ". Open it with a newer Factmark.");
        }
        if (version.asLong() < 1) {
            throw new SidecarException("\"version\" is " + version.asText() + "; versions start at 1");
        }
        JsonNode document = object(root, "document", "document");
        String sha = string(document, "sha256", "document.sha256", false);
        long length = integer(document, "length", "document.length");
        string(document, "file", "document.file", false);
        string(document, "newline", "document.newline", false);

        JsonNode list = root.get("annotations");
        if (list == null || !list.isArray()) {
            throw new SidecarException("\"annotations\" must be a list, found " + shown(list));
        }
        List<Raw> raws;
        if (streamed != null && streamed.raws() != null) {
            if (streamed.problem() != null) {
                throw streamed.problem();
            }
            raws = streamed.raws();
        } else {
            Annotations collected = new Annotations(true);
            for (int i = 0; i < list.size(); i++) {
                collected.add(list.get(i), i);
            }
            raws = collected.raws;
        }
        if (LoneSurrogates.mayHold(json)) {
            LoneSurrogates.check(root, raws);
        }
        List<Map<String, Object>> orphans = new ArrayList<>();
        JsonNode oldOrphans = root.get("orphans");
        if (oldOrphans != null) {
            if (!oldOrphans.isArray()) {
                throw new SidecarException("\"orphans\" must be a list, found " + shown(oldOrphans));
            }
            for (int i = 0; i < oldOrphans.size(); i++) {
                orphans.add(plainObject(object(oldOrphans.get(i), null, "orphans[" + i + "]")));
            }
        }

        String text = article.text();
        List<Annotation> annotations = new ArrayList<>(raws.size());
        ReanchorReport report = ReanchorReport.NONE;
        if (sha.equals(article.sha256())) {
            if (length != cp.codePointLength()) {
                throw new SidecarException("document.length is " + length + " but the article has "
                        + cp.codePointLength() + " code points, although its SHA-256 matches");
            }
            for (int i = 0; i < raws.size(); i++) {
                annotations.add(exact(raws.get(i), i, text, cp));
            }
        } else {
            report = reanchor(raws, text, cp, annotations, orphans);
        }
        Map<String, Object> topExtra = extra(root, TOP_KEYS);
        checkSource(document);
        checkStatus(document);
        Map<String, Object> documentExtra = extra(document, DOCUMENT_KEYS);
        return new Result(new SidecarContent(article, annotations, orphans, topExtra, documentExtra,
                labelSchema(root)), report);
    }

    /** {@code document.source}, when there is one, is an object whose known fields are strings. */
    private static void checkSource(JsonNode document) throws SidecarException {
        if (!document.has(SidecarContent.SOURCE)) {
            return;
        }
        JsonNode source = object(document, SidecarContent.SOURCE, "document.source");
        for (String key : org.factmark.model.DocumentSource.KEYS) {
            if (source.has(key)) {
                string(source, key, "document.source." + key, false);
            }
        }
    }

    /** {@code document.status}, when there is one, is an object with a non-empty text value; by and at are texts. */
    private static void checkStatus(JsonNode document) throws SidecarException {
        if (document.has(org.factmark.model.DocumentStatus.KEY)) {
            JsonNode status = object(document, org.factmark.model.DocumentStatus.KEY, "document.status");
            if (string(status, "value", "document.status.value", false).isBlank()) {
                throw new SidecarException("\"document.status.value\" is empty");
            }
            string(status, "by", "document.status.by", true);
            string(status, "at", "document.status.at", true);
        }
    }

    private static LabelSchemaRef labelSchema(JsonNode root) throws SidecarException {
        if (!root.has("labelSchema")) {
            return null;
        }
        JsonNode node = object(root, "labelSchema", "labelSchema");
        return new LabelSchemaRef(string(node, "id", "labelSchema.id", false),
                (int) integer(node, "version", "labelSchema.version"));
    }

    private static Annotation exact(Raw r, int index, String text, CodePoints cp) throws SidecarException {
        if (r.end() > cp.codePointLength()) {
            throw new SidecarException(SidecarFields.place(index, r.id()) + ": end " + r.end()
                    + " is past the end of the article ("
                    + cp.codePointLength() + " code points)");
        }
        int s = cp.toUtf16((int) r.start());
        int e = cp.toUtf16((int) r.end());
        if (r.text() != null && (e - s != r.text().length() || !text.startsWith(r.text(), s))) {
            String there = text.substring(s, e);
            throw new SidecarException(SidecarFields.place(index, r.id()) + ": \"text\" is “" + clip(r.text())
                    + "” but the article has “"
                    + clip(there) + "” at " + r.start() + "–" + r.end() + " (offsets count Unicode code points)");
        }
        return r.at(s, e);
    }

    private static ReanchorReport reanchor(List<Raw> raws, String text, CodePoints cp, List<Annotation> placed,
                                           List<Map<String, Object>> orphans) {
        Reanchor finder = new Reanchor(text, cp);
        int kept = 0;
        List<ReanchorReport.Placed> moved = new ArrayList<>();
        List<ReanchorReport.Placed> fuzzy = new ArrayList<>();
        List<ReanchorReport.Placed> lost = new ArrayList<>();
        Map<String, Reanchor.Status> placements = new LinkedHashMap<>();
        // Sure places first, so that a copy of the same words elsewhere never steals an annotation's own place.
        Reanchor.Result[] places = new Reanchor.Result[raws.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            places[i] = finder.placeExactly(r.start(), r.end(), r.text(), r.prefix(), r.suffix()).orElse(null);
            if (places[i] != null) {
                taken.add(r.label() + "@" + places[i].start() + "-" + places[i].end());
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (places[i] == null) {
                places[i] = finder.placeLoosely(r.start(), r.text(), r.prefix(), r.suffix(),
                        span -> !taken.contains(r.label() + "@" + span[0] + "-" + span[1]));
                if (places[i].status() != Reanchor.Status.ORPHANED) {
                    taken.add(r.label() + "@" + places[i].start() + "-" + places[i].end());
                }
            }
            Reanchor.Result where = places[i];
            switch (where.status()) {
                case KEPT -> {
                    kept++;
                    placed.add(r.at(where.start(), where.end()));
                }
                case MOVED, FUZZY -> {
                    placements.put(r.id(), where.status());
                    (where.status() == Reanchor.Status.MOVED ? moved : fuzzy).add(new ReanchorReport.Placed(
                            r.label(), r.text(), r.start(), r.end(), cp.toCodePoint(where.start()),
                            text.substring(where.start(), where.end())));
                    placed.add(r.at(where.start(), where.end()));
                }
                case ORPHANED -> {
                    lost.add(new ReanchorReport.Placed(r.label(), r.text(), r.start(), r.end(), -1, null));
                    orphans.add(plainObject(r.original())); // converted only for the few that need it
                }
            }
        }
        Map<Reanchor.Status, Integer> counts = new EnumMap<>(Reanchor.Status.class);
        counts.put(Reanchor.Status.KEPT, kept);
        counts.put(Reanchor.Status.MOVED, moved.size());
        counts.put(Reanchor.Status.FUZZY, fuzzy.size());
        counts.put(Reanchor.Status.ORPHANED, lost.size());
        return new ReanchorReport(counts, moved, fuzzy, lost, finder.stoppedAtLimit(), placements);
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
