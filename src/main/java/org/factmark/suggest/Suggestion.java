package org.factmark.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A span a suggester proposes: never part of the sidecar's annotations until the checker accepts it.
 *
 * @param label      the label id it would get (quote, figure, assertion, event)
 * @param start      first code point of the span in the article's normalised text
 * @param end        code point after the span (exclusive)
 * @param attributes the details it would carry, as plain JSON values (a figure's {@code value} is a Number)
 * @param rule       the name of the rule that found it, as written in {@code suggestedBy}
 * @param score      how sure or how worth checking, 0 to 1; assertions are ranked by it
 * @param reason     why it was suggested, in words the checker reads ("contains a figure and a comparison")
 */
public record Suggestion(String label, int start, int end, Map<String, Object> attributes, String rule, double score,
                         String reason) {
    public Suggestion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        reason = reason == null ? "" : reason;
    }

    /** The suggested text, cut from the article it was found in. */
    public String text(Prose prose) {
        return prose.slice(start, end);
    }

    /** Whether this and {@code other} share at least one code point. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
