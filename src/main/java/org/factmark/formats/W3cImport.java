package org.factmark.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factmark.io.JsonProblem;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;

/**
 * Reads W3C Web Annotations into one article: an {@code AnnotationCollection} (its embedded pages), an
 * {@code AnnotationPage}, a single {@code Annotation} or a plain JSON array of annotations.
 *
 * <p>The label is the value of the first {@code TextualBody} whose purpose is {@code tagging} (or, when the
 * annotation's motivation is {@code tagging}, of one with no purpose); an annotation without one is skipped
 * ("no label"). Notes are the {@code commenting} bodies (and {@code bodyValue}); attributes the
 * {@code describing} body in {@code application/json} that {@link W3cFormat} writes. The span is found by the
 * {@code TextPositionSelector} when the text there is the quote, else by the {@code TextQuoteSelector}'s
 * exact text with prefix and suffix, else by exact text alone, nearest the position; what cannot be found is
 * skipped. When the file targets several sources, only those named like the article are taken.
 */
final class W3cImport {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ArticleText article;
    private final SpanFinder finder;
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    W3cImport(ArticleText article) {
        this.article = article;
        this.finder = new SpanFinder(article.text());
    }

    ImportResult read(byte[] bytes) throws FormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new FormatException(JsonProblem.describe(e, bytes, MAPPER.getFactory()));
        } catch (IOException e) {
            throw new FormatException("it could not be read: " + e.getMessage());
        }
        List<JsonNode> items = items(root);
        Set<String> sources = new HashSet<>();
        items.forEach(item -> sources.add(sourceOf(item)));
        sources.remove("");
        Map<String, Integer> elsewhere = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String source = sourceOf(item);
            if (sources.size() > 1 && !source.isEmpty() && !namesArticle(source)) {
                elsewhere.merge(source, 1, Integer::sum);
                continue;
            }
            one(item, i);
        }
        elsewhere.forEach((src, n) -> skipped.add(n + (n == 1 ? " annotation" : " annotations")
                + " of another article (" + src + ")"));
        return new ImportResult(annotations, skipped);
    }

    private static List<JsonNode> items(JsonNode root) throws FormatException {
        List<JsonNode> out = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            throw new FormatException("it is empty");
        }
        if (root.isArray()) {
            root.forEach(out::add);
        } else if (root.isObject() && (hasType(root, "AnnotationCollection") || root.has("first"))) {
            JsonNode page = root.get("first");
            if (page != null && page.isTextual()) {
                throw new FormatException("the collection's first page is only linked (" + page.asText()
                        + "), not embedded; Factmark reads annotations embedded in the file");
            }
            for (int n = 0; page != null && page.isObject() && n < 100_000; n++, page = page.get("next")) {
                page.path("items").forEach(out::add);
            }
        } else if (root.isObject() && (hasType(root, "AnnotationPage") || root.has("items"))) {
            root.path("items").forEach(out::add);
        } else if (root.isObject() && (hasType(root, "Annotation") || root.has("target"))) {
            out.add(root);
        } else {
            throw new FormatException("it is not a W3C Web Annotation, annotation page or collection "
                    + "(no \"type\" Annotation, AnnotationPage or AnnotationCollection)");
        }
        return out;
    }

    private void one(JsonNode item, int index) {
        String where = "item " + (index + 1);
        if (!item.isObject()) {
            skipped.add(where + ": " + (item.isTextual() ? "only a link (" + item.asText() + ")" : "not an object"));
            return;
        }
        String id = W3cIds.fromIri(item.path("id").asText(""));
        where = item.has("id") ? item.path("id").asText() : where;
        List<JsonNode> bodies = list(item.get("body"));
        Optional<String> label = tagging(bodies, has(item.get("motivation"), "tagging"));
        if (label.isEmpty()) {
            skipped.add(where + ": no label");
            return;
        }
        where = where + " (" + label.get() + ")";
        Optional<JsonNode> target = target(item);
        long start = -1;
        long end = -1;
        String exact = null;
        String prefix = "";
        String suffix = "";
        boolean positioned = false;
        for (JsonNode selector : target.map(t -> list(t.get("selector"))).orElse(List.of())) {
            if (hasType(selector, "TextPositionSelector") && whole(selector.path("start"))
                    && whole(selector.path("end")) && !positioned) {
                positioned = true;
                start = selector.get("start").longValue();
                end = selector.get("end").longValue();
            } else if (hasType(selector, "TextQuoteSelector") && selector.path("exact").isTextual()
                    && exact == null) {
                exact = selector.get("exact").asText();
                prefix = selector.path("prefix").asText("");
                suffix = selector.path("suffix").asText("");
            }
        }
        Optional<SpanFinder.Span> span = exact == null ? finder.at(start, end)
                : finder.place(start, end, exact, prefix, suffix);
        if (span.isEmpty()) {
            skipped.add(where + ": " + (exact != null ? "\"" + shortened(exact) + "\" is not in the article"
                    : positioned ? "position " + start + "–" + end + " is outside the article"
                    : "no text-position or text-quote selector"));
            return;
        }
        if (!ids.add(id)) {
            skipped.add(where + ": the id appears twice");
            return;
        }
        Map<String, Object> attributes = Map.of();
        StringBuilder note = new StringBuilder();
        for (JsonNode body : bodies) {
            if (has(body.get("purpose"), "commenting") && body.path("value").isTextual()) {
                note.append(note.length() > 0 ? "\n\n" : "").append(body.get("value").asText());
            } else if (has(body.get("purpose"), "describing") && attributes.isEmpty()
                    && W3cFormat.ATTRIBUTES_FORMAT.equals(body.path("format").asText())) {
                attributes = attributes(body.path("value").asText(""), where);
            }
        }
        if (item.path("bodyValue").isTextual()) {
            note.append(note.length() > 0 ? "\n\n" : "").append(item.get("bodyValue").asText());
        }
        annotations.add(new Annotation(id, label.get(), span.get().start(), span.get().end(), attributes,
                note.toString(), creator(item.get("creator")), item.path("created").asText(""),
                item.path("modified").asText(""), Map.of()));
    }

    /** The first non-blank tagging value; a body without purpose counts when the motivation is tagging. */
    private static Optional<String> tagging(List<JsonNode> bodies, boolean taggingMotivation) {
        Optional<JsonNode> tag = bodies.stream().filter(b -> has(b.get("purpose"), "tagging") && named(b)).findFirst();
        return tag.or(() -> bodies.stream().filter(b -> taggingMotivation && !b.has("purpose") && named(b))
                .findFirst()).map(b -> b.get("value").asText());
    }

    private static boolean named(JsonNode body) {
        return body.path("value").isTextual() && !body.get("value").asText().isBlank();
    }

    private Map<String, Object> attributes(String json, String where) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node != null && node.isObject()) {
                return MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        skipped.add(where + ": details left out, their body is not a JSON object");
        return Map.of();
    }

    private static String creator(JsonNode creator) {
        JsonNode first = list(creator).stream().findFirst().orElse(null);
        if (first == null) {
            return "";
        }
        if (first.isTextual()) {
            return first.asText();
        }
        return first.path("name").isTextual() ? first.get("name").asText() : first.path("nickname").asText("");
    }

    /** The first target that is a resource with selectors, else the first target object. */
    private static Optional<JsonNode> target(JsonNode item) {
        List<JsonNode> targets = list(item.get("target"));
        return targets.stream().filter(t -> t.isObject() && t.has("selector")).findFirst()
                .or(() -> targets.stream().filter(JsonNode::isObject).findFirst());
    }

    private static String sourceOf(JsonNode item) {
        return target(item).map(t -> t.path("source").isObject() ? t.path("source").path("id")
                : t.path("source")).map(s -> s.asText("")).orElse("");
    }

    private boolean namesArticle(String source) {
        return W3cIds.decoded(source.substring(source.lastIndexOf('/') + 1)).equals(article.fileName());
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        } else if (node != null && !node.isNull() && !node.isMissingNode()) {
            out.add(node);
        }
        return out;
    }

    private static boolean hasType(JsonNode node, String type) {
        return has(node.get("type"), type) || has(node.get("@type"), type);
    }

    /** Whether a JSON-LD value (a string or an array of strings) holds {@code value}. */
    private static boolean has(JsonNode node, String value) {
        return list(node).stream().anyMatch(n -> n.isTextual() && n.asText().equals(value));
    }

    private static boolean whole(JsonNode n) {
        return n.isIntegralNumber() && n.canConvertToLong();
    }

    private static String shortened(String s) {
        int cut = SpanFinder.forward(s, 0, 39);
        return cut < s.length() ? s.substring(0, cut) + "…" : s;
    }
}
