package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a save takes: the annotations as they were, unchanged by the edits made while it is written. */
class FrozenAnnotationsTest {
    private static Annotation a(String id, int start, int end) {
        return new Annotation(id, "quote", start, end, null, null, null, null, null, null);
    }

    @Test
    void aFrozenListKeepsWhatTheSetHeldWhateverIsEditedAfter() {
        long seed = System.nanoTime();
        try {
            Random random = new Random(seed);
            AnnotationSet set = new AnnotationSet();
            List<List<Annotation>> frozen = new ArrayList<>();
            List<List<Annotation>> expected = new ArrayList<>();
            for (int step = 0; step < 3_000; step++) {
                String id = "a" + random.nextInt(400);
                if (random.nextInt(3) == 0) {
                    set.remove(id);
                } else {
                    int start = random.nextInt(10_000);
                    set.add(a(id, start, start + 1 + random.nextInt(50)));
                }
                if (step % 100 == 0) {
                    frozen.add(set.frozen());
                    expected.add(set.all());
                }
            }
            for (int i = 0; i < frozen.size(); i++) {
                assertEquals(expected.get(i), frozen.get(i), "snapshot " + i);
                assertEquals(expected.get(i).size(), frozen.get(i).size());
                for (int k = 0; k < expected.get(i).size(); k += 7) {
                    assertEquals(expected.get(i).get(k), frozen.get(i).get(k), "snapshot " + i + " at " + k);
                }
            }
            assertEquals(set.all(), set.frozen());
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    @Test
    void aFrozenListIsTakenAsItIsNotCopied() {
        AnnotationSet set = new AnnotationSet(List.of(a("x", 0, 3), a("y", 4, 9)));
        List<Annotation> frozen = set.frozen();
        assertSame(frozen, AnnotationSet.unchangeable(frozen));
        assertSame(frozen, new SidecarContent(new ArticleText("a.txt", "abc defgh", NewlineStyle.LF, "0", 9), frozen, List.of(), java.util.Map.of(),
                java.util.Map.of()).annotations());
    }
}
