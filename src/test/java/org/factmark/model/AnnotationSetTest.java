package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The interval tree answers exactly what a scan of every annotation would, whatever was added and removed. */
class AnnotationSetTest {
    private static Annotation a(String id, String label, int start, int end) {
        return new Annotation(id, label, start, end, null, null, null, null, null, null);
    }

    @Test
    void keepsSpanOrderAndFindsOverlapsAndTheInnermostFirst() {
        //            0    5    10   15   20
        // quote      [-------------------)      0..20
        // assertion       [---------)           5..15
        // figure          [---)                 5..9
        // event                          [--)  20..23 (touches the quote, does not overlap)
        AnnotationSet set = new AnnotationSet(List.of(a("e", "event", 20, 23), a("f", "figure", 5, 9),
                a("q", "quote", 0, 20), a("s", "assertion", 5, 15)));
        assertEquals(List.of("q", "s", "f", "e"), set.all().stream().map(Annotation::id).toList());
        assertEquals(List.of("f", "s", "q"), set.covering(6).stream().map(Annotation::id).toList(), "innermost first");
        assertEquals(List.of("q"), set.overlapping(16, 20).stream().map(Annotation::id).toList());
        assertEquals(List.of("e"), set.overlapping(20, 21).stream().map(Annotation::id).toList());
        assertEquals(2, set.indexOf(set.get("f").orElseThrow()));
        assertEquals("f", set.at(2).id());
    }

    @RepeatedTest(25)
    void randomEditsAgreeWithABruteForceScan(RepetitionInfo info) {
        long seed = 0xA770L + info.getCurrentRepetition();
        Random random = new Random(seed);
        AnnotationSet set = new AnnotationSet();
        List<Annotation> truth = new ArrayList<>();
        String[] labels = {"quote", "figure", "assertion", "event"};
        for (int step = 0; step < 400; step++) {
            if (!truth.isEmpty() && random.nextInt(4) == 0) {
                Annotation gone = truth.remove(random.nextInt(truth.size()));
                assertTrue(set.remove(gone.id()), "seed " + seed);
            } else {
                int start = random.nextInt(1000);
                Annotation added = a("id" + step, labels[random.nextInt(4)], start, start + 1 + random.nextInt(60));
                set.add(added);
                truth.add(added);
            }
            if (step % 20 == 0) {
                List<Annotation> sorted = truth.stream().sorted(SpanOrder.ORDER).toList();
                assertEquals(sorted, set.all(), "seed " + seed);
                int from = random.nextInt(1000);
                int to = from + 1 + random.nextInt(80);
                assertEquals(sorted.stream().filter(x -> x.start() < to && from < x.end()).toList(),
                        set.overlapping(from, to), "seed " + seed + " [" + from + ", " + to + ")");
                for (Annotation x : truth) {
                    assertEquals(sorted.indexOf(x), set.indexOf(x), "seed " + seed);
                }
            }
        }
        assertEquals(truth.size(), set.size());
    }

    @Test
    void countsPerLabel() {
        AnnotationSet set = new AnnotationSet(List.of(a("1", "quote", 0, 3), a("2", "figure", 1, 2),
                a("3", "quote", 5, 6)));
        assertEquals(2, set.countsByLabel().get("quote"));
        assertEquals(1, set.countsByLabel().get("figure"));
    }

    @RepeatedTest(5)
    void aSortedListIsBuiltInOnePassIntoTheSameSetAsAddingOneByOne(RepetitionInfo info) {
        long seed = 40 + info.getCurrentRepetition();
        Random random = new Random(seed);
        List<Annotation> list = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int start = random.nextInt(50_000);
            list.add(a("a" + i, random.nextBoolean() ? "quote" : "figure", start, start + 1 + random.nextInt(300)));
        }
        list.sort(SpanOrder.ORDER);
        AnnotationSet built = new AnnotationSet(list);
        AnnotationSet added = new AnnotationSet();
        list.forEach(added::add);
        for (int round = 0; round < 200; round++) {
            assertEquals(added.size(), built.size(), "seed " + seed);
            int from = random.nextInt(50_000);
            int to = from + 1 + random.nextInt(2_000);
            assertEquals(added.overlapping(from, to), built.overlapping(from, to), "seed " + seed);
            assertEquals(added.countStartingBefore(from), built.countStartingBefore(from), "seed " + seed);
            Annotation any = added.at(random.nextInt(added.size()));
            assertEquals(added.indexOf(any), built.indexOf(any), "seed " + seed);
            // and both stay the same under the edits that follow
            int start = random.nextInt(50_000);
            Annotation fresh = a("n" + round, "event", start, start + 5);
            added.add(fresh);
            built.add(fresh);
            added.remove(any.id());
            built.remove(any.id());
        }
        assertEquals(added.all(), built.all(), "seed " + seed);
    }

    @Test
    void aListWithARepeatedIdKeepsTheLastAsAddingDoes() {
        AnnotationSet set = new AnnotationSet(List.of(a("x", "quote", 0, 5), a("x", "figure", 8, 9)));
        assertEquals(List.of(a("x", "figure", 8, 9)), set.all());
    }
}
