package org.factmark.ui.article.highlight;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factmark.model.Annotation;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns annotations into style spans, as a pure function: the highlights are a projection of the model,
 * never read back from the text view.
 *
 * <p>One sweep over the span boundaries splits overlapping annotations into segments; each segment carries
 * one CSS class per annotation over it, {@code fm-LABEL-lLANE}, where the lane (0 outermost) picks the visual
 * channel — background, underline, box, bold — so nested annotations all stay visible. Lanes past 3 share
 * the last channel. Labels outside the schema get the neutral {@code fm-unknown}.
 */
public final class HighlightProjection {
    public static final int LAST_LANE = 3;

    private HighlightProjection() {
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> CSS_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> CLASSES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The CSS class for a label in a lane (cached: a full restyle asks for it once per annotation). */
    public static String styleClass(String label, int lane, Set<String> knownLabels) {
        String name = knownLabels.contains(label) ? label : null;
        String[] byLane = CLASSES.computeIfAbsent(name == null ? "\u0000unknown" : name, key -> {
            String base = "fm-" + (name == null ? "unknown" : cssName(name)) + "-l";
            String[] lanes = new String[LAST_LANE + 1];
            for (int i = 0; i <= LAST_LANE; i++) {
                lanes[i] = base + i;
            }
            return lanes;
        });
        return byLane[Math.min(lane, LAST_LANE)];
    }

    /** A label id made safe as part of a CSS class name. */
    public static String cssName(String labelId) {
        return CSS_NAMES.computeIfAbsent(labelId, id -> id.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    /**
     * Style spans covering exactly {@code [from, to)}.
     *
     * @param annotations the annotations to show (others in the range are not drawn)
     * @param lanes       each annotation's lane by id (see {@code Lanes})
     */
    public static StyleSpans<Collection<String>> project(List<Annotation> annotations, Map<String, Integer> lanes,
                                                         int from, int to, Set<String> knownLabels) {
        // the distinct classes, numbered in name order so that equal sets give equal, sorted lists
        String[] classOf = new String[annotations.size()];
        TreeMap<String, Integer> numbers = new TreeMap<>();
        for (int i = 0; i < classOf.length; i++) {
            Annotation a = annotations.get(i);
            if (Math.max(a.start(), from) < Math.min(a.end(), to)) {
                classOf[i] = styleClass(a.label(), lanes.getOrDefault(a.id(), 0), knownLabels);
                numbers.put(classOf[i], 0);
            }
        }
        String[] names = numbers.keySet().toArray(String[]::new);
        for (int n = 0; n < names.length; n++) {
            numbers.put(names[n], n);
        }
        // every boundary as one sortable number: position, then whether a class starts (1) or ends (0) there,
        // then the class
        long[] events = new long[annotations.size() * 2];
        int count = 0;
        for (int i = 0; i < classOf.length; i++) {
            if (classOf[i] != null) {
                Annotation a = annotations.get(i);
                long cls = numbers.get(classOf[i]);
                events[count++] = ((long) Math.max(a.start(), from) << 32) | (1L << 31) | cls;
                events[count++] = ((long) Math.min(a.end(), to) << 32) | cls;
            }
        }
        java.util.Arrays.sort(events, 0, count);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(count + 1);
        int[] active = new int[names.length]; // how many annotations of each class cover the current span
        java.util.BitSet shown = new java.util.BitSet(names.length);
        Map<java.util.BitSet, Collection<String>> interned = new HashMap<>();
        int at = from;
        int e = 0;
        while (at < to) {
            for (; e < count && (int) (events[e] >>> 32) == at; e++) {
                int cls = (int) (events[e] & 0x7fffffffL);
                boolean starts = (events[e] & (1L << 31)) != 0;
                active[cls] += starts ? 1 : -1;
                shown.set(cls, active[cls] > 0);
            }
            int next = e < count ? Math.min(to, (int) (events[e] >>> 32)) : to;
            Collection<String> classes = shown.isEmpty() ? Collections.emptyList() : interned.get(shown);
            if (classes == null) { // a set not seen yet: keyed by a copy, as the set itself keeps changing
                java.util.BitSet key = (java.util.BitSet) shown.clone();
                classes = key.stream().mapToObj(n -> names[n]).toList();
                interned.put(key, classes);
            }
            spans.add(classes, next - at);
            at = next;
        }
        if (from >= to) {
            spans.add(Collections.emptyList(), 0);
        }
        return spans.create();
    }

    /** {@code [from, to)} widened to whole paragraphs (lines), the unit the text view lays out and restyles. */
    public static int[] restyleRange(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(start, Math.min(to, text.length()));
        int lineStart = start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return new int[] {lineStart, lineEnd < 0 ? text.length() : lineEnd};
    }
}
