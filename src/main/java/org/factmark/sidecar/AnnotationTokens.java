package org.factmark.sidecar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factmark.model.CodePoints;
import org.factmark.sidecar.SidecarFields.Raw;

/**
 * One annotation read straight from the parser's tokens, without a tree: the way a well-formed sidecar is read.
 * Only what {@link SidecarFields#parse} would accept is taken this way; anything else — a field of the wrong
 * type, a missing or empty one, offsets that make no span — is handed to {@code parse} as a tree, so every
 * message stays what it was.
 */
final class AnnotationTokens {
    private static final String[] TEXT_KEYS = {"id", "label", "text", "prefix", "suffix", "note", "creator",
            "created", "modified"};
    private static final int ID = 0;
    private static final int LABEL = 1;
    private static final int TEXT = 2;
    private static final int PREFIX = 3;
    private static final int SUFFIX = 4;
    private static final int REQUIRED_TEXTS = 3;
    // values inside the file: what follows them is the rest of the file, not trailing tokens
    private static final ObjectReader OBJECT = SidecarReader.VALUES.forType(
            new TypeReference<LinkedHashMap<String, Object>>() { });
    private static final ObjectReader VALUE = SidecarReader.VALUES.forType(Object.class);

    private AnnotationTokens() {
    }

    /**
     * The unchanged article the annotations are read for: the quotes are compared with it in the parser's
     * buffer, and no string is made of a quote, a prefix or a suffix that the reading does not need.
     */
    record Quotes(String text, CodePoints cp) {
        /** Whether the string token the parser is on is the article's text from {@code start} to {@code end}. */
        boolean at(JsonParser p, long start, long end) throws IOException {
            if (end > cp.codePointLength()) {
                return false; // the reading words what is wrong
            }
            int s = cp.toUtf16((int) start);
            int e = cp.toUtf16((int) end);
            int length = p.getTextLength();
            if (e - s != length) {
                return false;
            }
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            for (int i = 0; i < length; i++) {
                if (chars[offset + i] != text.charAt(s + i)) {
                    return false;
                }
            }
            return true;
        }
    }

    static Raw read(JsonParser p, int index, Map<String, String> shared) throws IOException, SidecarException {
        return read(p, index, shared, null);
    }

    /**
     * Reads the value the parser is on, one annotation, and checks it as {@link SidecarFields#parse} does;
     * with {@code quotes}, its quote is compared with the article as it is read (see {@link Raw}).
     */
    static Raw read(JsonParser p, int index, Map<String, String> shared, Quotes quotes)
            throws IOException, SidecarException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return SidecarFields.parse(SidecarReader.VALUES.readTree(p), index, false, shared);
        }
        String[] texts = new String[TEXT_KEYS.length];
        Integer start = null;
        Integer end = null;
        Map<String, Object> attributes = null;
        Map<String, Object> extra = null;
        ObjectNode odd = null; // fields that need the tree's checks
        boolean quoted = false; // the quote was found in the article
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            int text = textKey(name);
            if (quotes != null && token == JsonToken.VALUE_STRING && (text == PREFIX || text == SUFFIX)) {
                texts[text] = ""; // not read: not needed for an unchanged article
            } else if (quotes != null && token == JsonToken.VALUE_STRING && text == TEXT && start != null
                    && end != null && start >= 0 && end > start && quotes.at(p, start, end)) {
                texts[text] = "";
                quoted = true;
            } else if (text >= 0 && token == JsonToken.VALUE_STRING) {
                texts[text] = p.getText();
            } else if (text >= REQUIRED_TEXTS && token == JsonToken.VALUE_NULL) {
                texts[text] = ""; // an optional field set to null reads as empty
            } else if ((name.equals("start") || name.equals("end")) && token == JsonToken.VALUE_NUMBER_INT
                    && p.getNumberType() == JsonParser.NumberType.INT) {
                if (name.equals("start")) {
                    start = p.getIntValue();
                } else {
                    end = p.getIntValue();
                }
            } else if (name.equals("attributes") && token == JsonToken.START_OBJECT) {
                attributes = OBJECT.readValue(p);
            } else if (text >= 0 || name.equals("start") || name.equals("end") || name.equals("attributes")) {
                odd = odd == null ? SidecarReader.MAPPER.createObjectNode() : odd;
                odd.set(name, SidecarReader.VALUES.readTree(p));
            } else {
                extra = extra == null ? new LinkedHashMap<>() : extra;
                extra.put(name, VALUE.readValue(p));
            }
        }
        if (odd != null || texts[ID] == null || texts[ID].isBlank() || texts[LABEL] == null
                || texts[LABEL].isBlank() || texts[TEXT] == null || start == null || end == null || start < 0
                || end <= start) {
            // the tree's checks find a problem here, and none words a quote, prefix or suffix that is a string
            return SidecarFields.parse(asTree(texts, start, end, attributes, extra, odd), index, false, shared);
        }
        return SidecarFields.raw(texts[ID], texts[LABEL], start, end, quoted ? null : texts[TEXT],
                orEmpty(texts[PREFIX]), orEmpty(texts[SUFFIX]),
                attributes == null || attributes.isEmpty() ? Map.of() : attributes,
                orEmpty(texts[5]), orEmpty(texts[6]), orEmpty(texts[7]), orEmpty(texts[8]),
                extra == null ? Map.of() : extra, null, shared);
    }

    private static int textKey(String name) {
        return switch (name) {
            case "id" -> 0;
            case "label" -> 1;
            case "text" -> 2;
            case "prefix" -> 3;
            case "suffix" -> 4;
            case "note" -> 5;
            case "creator" -> 6;
            case "created" -> 7;
            case "modified" -> 8;
            default -> -1;
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The annotation put back together as a tree, for {@link SidecarFields#parse} to word what is wrong. */
    private static ObjectNode asTree(String[] texts, Integer start, Integer end, Map<String, Object> attributes,
            Map<String, Object> extra, ObjectNode odd) {
        ObjectNode node = SidecarReader.MAPPER.createObjectNode();
        for (int i = 0; i < TEXT_KEYS.length; i++) {
            if (texts[i] != null) {
                node.put(TEXT_KEYS[i], texts[i]);
            }
        }
        if (start != null) {
            node.put("start", start);
        }
        if (end != null) {
            node.put("end", end);
        }
        if (attributes != null) {
            node.set("attributes", SidecarReader.MAPPER.valueToTree(attributes));
        }
        if (extra != null) {
            extra.forEach((k, v) -> node.set(k, SidecarReader.MAPPER.valueToTree(v)));
        }
        if (odd != null) {
            node.setAll(odd);
        }
        return node;
    }
}
