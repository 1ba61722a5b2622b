package org.factmark.claims;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fields of a sidecar's annotation object a claim needs, streamed. */
record SidecarAnnotation(String id, String label, String text, String verdict, String explanation,
                         List<String> evidence, String modified) {

    Claim claim(Path article, String published, boolean reference) {
        String date = !published.isBlank() ? published : modified;
        return new Claim(article, id, label, text, verdict, explanation, evidence,
                date.length() >= 10 ? date.substring(0, 10) : date, reference);
    }

    /** Reads one annotation object, the parser on its START_OBJECT; leaves it on the END_OBJECT. */
    static SidecarAnnotation read(JsonParser p) throws IOException {
        String id = "";
        String label = "";
        String text = "";
        String modified = "";
        String verdict = "";
        String explanation = "";
        List<String> evidence = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                switch (field) {
                    case "id" -> id = p.getText();
                    case "label" -> label = p.getText();
                    case "text" -> text = p.getText();
                    case "modified" -> modified = p.getText();
                    default -> { }
                }
            } else if ("attributes".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String attribute = p.currentName();
                    JsonToken v = p.nextToken();
                    if ("verdict".equals(attribute) && v == JsonToken.VALUE_STRING) {
                        verdict = p.getText();
                    } else if ("explanation".equals(attribute) && v == JsonToken.VALUE_STRING) {
                        explanation = p.getText();
                    } else if ("evidence".equals(attribute) && v == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() == JsonToken.VALUE_STRING) {
                                evidence.add(p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new SidecarAnnotation(id, label, text, verdict, explanation, evidence, modified);
    }

    /** The publication date in a sidecar's {@code document} object (the parser on its START_OBJECT), or blank. */
    static String published(JsonParser p) throws IOException {
        String published = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("source".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (p.nextToken() == JsonToken.VALUE_STRING && "published".equals(key)) {
                        published = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return published;
    }
}
