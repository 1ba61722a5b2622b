package org.factmark.ui.article.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.Lanes;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The highlights as a pure function of the annotations: no stage needed. */
class HighlightProjectionTest {
    private static final Set<String> KNOWN = Set.of("quote", "figure", "assertion", "event");

    private static Annotation a(String id, String label, int start, int end) {
        return new Annotation(id, label, start, end, null, null, null, null, null, null);
    }

    /** One entry per character: its classes joined, or "" — easy to compare with a ruler. */
    private static List<String> perChar(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(String.join(" ", s.getStyle().stream().sorted().toList()));
            }
        }
        return out;
    }

    @Test
    void nestedSpansSplitIntoSegmentsCarryingEveryLayer() {
        //   0123456789
        // Q [--------)    0..9  lane 0
        // F   [--)        2..5  lane 1
        // X         ?     unknown label 9..10, lane 0
        List<Annotation> all = List.of(a("q", "quote", 0, 9), a("f", "figure", 2, 5), a("x", "claim", 9, 10));
        List<String> chars = perChar(HighlightProjection.project(all, Lanes.assign(all), 0, 11, KNOWN));
        assertEquals(11, chars.size());
        assertEquals("fm-quote-l0", chars.get(0));
        assertEquals("fm-figure-l1 fm-quote-l0", chars.get(2));
        assertEquals("fm-figure-l1 fm-quote-l0", chars.get(4));
        assertEquals("fm-quote-l0", chars.get(5));
        assertEquals("fm-unknown-l0", chars.get(9), "a label outside the schema is shown neutral");
        assertEquals("", chars.get(10));
    }

    @Test
    void deepLanesShareTheLastChannel() {
        List<Annotation> all = List.of(a("1", "quote", 0, 10), a("2", "assertion", 1, 9), a("3", "figure", 2, 8),
                a("4", "event", 3, 7), a("5", "figure", 4, 6));
        List<String> chars = perChar(HighlightProjection.project(all, Lanes.assign(all), 0, 10, KNOWN));
        assertEquals("fm-assertion-l1 fm-event-l3 fm-figure-l2 fm-figure-l3 fm-quote-l0", chars.get(5));
    }

    @Test
    void theRestyleRangeIsWholeLines() {
        String text = "one\ntwo three\nfour";
        assertEquals(List.of(4, 13), List.of(HighlightProjection.restyleRange(text, 6, 8)[0],
                HighlightProjection.restyleRange(text, 6, 8)[1]));
        assertEquals(List.of(0, 18), List.of(HighlightProjection.restyleRange(text, 2, 16)[0],
                HighlightProjection.restyleRange(text, 2, 16)[1]));
    }

    /** What the editor does after an edit: restyle a cluster-closed range; it must match a full restyle. */
    @RepeatedTest(20)
    void restylingAClusterClosedRangeAgreesWithTheWholeDocument(RepetitionInfo info) {
        long seed = 0x1165L + info.getCurrentRepetition();
        Random random = new Random(seed);
        int length = 600;
        AnnotationSet set = new AnnotationSet();
        for (int i = 0; i < 60; i++) {
            int start = random.nextInt(length - 1);
            set.add(a("a" + i, List.copyOf(KNOWN).get(random.nextInt(4)), start,
                    Math.min(length, start + 1 + random.nextInt(50))));
        }
        List<String> whole = perChar(HighlightProjection.project(set.all(), Lanes.assign(set.all()), 0, length,
                KNOWN));
        int from = random.nextInt(length - 1);
        int[] range = Lanes.clusterRange(set, from, from + 1 + random.nextInt(20));
        int to = Math.min(length, range[1]);
        List<Annotation> inRange = set.overlapping(range[0], to);
        List<String> part = perChar(HighlightProjection.project(inRange, Lanes.assign(inRange), range[0], to, KNOWN));
        assertEquals(whole.subList(range[0], to), part, "seed " + seed);
    }

    /** Every character carries exactly the classes of the annotations covering it, and the spans cover the range. */
    @RepeatedTest(20)
    void eachCharacterCarriesTheClassesOfEveryAnnotationOverIt(RepetitionInfo info) {
        long seed = 0x5EEDL + info.getCurrentRepetition();
        Random random = new Random(seed);
        int length = 400;
        List<Annotation> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int start = random.nextInt(length);
            all.add(a("a" + i, List.copyOf(KNOWN).get(random.nextInt(4)), start,
                    Math.min(length, start + 1 + random.nextInt(random.nextBoolean() ? 5 : 80))));
        }
        int from = random.nextInt(length / 2);
        int to = from + random.nextInt(length - from) + 1;
        java.util.Map<String, Integer> lanes = Lanes.assign(all);
        List<String> expected = new ArrayList<>();
        for (int c = from; c < to; c++) {
            java.util.TreeSet<String> classes = new java.util.TreeSet<>();
            for (Annotation x : all) {
                if (x.start() <= c && c < x.end()) {
                    classes.add(HighlightProjection.styleClass(x.label(), lanes.getOrDefault(x.id(), 0), KNOWN));
                }
            }
            expected.add(String.join(" ", classes));
        }
        assertEquals(expected, perChar(HighlightProjection.project(all, lanes, from, to, KNOWN)), "seed " + seed);
    }
}
