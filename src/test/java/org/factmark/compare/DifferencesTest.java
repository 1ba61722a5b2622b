package org.factmark.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

class DifferencesTest {
    static Annotation ann(String id, String label, int start, int end) {
        return new Annotation(id, label, start, end, Map.of(), "", "ana", "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00Z", Map.of());
    }

    static Annotation by(Annotation a, String creator) {
        return new Annotation(a.id(), a.label(), a.start(), a.end(), a.attributes(), a.note(), creator,
                "2026-02-02T00:00:00Z", "2026-02-03T00:00:00Z", a.extra());
    }

    private static Difference only(Comparison c) {
        assertEquals(1, c.differences().size(), () -> "one difference expected: " + c.differences());
        return c.differences().get(0);
    }

    @Test
    void anAnnotationOnlyTheyMadeIsOnlyTheirs() {
        Annotation theirs = ann("t", "quote", 10, 20);
        Difference d = only(Differences.compare(List.of(), List.of(theirs)));
        assertEquals(Kind.ONLY_THEIRS, d.kind());
        assertSame(theirs, d.theirs());
    }

    @Test
    void anAnnotationOnlyIMadeIsOnlyMine() {
        Annotation mine = ann("m", "quote", 10, 20);
        Difference d = only(Differences.compare(List.of(mine, ann("x", "event", 40, 50)),
                List.of(ann("x", "event", 40, 50))));
        assertEquals(Kind.ONLY_MINE, d.kind());
        assertSame(mine, d.mine());
    }

    @Test
    void theSameSpanWithAnotherLabelIsOneDifference() {
        Comparison c = Differences.compare(List.of(ann("m", "quote", 10, 20)), List.of(ann("t", "figure", 10, 20)));
        Difference d = only(c);
        assertEquals(Kind.OTHER_LABEL, d.kind());
        assertEquals("quote", d.mine().label());
        assertEquals("figure", d.theirs().label());
    }

    @Test
    void overlappingSpansPairTheLargestOverlapFirst() {
        Annotation mine = ann("m", "quote", 10, 30);
        Annotation small = ann("a", "quote", 0, 12);
        Annotation large = ann("b", "quote", 15, 40);
        Comparison c = Differences.compare(List.of(mine), List.of(small, large));
        assertEquals(2, c.differences().size());
        Difference overlap = c.of(Kind.OVERLAP).get(0);
        assertSame(large, overlap.theirs());
        assertSame(small, c.of(Kind.ONLY_THEIRS).get(0).theirs());
    }

    @Test
    void theSameAnnotationWithAnotherNoteOrDetailIsOtherDetails() {
        Annotation mine = ann("m", "assertion", 10, 20).withNote("checked", "t");
        Annotation theirs = ann("m", "assertion", 10, 20).withAttributes(Map.of("verdict", "false"), "t");
        assertEquals(Kind.OTHER_DETAILS, only(Differences.compare(List.of(mine), List.of(theirs))).kind());
        // the same span and label under another id is the same annotation too
        Annotation elsewhere = new Annotation("other", "assertion", 10, 20, Map.of(), "unchecked", "bo", "", "",
                Map.of());
        Difference d = only(Differences.compare(List.of(mine), List.of(elsewhere)));
        assertEquals(Kind.OTHER_DETAILS, d.kind());
        assertSame(elsewhere, d.theirs());
    }

    @Test
    void theSameIdOnAnotherSpanIsTheSameAnnotationMoved() {
        Comparison moved = Differences.compare(List.of(ann("m", "quote", 10, 20)), List.of(ann("m", "quote", 12, 25)));
        assertEquals(Kind.OVERLAP, only(moved).kind());
        Comparison far = Differences.compare(List.of(ann("m", "quote", 10, 20)), List.of(ann("m", "quote", 50, 60)));
        assertEquals(Kind.OTHER_DETAILS, only(far).kind());
        Comparison relabelled = Differences.compare(List.of(ann("m", "quote", 10, 20)),
                List.of(ann("m", "event", 10, 20)));
        assertEquals(Kind.OTHER_LABEL, only(relabelled).kind());
    }

    @Test
    void identicalAnnotationsAreMergedSilentlyWhoeverMadeThem() {
        Annotation a = ann("a", "quote", 0, 5).withAttributes(Map.of("amount", 1200), "t");
        Annotation sameIdOtherAnnotator = by(ann("a", "quote", 0, 5)
                .withAttributes(Map.of("amount", new BigDecimal("1200.0")), "t"), "bo");
        Annotation b = ann("b", "figure", 10, 15);
        Annotation sameSpanOtherId = by(ann("zz", "figure", 10, 15), "bo");
        Comparison c = Differences.compare(List.of(a, b), List.of(sameSpanOtherId, sameIdOtherAnnotator));
        assertTrue(c.differences().isEmpty(), () -> "nothing to decide: " + c.differences());
        assertEquals(2, c.identical());
    }

    @Test
    void anIdenticalCopyIsPairedBeforeAChangedOneWithTheSameId() {
        // theirs changed "a" and also holds, under another id, what I have: that copy is mine, "a" is theirs only
        Annotation mine = ann("a", "quote", 0, 5);
        Annotation copy = by(ann("copy", "quote", 0, 5), "bo");
        Annotation changed = ann("a", "quote", 0, 5).withNote("theirs", "t");
        Comparison c = Differences.compare(List.of(mine), List.of(changed, copy));
        assertEquals(1, c.identical());
        assertEquals(Kind.ONLY_THEIRS, only(c).kind());
    }

    @Test
    void differencesComeInTextOrder() {
        Comparison c = Differences.compare(List.of(ann("m1", "quote", 50, 60), ann("m2", "quote", 0, 5)),
                List.of(ann("t1", "event", 20, 30)));
        assertEquals(List.of(0, 20, 50), c.differences().stream().map(Difference::start).toList());
    }

    @Test
    void byIdOnlyPairsNothingElse() {
        Comparison c = Differences.compare(List.of(ann("m", "quote", 10, 20)), List.of(ann("t", "figure", 10, 20)),
                true);
        assertEquals(List.of(Kind.ONLY_THEIRS, Kind.ONLY_MINE), c.differences().stream().map(Difference::kind)
                .sorted().toList());
    }
}
