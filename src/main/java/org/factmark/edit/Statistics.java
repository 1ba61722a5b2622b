package org.factmark.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeCheck;
import org.factmark.model.AttributeDef;
import org.factmark.model.LabelSet;

/**
 * How far the fact-check of one article has got: annotations per label, the assertions' verdicts, and how
 * many annotations still lack a required detail or hold one that does not fit its type. A snapshot; computed again when wanted.
 */
public final class Statistics {
    /** The label whose verdicts are counted, and the attribute holding them, as the default schema names them. */
    public static final String ASSERTION = "assertion";
    public static final String VERDICT = "verdict";
    /** What an assertion without a verdict counts as; also the default schema's first verdict value. */
    public static final String UNRATED = "unrated";

    private final Map<String, Integer> byLabel;
    private final Map<String, Integer> verdicts;
    private final Map<String, Integer> byCreator;
    private final boolean hasVerdicts;
    private final int assertions;
    private final int rated;
    private final int missingRequired;
    private final int misfits;

    private Statistics(Map<String, Integer> byLabel, Map<String, Integer> verdicts, Map<String, Integer> byCreator,
                       boolean hasVerdicts, int assertions, int rated, int missingRequired, int misfits) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
        this.verdicts = Collections.unmodifiableMap(verdicts);
        this.byCreator = Collections.unmodifiableMap(byCreator);
        this.hasVerdicts = hasVerdicts;
        this.assertions = assertions;
        this.rated = rated;
        this.missingRequired = missingRequired;
        this.misfits = misfits;
    }

    public static Statistics of(LabelSet labels, List<Annotation> annotations) {
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        labels.labels().forEach(def -> byLabel.put(def.id(), 0)); // zero counts show what is still to do
        Optional<AttributeDef> verdictDef = labels.byId(ASSERTION).flatMap(def -> def.attribute(VERDICT));
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        verdictDef.ifPresent(def -> def.values().forEach(v -> verdicts.put(v, 0)));
        int assertions = 0;
        int rated = 0;
        int missing = 0;
        int misfits = 0;
        Map<String, Integer> creators = new java.util.HashMap<>();
        for (Annotation a : annotations) {
            byLabel.merge(a.label(), 1, Integer::sum);
            creators.merge(a.creator(), 1, Integer::sum);
            if (AttributeCheck.missingRequired(labels, a)) {
                missing++;
            }
            if (AttributeCheck.hasMisfit(labels, a)) {
                misfits++;
            }
            if (!a.label().equals(ASSERTION)) {
                continue;
            }
            assertions++;
            if (verdictDef.isPresent()) {
                String verdict = verdictOf(a);
                verdicts.merge(verdict, 1, Integer::sum);
                if (!verdict.equals(UNRATED)) {
                    rated++; // a value the schema does not list is still the checker's verdict
                }
            }
        }
        Map<String, Integer> byCreator = new LinkedHashMap<>();
        creators.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCreator.put(e.getKey(), e.getValue()));
        return new Statistics(byLabel, verdicts, byCreator, verdictDef.isPresent(), assertions, rated, missing,
                misfits);
    }

    /** Annotations per label id: the schema's labels in its order (zeros included), then any others. */
    public Map<String, Integer> byLabel() {
        return byLabel;
    }

    /**
     * Assertions per verdict: the schema's values in its order (zeros included), then values it does not list
     * (including "unrated" for a missing verdict when the schema does not list that) in order of first use.
     * Empty when the schema has no verdict.
     */
    public Map<String, Integer> verdicts() {
        return verdicts;
    }

    /**
     * Annotations per annotator ({@code creator}; the empty string for annotations without one), the most first,
     * then by name.
     */
    public Map<String, Integer> byCreator() {
        return byCreator;
    }

    /** Whether the schema gives assertions a verdict at all. */
    public boolean hasVerdicts() {
        return hasVerdicts;
    }

    public int assertions() {
        return assertions;
    }

    /** Assertions with a verdict other than "unrated"; 0 when the schema has no verdict. */
    public int rated() {
        return rated;
    }

    /** Annotations with at least one required attribute left empty. */
    public int missingRequired() {
        return missingRequired;
    }

    /** Annotations with a detail given that does not fit its type (a number that does not parse, say). */
    public int misfits() {
        return misfits;
    }

    /** "12 assertions, 7 rated"; just "12 assertions" when the schema has no verdict. */
    public String progress() {
        String count = assertions + (assertions == 1 ? " assertion" : " assertions");
        return hasVerdicts() ? count + ", " + rated + " rated" : count;
    }

    private static String verdictOf(Annotation a) {
        String v = AttributeCheck.toInput(a.attributes().get(VERDICT)).strip();
        return v.isEmpty() ? UNRATED : v;
    }
}
