package org.factmark.edit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Case-insensitive literal search in the article, wrapping around at either end. */
public final class TextSearch {
    private final String text;
    private final Pattern pattern;

    public TextSearch(String text, String query) {
        this.text = text;
        this.pattern = query.isEmpty() ? null
                : Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first match starting at or after {@code from}, wrapping to the start; empty when none. */
    public Optional<int[]> next(int from) {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        if (m.find(Math.max(0, Math.min(from, text.length()))) || m.find(0)) {
            return Optional.of(new int[] {m.start(), m.end()});
        }
        return Optional.empty();
    }

    /** The last match starting before {@code before}, wrapping to the end; empty when none. */
    public Optional<int[]> previous(int before) {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        int[] last = null;
        int[] lastBefore = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end()};
            if (m.start() < before) {
                lastBefore = last;
            }
        }
        return Optional.ofNullable(lastBefore != null ? lastBefore : last);
    }

    public int count() {
        if (pattern == null) {
            return 0;
        }
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** One-based number of the match starting at {@code start}, or 0 when no match starts there. */
    public int ordinalOf(int start) {
        if (pattern == null) {
            return 0;
        }
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
            if (m.start() == start) {
                return n;
            }
            if (m.start() > start) {
                return 0;
            }
        }
        return 0;
    }
}
