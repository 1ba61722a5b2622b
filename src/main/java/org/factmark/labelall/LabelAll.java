package org.factmark.labelall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.SpanTrimmer;
import org.factmark.merge.MergeResult;
import org.factmark.model.Annotation;

/**
 * "Label all": every match of a search labelled at once. A match already inside an annotation with that label
 * (the same span or a wider one) is skipped, as is one that overlaps a match labelled before it in the same
 * step (overlapping matches of "aa" in "aaa") or holds nothing but whitespace.
 */
public final class LabelAll {
    private LabelAll() {
    }

    /**
     * What labelling all made.
     *
     * @param made    the new annotations, in text order (no creator or time yet: the document gives them its own)
     * @param already how many matches were already labelled with the label
     */
    public record Plan(String label, List<Annotation> made, int already) {
        public Plan {
            made = List.copyOf(made);
        }
    }

    /** The annotations that labelling every span in {@code spans} (UTF-16, any order) as {@code label} makes. */
    public static Plan plan(String text, Collection<Annotation> existing, List<int[]> spans, String label) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] s : spans) {
            int[] t = SpanTrimmer.trim(text, s[0], s[1]);
            if (t[0] < t[1]) {
                sorted.add(t);
            }
        }
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<Annotation> sameLabel = existing.stream().filter(a -> a.label().equals(label)).toList();
        List<Annotation> made = new ArrayList<>();
        int already = 0;
        int madeEnd = -1;
        int[] last = null;
        for (int[] span : sorted) {
            if (last != null && last[0] == span[0] && last[1] == span[1]) {
                continue; // the same place given twice
            }
            last = span;
            if (sameLabel.stream().anyMatch(a -> a.start() <= span[0] && span[1] <= a.end())) {
                already++;
            } else if (span[0] >= madeEnd) {
                made.add(Annotation.create(label, span[0], span[1], "", ""));
                madeEnd = span[1];
            }
        }
        return new Plan(label, made, already);
    }

    /** Labels the spans in the open document as one undoable step (none when nothing is new). */
    public static Plan apply(AnnotationDocument document, List<int[]> spans, String label, String labelName) {
        Plan plan = plan(document.text(), document.annotations().all(), spans, label);
        if (!plan.made().isEmpty()) {
            List<Annotation> all = new ArrayList<>(document.annotations().all());
            all.addAll(plan.made());
            document.applyMerge("Label all as " + labelName,
                    new MergeResult(all, plan.made(), List.of(), List.of(), List.of(), List.of()));
        }
        return plan;
    }
}
