package org.factmark.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which visual channel ("lane") shows each annotation, so that overlapping and nested annotations all stay
 * visible: the outermost gets lane 0, an annotation inside it lane 1, one inside that lane 2, and so on.
 *
 * <p>Lanes are given greedily in {@link SpanOrder}: each annotation takes the lowest lane whose previous
 * holder has ended by its start. So an annotation's lane depends only on the annotations it is connected to
 * by a chain of overlaps (its cluster); a restyle that covers whole clusters agrees with the whole document.
 */
public final class Lanes {
    private Lanes() {
    }

    /** Lanes by annotation id, for annotations given in {@link SpanOrder} (whole clusters). */
    public static Map<String, Integer> assign(List<Annotation> inSpanOrder) {
        Map<String, Integer> lanes = new HashMap<>(inSpanOrder.size() * 2);
        int[] laneEnds = new int[4];
        int used = 0;
        for (Annotation a : inSpanOrder) {
            int lane = 0;
            while (lane < used && laneEnds[lane] > a.start()) {
                lane++;
            }
            if (lane == used) {
                if (used == laneEnds.length) {
                    laneEnds = Arrays.copyOf(laneEnds, used * 2);
                }
                used++;
            }
            laneEnds[lane] = a.end();
            lanes.put(a.id(), lane);
        }
        return lanes;
    }

    /**
     * The smallest range holding {@code [from, to)} such that every annotation overlapping it lies wholly
     * inside it: the union of the overlap clusters that touch {@code [from, to)}.
     */
    public static int[] clusterRange(AnnotationSet set, int from, int to) {
        int lo = from;
        int hi = Math.max(from, to);
        while (true) {
            int newLo = lo;
            int newHi = hi;
            for (Annotation a : set.overlapping(lo, Math.max(hi, lo + 1))) {
                newLo = Math.min(newLo, a.start());
                newHi = Math.max(newHi, a.end());
            }
            if (newLo == lo && newHi == hi) {
                return new int[] {lo, hi};
            }
            lo = newLo;
            hi = newHi;
        }
    }
}
