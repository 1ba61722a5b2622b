package org.factmark.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.factmark.model.Annotation;

/**
 * Compares my annotations of an article with theirs. Identical ones (the same id, or the same span and label,
 * with the same details and note) are paired first and never listed; then what is left is paired by id, by span
 * and label, by span alone and by overlap (one to one, the largest overlap first); whatever has no partner is
 * only mine or only theirs. Who made an annotation and when are not compared: two annotators' copies of one
 * annotation are the same annotation. Hash maps and one sweep over the leftovers: linear apart from sorting.
 */
public final class Differences {
    private Differences() {
    }

    /** Every difference between {@code mine} and {@code theirs}, in text order. */
    public static Comparison compare(Collection<Annotation> mine, Collection<Annotation> theirs) {
        return compare(mine, theirs, false);
    }

    /**
     * Like {@link #compare(Collection, Collection)}; with {@code byIdOnly} theirs are paired with mine only by
     * id (theirs are the other versions of particular annotations of mine), anything else being only theirs.
     */
    public static Comparison compare(Collection<Annotation> mine, Collection<Annotation> theirs, boolean byIdOnly) {
        Pairing p = new Pairing(mine, theirs);
        p.pairIdentical();
        p.pairById();
        if (!byIdOnly) {
            p.pairBy(a -> new SpanLabel(span(a), a.label()), Kind.OTHER_DETAILS);
            p.pairBy(a -> span(a), Kind.OTHER_LABEL);
            p.pairOverlapping();
        }
        p.rest();
        p.found.sort(Comparator.comparingInt(Difference::start).thenComparingInt(Difference::end)
                .thenComparing(d -> d.kind()));
        return new Comparison(p.found, p.identical);
    }

    /** The same label, span, details and note (numbers by value: 14 and 14.0 are the same figure). */
    public static boolean sameContent(Annotation a, Annotation b) {
        return a.start() == b.start() && a.end() == b.end() && a.label().equals(b.label())
                && a.note().equals(b.note()) && sameValue(a.attributes(), b.attributes());
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            try {
                return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
            } catch (NumberFormatException e) {
                return x.equals(y);
            }
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream()
                    .allMatch(e -> y.containsKey(e.getKey()) && sameValue(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static Span span(Annotation a) {
        return new Span(a.start(), a.end());
    }

    /** A span as a hash key: start and end mixed, as {@code start ^ end} would put most spans in few buckets. */
    private record Span(int start, int end) {
        @Override
        public int hashCode() {
            long mixed = ((long) start << 32 | end) * 0x9E3779B97F4A7C15L;
            return (int) (mixed ^ mixed >>> 32);
        }
    }

    private record SpanLabel(Span span, String label) {
    }

    /** The pairing under way: who is still unpaired on each side, and what was found. */
    private static final class Pairing {
        final List<Annotation> mine;
        final List<Annotation> theirs;
        final boolean[] myPaired;
        final boolean[] theirPaired;
        final List<Difference> found = new ArrayList<>();
        int identical;

        Pairing(Collection<Annotation> mine, Collection<Annotation> theirs) {
            this.mine = List.copyOf(mine);
            this.theirs = List.copyOf(theirs);
            myPaired = new boolean[this.mine.size()];
            theirPaired = new boolean[this.theirs.size()];
        }

        /** The same id with the same content, then the same span and label with the same content. */
        void pairIdentical() {
            Map<String, Integer> theirIds = new HashMap<>(theirs.size() * 2);
            for (int j = 0; j < theirs.size(); j++) {
                theirIds.put(theirs.get(j).id(), j);
            }
            for (int i = 0; i < mine.size(); i++) {
                Integer j = theirIds.get(mine.get(i).id());
                if (j != null && !theirPaired[j] && sameContent(mine.get(i), theirs.get(j))) {
                    pair(i, j, null);
                }
            }
            Map<SpanLabel, List<Integer>> theirPlaces = unpairedTheirs(a -> new SpanLabel(span(a), a.label()));
            for (int i = 0; i < mine.size(); i++) {
                if (myPaired[i]) {
                    continue;
                }
                Annotation my = mine.get(i);
                List<Integer> there = theirPlaces.get(new SpanLabel(span(my), my.label()));
                if (there == null) {
                    continue;
                }
                for (Iterator<Integer> it = there.iterator(); it.hasNext(); ) {
                    int j = it.next();
                    if (sameContent(my, theirs.get(j))) {
                        it.remove();
                        pair(i, j, null);
                        break;
                    }
                }
            }
        }

        /** The same id, changed: another label on the same span, an overlapping span, or other details. */
        void pairById() {
            Map<String, Integer> theirIds = new HashMap<>();
            for (int j = 0; j < theirs.size(); j++) {
                if (!theirPaired[j]) {
                    theirIds.put(theirs.get(j).id(), j);
                }
            }
            for (int i = 0; i < mine.size(); i++) {
                Integer j = myPaired[i] ? null : theirIds.remove(mine.get(i).id());
                if (j != null) {
                    Annotation my = mine.get(i);
                    Annotation their = theirs.get(j);
                    boolean sameSpan = my.start() == their.start() && my.end() == their.end();
                    Kind kind = sameSpan ? (my.label().equals(their.label()) ? Kind.OTHER_DETAILS : Kind.OTHER_LABEL)
                            : overlap(my, their) > 0 ? Kind.OVERLAP : Kind.OTHER_DETAILS;
                    pair(i, j, kind);
                }
            }
        }

        /** Unpaired ones with the same key, one to one in text order, as differences of {@code kind}. */
        <K> void pairBy(Function<Annotation, K> key, Kind kind) {
            Map<K, List<Integer>> theirPlaces = unpairedTheirs(key);
            for (int i = 0; i < mine.size(); i++) {
                if (!myPaired[i]) {
                    List<Integer> there = theirPlaces.get(key.apply(mine.get(i)));
                    if (there != null && !there.isEmpty()) {
                        pair(i, there.remove(0), kind);
                    }
                }
            }
        }

        /** Unpaired ones whose spans overlap, one to one, the largest overlap first (then in text order). */
        void pairOverlapping() {
            List<Integer> my = unpaired(myPaired, mine);
            List<Integer> their = unpaired(theirPaired, theirs);
            List<long[]> pairs = new ArrayList<>(); // {overlap, i, j}
            List<Integer> activeMine = new ArrayList<>();
            List<Integer> activeTheirs = new ArrayList<>();
            int a = 0;
            int b = 0;
            while (a < my.size() || b < their.size()) {
                boolean mineNext = b >= their.size()
                        || a < my.size() && mine.get(my.get(a)).start() <= theirs.get(their.get(b)).start();
                if (mineNext) {
                    int i = my.get(a++);
                    Annotation m = mine.get(i);
                    activeTheirs.removeIf(j -> theirs.get(j).end() <= m.start());
                    for (int j : activeTheirs) {
                        pairs.add(new long[] {overlap(m, theirs.get(j)), i, j});
                    }
                    activeMine.add(i);
                } else {
                    int j = their.get(b++);
                    Annotation t = theirs.get(j);
                    activeMine.removeIf(i -> mine.get(i).end() <= t.start());
                    for (int i : activeMine) {
                        pairs.add(new long[] {overlap(mine.get(i), t), i, j});
                    }
                    activeTheirs.add(j);
                }
            }
            pairs.removeIf(p -> p[0] <= 0);
            pairs.sort(Comparator.<long[]>comparingLong(p -> -p[0]).thenComparingLong(p -> p[1])
                    .thenComparingLong(p -> p[2]));
            for (long[] p : pairs) {
                int i = (int) p[1];
                int j = (int) p[2];
                if (!myPaired[i] && !theirPaired[j]) {
                    pair(i, j, Kind.OVERLAP);
                }
            }
        }

        void rest() {
            for (int i = 0; i < mine.size(); i++) {
                if (!myPaired[i]) {
                    found.add(new Difference(Kind.ONLY_MINE, mine.get(i), null));
                }
            }
            for (int j = 0; j < theirs.size(); j++) {
                if (!theirPaired[j]) {
                    found.add(new Difference(Kind.ONLY_THEIRS, null, theirs.get(j)));
                }
            }
        }

        private <K> Map<K, List<Integer>> unpairedTheirs(Function<Annotation, K> key) {
            Map<K, List<Integer>> places = new HashMap<>();
            for (int j = 0; j < theirs.size(); j++) {
                if (!theirPaired[j]) {
                    places.computeIfAbsent(key.apply(theirs.get(j)), k -> new ArrayList<>(1)).add(j);
                }
            }
            return places;
        }

        private static List<Integer> unpaired(boolean[] paired, List<Annotation> side) {
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < paired.length; i++) {
                if (!paired[i]) {
                    left.add(i);
                }
            }
            left.sort(Comparator.comparingInt(i -> side.get(i).start()));
            return left;
        }

        /** Pairs mine {@code i} with theirs {@code j}: identical when {@code kind} is null. */
        private void pair(int i, int j, Kind kind) {
            myPaired[i] = true;
            theirPaired[j] = true;
            if (kind == null) {
                identical++;
            } else {
                found.add(new Difference(kind, mine.get(i), theirs.get(j)));
            }
        }

        private static long overlap(Annotation a, Annotation b) {
            return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        }
    }
}
