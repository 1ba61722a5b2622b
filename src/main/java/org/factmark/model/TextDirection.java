package org.factmark.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reading direction of an article's paragraphs: each paragraph's own ({@link #AUTO}, from its first strong
 * character, as HTML's {@code dir="auto"}), or one direction for every paragraph.
 */
public enum TextDirection {
    AUTO, LTR, RTL;

    /** The key of the setting in the sidecar's {@code document} object. */
    public static final String KEY = "direction";

    /** The direction set in a sidecar's {@code document} fields: {@link #AUTO} when none is, or one unknown. */
    public static TextDirection in(Map<String, Object> documentFields) {
        Object name = documentFields.get(KEY);
        TextDirection set = name instanceof String s ? fromJson(s) : null;
        return set == null ? AUTO : set;
    }

    /** {@code documentFields} with this direction set: {@link #AUTO} removes the key, as in files without it. */
    public Map<String, Object> into(Map<String, Object> documentFields) {
        Map<String, Object> fields = new LinkedHashMap<>(documentFields);
        if (this == AUTO) {
            fields.remove(KEY);
        } else {
            fields.put(KEY, jsonName());
        }
        return fields;
    }

    /** The name the sidecar's {@code document.direction} uses: {@code auto}, {@code ltr}, {@code rtl}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction named {@code name} in the sidecar, or null when it names none. */
    public static TextDirection fromJson(String name) {
        for (TextDirection d : values()) {
            if (d.jsonName().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** Whether the paragraph {@code text[from, to)} reads right to left under this setting. */
    public boolean isRightToLeft(CharSequence text, int from, int to) {
        return this == RTL || this == AUTO && firstStrongIsRightToLeft(text, from, to);
    }

    /**
     * Whether the first strongly directional character of {@code text[from, to)} is right-to-left (Hebrew,
     * Arabic, Persian, Syriac, Thaana…), the rule of the Unicode bidi algorithm (P2) that {@code dir="auto"}
     * follows. Digits and punctuation are not strong; a paragraph with no strong character is left to right.
     */
    public static boolean firstStrongIsRightToLeft(CharSequence text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                default:
                    i += Character.charCount(cp);
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} holds any right-to-left character (it then needs the bidi algorithm). */
    public static boolean hasRightToLeft(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\u0590' && (c <= '\u08ff' || c >= '\ufb1d' && c <= '\ufefc' || Character.isSurrogate(c))) {
                byte d = Character.getDirectionality(Character.codePointAt(text, i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }
}
