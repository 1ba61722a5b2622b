package org.factmark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a sidecar holds, as an immutable snapshot: safe to hand to another thread to write.
 *
 * @param annotations  the anchored annotations (UTF-16 offsets into the article's normalised text)
 * @param orphans      annotation objects that could not be placed in the article, kept verbatim as plain
 *                     JSON values until the user deletes them
 * @param topExtra     top-level fields this version does not know, kept verbatim
 * @param documentExtra fields of {@code document} this version does not know, kept verbatim
 * @param labelSchema  the label schema the annotations were made with; null when not recorded
 */
public record SidecarContent(ArticleText article, List<Annotation> annotations, List<Map<String, Object>> orphans,
                             Map<String, Object> topExtra, Map<String, Object> documentExtra,
                             LabelSchemaRef labelSchema) {
    /** The key of the provenance object in {@code document}. */
    public static final String SOURCE = "source";

    public SidecarContent {
        annotations = AnnotationSet.unchangeable(annotations);
        orphans = List.copyOf(orphans);
        topExtra = ordered(topExtra);
        documentExtra = ordered(documentExtra);
    }

    public SidecarContent(ArticleText article, List<Annotation> annotations, List<Map<String, Object>> orphans,
                          Map<String, Object> topExtra, Map<String, Object> documentExtra) {
        this(article, annotations, orphans, topExtra, documentExtra, null);
    }

    /** Unknown fields keep their order (and JSON nulls), so they are written back as they were read. */
    private static Map<String, Object> ordered(Map<String, Object> fields) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The article's provenance ({@code document.source}), or null when the sidecar has none. */
    public org.factmark.model.DocumentSource source() {
        return documentExtra.get(SOURCE) instanceof Map<?, ?> map ? org.factmark.model.DocumentSource.fromMap(map)
                : null;
    }

    /** The article's status ({@code document.status}), or null when none was set. */
    public DocumentStatus status() {
        return documentExtra.get(DocumentStatus.KEY) instanceof Map<?, ?> map ? DocumentStatus.fromMap(map) : null;
    }

    /** This content with {@code document.source} set to {@code source}'s known fields (removed when null). */
    public SidecarContent withSource(org.factmark.model.DocumentSource source) {
        Map<String, Object> document = new LinkedHashMap<>(documentExtra);
        if (source == null) {
            document.remove(SOURCE);
        } else {
            document.put(SOURCE, source.toMap());
        }
        return new SidecarContent(article, annotations, orphans, topExtra, document, labelSchema);
    }

    public static SidecarContent empty(ArticleText article) {
        return new SidecarContent(article, List.of(), List.of(), Map.of(), Map.of());
    }
}
