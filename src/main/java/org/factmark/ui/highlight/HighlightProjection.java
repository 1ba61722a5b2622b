package org.factmark.ui.highlight;

import java.util.ArrayList;
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
        // boundary -> classes starting (+) and ending (-) there
        TreeMap<Integer, List<String>> starts = new TreeMap<>();
        TreeMap<Integer, List<String>> ends = new TreeMap<>();
        for (Annotation a : annotations) {
            int s = Math.max(a.start(), from);
            int e = Math.min(a.end(), to);
            if (s < e) {
                String cls = styleClass(a.label(), lanes.getOrDefault(a.id(), 0), knownLabels);
                starts.computeIfAbsent(s, k -> new ArrayList<>()).add(cls);
                ends.computeIfAbsent(e, k -> new ArrayList<>()).add(cls);
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(starts.size() * 2 + 1);
        // a multiset of active classes, sorted so equal sets give equal lists
        TreeMap<String, Integer> active = new TreeMap<>();
        Map<List<String>, Collection<String>> interned = new HashMap<>();
        int at = from;
        while (at < to) {
            for (String cls : ends.getOrDefault(at, List.of())) {
                active.computeIfPresent(cls, (k, n) -> n == 1 ? null : n - 1);
            }
            for (String cls : starts.getOrDefault(at, List.of())) {
                active.merge(cls, 1, Integer::sum);
            }
            Integer nextStart = starts.higherKey(at);
            Integer nextEnd = ends.higherKey(at);
            int next = Math.min(to, Math.min(nextStart == null ? to : nextStart, nextEnd == null ? to : nextEnd));
            List<String> key = List.copyOf(active.keySet());
            Collection<String> classes = key.isEmpty() ? Collections.emptyList()
                    : interned.computeIfAbsent(key, k -> k);
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
