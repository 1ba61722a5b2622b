package org.factmark.desk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factmark.io.JsonProblem;
import org.factmark.model.DocumentStatus;

/**
 * What the desk shows of a sidecar, read in one streaming pass without the article: the provenance's title, site
 * and date, the status, and the annotations counted per label and the assertions per verdict. Full checking
 * against the article is left to opening it; a sidecar that is not JSON, or not a Factmark sidecar of a version
 * this Factmark reads, is refused with the reason.
 */
final class SidecarSummary {
    static final String ASSERTION = "assertion";
    static final String VERDICT = "verdict";
    static final String UNRATED = "unrated";
    private static final JsonFactory JSON = new JsonFactory();
    private static final int VERSION = 1;

    record Summary(String title, String site, String date, DocumentStatus status, Map<String, Integer> labels,
                   int assertions, int rated, Map<String, Integer> verdicts) {
    }

    /** Why a sidecar cannot be summarised. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private String format;
    private long version = -1;
    private String title;
    private String site;
    private String date;
    private DocumentStatus status;
    private final Map<String, Integer> labels = new LinkedHashMap<>();
    private final Map<String, Integer> verdicts = new LinkedHashMap<>();
    private int assertions;
    private int rated;

    private SidecarSummary() {
    }

    static Summary read(byte[] json) throws Unreadable {
        SidecarSummary s = new SidecarSummary();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable("it is not a JSON object, so it is not a Factmark sidecar");
            }
            s.top(p);
        } catch (JsonProcessingException e) {
            throw new Unreadable(JsonProblem.describe(e, json, JSON));
        } catch (IOException e) {
            throw new Unreadable("it could not be read: " + e.getMessage());
        }
        if (!"factmark.annotations".equals(s.format)) {
            throw new Unreadable("its \"format\" is not \"factmark.annotations\", so it is not a Factmark sidecar");
        }
        if (s.version > VERSION) {
            throw new Unreadable("it was written by a newer Factmark (format version " + s.version + ")");
        }
        if (s.version < 1) {
            throw new Unreadable("its \"version\" is missing or not a version Factmark knows");
        }
        return new Summary(s.title, s.site, s.date, s.status, s.labels, s.assertions, s.rated, s.verdicts);
    }

    private void top(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "format" -> format = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "document" -> {
                    if (value == JsonToken.START_OBJECT) {
                        document(p);
                    } else {
                        p.skipChildren();
                    }
                }
                case "annotations" -> {
                    if (value == JsonToken.START_ARRAY) {
                        annotations(p);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "text after the end of the sidecar's object");
        }
    }

    private void document(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT && field.equals("source")) {
                Map<String, String> source = strings(p);
                title = source.get("title");
                site = source.get("site");
                date = source.get("published");
            } else if (value == JsonToken.START_OBJECT && field.equals(DocumentStatus.KEY)) {
                status = DocumentStatus.fromMap(strings(p));
            } else {
                p.skipChildren();
            }
        }
    }

    /** An object's text fields; the others are skipped. */
    private static Map<String, String> strings(JsonParser p) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                fields.put(field, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return fields;
    }

    private void annotations(JsonParser p) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String label = null;
            String verdict = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("label") && value == JsonToken.VALUE_STRING) {
                    label = p.getText();
                } else if (field.equals("attributes") && value == JsonToken.START_OBJECT) {
                    verdict = strings(p).get(VERDICT);
                } else {
                    p.skipChildren();
                }
            }
            if (label != null) {
                count(label, verdict);
            }
        }
    }

    private void count(String label, String verdict) {
        labels.merge(label, 1, Integer::sum);
        if (!label.equals(ASSERTION)) {
            return;
        }
        assertions++;
        String v = verdict == null || verdict.isBlank() ? UNRATED : verdict.strip();
        verdicts.merge(v, 1, Integer::sum);
        if (!v.equals(UNRATED)) {
            rated++;
        }
    }
}
