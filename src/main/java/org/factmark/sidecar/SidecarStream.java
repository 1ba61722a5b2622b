package org.factmark.sidecar;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.factmark.model.ArticleText;
import org.factmark.model.CodePoints;
import org.factmark.sidecar.SidecarFields.Annotations;
import org.factmark.sidecar.SidecarFields.Raw;

/**
 * A sidecar object read field by field, its annotations one at a time from the parser's tokens, so a file of
 * 200,000 annotations is never one tree of millions of nodes (which costs more in the collector than in the
 * parser), by the one parser that reads the rest of the file. {@code root} holds every other field, and an empty list in place of the annotations; the first problem found in an annotation is
 * reported where the tree reading would have reported it, after the checks of the fields before it.
 */
record SidecarStream(JsonNode root, List<Raw> raws, SidecarException problem) {

    /** Null when the file is not a JSON object: the tree reading then words what is wrong. */
    static SidecarStream read(byte[] json, ArticleText article, CodePoints cp) throws IOException {
        try (JsonParser p = SidecarReader.MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            com.fasterxml.jackson.databind.node.ObjectNode root = SidecarReader.MAPPER.createObjectNode();
            Annotations annotations = null;
            SidecarException problem = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals("annotations")) {
                    // originals are kept only when they may be needed: to keep the orphans of a changed article
                    String sha = root.path("document").path("sha256").asText(null);
                    boolean keep = sha == null || !sha.equals(article.sha256());
                    AnnotationTokens.Quotes quotes = keep ? null
                            : new AnnotationTokens.Quotes(article.text(), cp);
                    annotations = new Annotations(keep, quotes);
                    problem = list(p, annotations);
                    root.set(name, SidecarReader.MAPPER.createArrayNode());
                } else {
                    root.set(name, SidecarReader.VALUES.readTree(p));
                }
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new JsonParseException(p, "there is more after the closing brace (" + after.asString()
                        + ")", p.currentLocation());
            }
            return new SidecarStream(root, annotations == null ? null : annotations.raws, problem);
        }
    }

    /** Reads the annotation list the parser is in into {@code annotations}; returns its first problem, or null. */
    private static SidecarException list(JsonParser p, Annotations annotations) throws IOException {
        SidecarException problem = null;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (problem != null) {
                p.skipChildren(); // the first problem is the one reported; the rest is only parsed
            } else {
                try {
                    annotations.add(p, index);
                } catch (SidecarException e) {
                    problem = e;
                }
            }
            index++;
        }
        return problem;
    }
}
