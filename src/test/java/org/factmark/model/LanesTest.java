package org.factmark.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanesTest {
    private static Annotation a(String id, int start, int end) {
        return new Annotation(id, "quote", start, end, null, null, null, null, null, null);
    }

    @Test
    void nestingGoesOneLaneDeeperAndSiblingsShareALane() {
        //   0    5    10   15   20   25
        // Q [-----------------------)      0..25  lane 0
        // A   [-----------)                2..14  lane 1
        // F     [--)                       4..7   lane 2
        // G           [--)                 10..13 lane 2 (F has ended)
        // B                 [----)         17..22 lane 1 (A has ended)
        List<Annotation> all = List.of(a("Q", 0, 25), a("A", 2, 14), a("F", 4, 7), a("G", 10, 13), a("B", 17, 22));
        assertEquals(Map.of("Q", 0, "A", 1, "F", 2, "G", 2, "B", 1), Lanes.assign(all));
    }

    @Test
    void aClusterIsEverythingChainedByOverlaps() {
        //   0    5    10   15   20   25   30
        // X [---------)                       0..10
        // Y      [---------)                  5..15
        // Z               [---------)        14..24
        // W                           [--)   26..29 (separate)
        AnnotationSet set = new AnnotationSet(List.of(a("X", 0, 10), a("Y", 5, 15), a("Z", 14, 24), a("W", 26, 29)));
        assertArrayEquals(new int[] {0, 24}, Lanes.clusterRange(set, 20, 21));
        assertArrayEquals(new int[] {26, 29}, Lanes.clusterRange(set, 27, 28));
        assertArrayEquals(new int[] {24, 26}, Lanes.clusterRange(set, 24, 26), "a gap stays a gap");
    }
}
