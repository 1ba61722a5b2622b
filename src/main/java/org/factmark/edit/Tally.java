package org.factmark.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;

/**
 * Counts kept up to date edit by edit — per label, and assertions with and without a verdict — so the status
 * bar never walks every annotation after a keystroke (200,000 of them would take a frame).
 */
public final class Tally {
    private final Map<String, Integer> byLabel = new HashMap<>();
    private int assertions;
    private int rated;

    public Tally(List<Annotation> all) {
        all.forEach(a -> count(a, 1));
    }

    public void apply(Edit edit) {
        edit.before().forEach(a -> count(a, -1));
        edit.after().forEach(a -> count(a, 1));
    }

    public Map<String, Integer> byLabel() {
        return Map.copyOf(byLabel);
    }

    /** "12 assertions, 7 rated", as {@link Statistics#progress()} words it. */
    public String progress() {
        return assertions + (assertions == 1 ? " assertion" : " assertions") + ", " + rated + " rated";
    }

    private void count(Annotation a, int delta) {
        byLabel.merge(a.label(), delta, Integer::sum);
        if (Statistics.ASSERTION.equals(a.label())) {
            assertions += delta;
            Object verdict = a.attributes().get(Statistics.VERDICT);
            if (verdict != null && !Statistics.UNRATED.equals(verdict) && !String.valueOf(verdict).isBlank()) {
                rated += delta;
            }
        }
    }
}
