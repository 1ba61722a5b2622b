package org.factmark.sidecar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factmark.sidecar.SidecarFields.Raw;

/**
 * Finds strings that hold half of a UTF-16 surrogate pair without its other half, as a JSON escape such as
 * {@code \ud800} gives. Such a string is no Unicode text: UTF-8 cannot encode it, and a save would write
 * {@code ?} in its place. The sidecar reader refuses a file that holds one, naming the field, so nothing is
 * changed behind the user's back.
 */
public final class LoneSurrogates {
    private LoneSurrogates() {
    }

    /**
     * Whether the bytes may hold a lone surrogate: a {@code \}{@code uD800}–{@code \}{@code uDFFF} escape or a
     * surrogate encoded as if it were a character. When not, no string read from them can hold one.
     */
    static boolean mayHold(byte[] json) {
        for (int i = 0; i + 3 < json.length; i++) {
            byte b = json[i];
            if (b == '\\' && json[i + 1] == 'u' && (json[i + 2] | 0x20) == 'd' && "89abcdefABCDEF".indexOf(json[i + 3]) >= 0) {
                return true;
            }
            if (b == (byte) 0xED && (json[i + 1] & 0xFF) >= 0xA0) {
                return true;
            }
        }
        return false;
    }

    /** Checks every string of the document (but its annotation list, read as {@code raws}) and of the annotations. */
    static void check(JsonNode root, List<Raw> raws) throws SidecarException {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("annotations")) {
                check(e.getKey(), e.getKey(), e.getValue());
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            String at = "annotations[" + i + "] (id " + escaped(r.id()) + ").";
            check(at + "id", r.id());
            check(at + "label", r.label());
            check(at + "text", r.text());
            check(at + "prefix", r.prefix());
            check(at + "suffix", r.suffix());
            check(at + "note", r.note());
            check(at + "creator", r.creator());
            check(at + "created", r.created());
            check(at + "modified", r.modified());
            check(at + "attributes", r.attributes());
            check(at.substring(0, at.length() - 1), r.extra());
        }
    }

    /** The first lone surrogate in a plain value (strings, lists, maps with their keys), worded; or empty. */
    public static Optional<String> find(String where, Object value) {
        try {
            check(where, value);
            return Optional.empty();
        } catch (SidecarException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void check(String where, Object value) throws SidecarException {
        if (value instanceof String s) {
            if (lone(s) >= 0) {
                throw problem(where, s);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (lone(key) >= 0) {
                    throw problem(where + ": the name \"" + escaped(key) + "\"", key);
                }
                check(where + "." + key, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(where + "[" + i + "]", list.get(i));
            }
        }
    }

    private static void check(String name, String where, JsonNode node) throws SidecarException {
        if (lone(name) >= 0) {
            throw problem(where + ": the name \"" + escaped(name) + "\"", name);
        }
        if (node.isTextual()) {
            if (lone(node.textValue()) >= 0) {
                throw problem(where, node.textValue());
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getKey(), where + "." + e.getKey(), e.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check("", where + "[" + i + "]", node.get(i));
            }
        }
    }

    private static SidecarException problem(String where, String s) {
        int at = lone(s);
        return new SidecarException(where + " holds a lone UTF-16 surrogate, \\u"
                + Integer.toHexString(s.charAt(at)) + " at character " + at
                + ": half of a pair, which is no character and cannot be saved as UTF-8");
    }

    /** The index of the first surrogate without its other half, or -1. */
    static int lone(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} with each lone surrogate written as its JSON escape, for a message. */
    private static String escaped(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int at = lone(out.toString()); at >= 0; at = lone(out.toString())) {
            out.replace(at, at + 1, "\\u" + Integer.toHexString(out.charAt(at)));
        }
        return out.toString();
    }
}
