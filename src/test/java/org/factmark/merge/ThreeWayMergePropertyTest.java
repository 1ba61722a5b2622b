package org.factmark.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.factmark.model.Annotation;
import org.factmark.model.SpanOrder;
import org.junit.jupiter.api.Test;

/** Laws of the merge on random versions: seeded, and the seed is in every failure message. */
class ThreeWayMergePropertyTest {
    private static final int ROUNDS = 500;
    private static final List<String> LABELS = List.of("quote", "figure", "assertion", "event");
    private static final List<String> WORDS = List.of("", "a", "b", "checked", "false", "ministry");

    private static Annotation random(Random r, String id) {
        int start = r.nextInt(50);
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String key : List.of("verdict", "claimant", "value")) {
            if (r.nextBoolean()) {
                attributes.put(key, key.equals("value") ? (Object) r.nextInt(3) : WORDS.get(r.nextInt(WORDS.size())));
            }
        }
        return new Annotation(id, LABELS.get(r.nextInt(LABELS.size())), start, start + 1 + r.nextInt(5), attributes,
                WORDS.get(r.nextInt(WORDS.size())), "ana", "2026-11-01T09:00:00Z",
                "2026-11-0" + (1 + r.nextInt(9)) + "T09:00:00Z", Map.of());
    }

    /** One field changed, or deleted, or left; and sometimes one new annotation. */
    private static List<Annotation> edit(Random r, List<Annotation> base, String side) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : base) {
            int what = r.nextInt(6);
            if (what == 0) {
                continue;
            }
            Annotation b = random(r, a.id());
            out.add(switch (what) {
                case 1 -> a.withNote(b.note(), b.modified());
                case 2 -> a.withAttributes(b.attributes(), b.modified());
                case 3 -> a.withLabel(b.label(), b.modified());
                default -> a;
            });
        }
        if (r.nextBoolean()) {
            out.add(random(r, side + r.nextInt(1000)));
        }
        return out;
    }

    private static Set<Annotation> set(List<Annotation> list) {
        return Set.copyOf(list);
    }

    private static void rounds(java.util.function.BiConsumer<Random, String> law) {
        long seed = System.nanoTime();
        Random seeds = new Random(seed);
        for (int i = 0; i < ROUNDS; i++) {
            long s = seeds.nextLong();
            law.accept(new Random(s), "seed " + s + " (round " + i + " of run seed " + seed + ")");
        }
    }

    private static List<Annotation> base(Random r) {
        List<Annotation> base = new ArrayList<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            base.add(random(r, "id" + i));
        }
        return base;
    }

    @Test
    void whenTheyChangedNothingTheResultIsMine() {
        rounds((r, seed) -> {
            List<Annotation> b = base(r);
            List<Annotation> x = edit(r, b, "m");
            MergeResult m = ThreeWayMerge.merge(b, x, b);
            assertEquals(set(x), set(m.annotations()), seed);
            assertTrue(m.changesNothing() && m.conflicts().isEmpty(), seed);
        });
    }

    @Test
    void whenIChangedNothingTheResultIsTheirs() {
        rounds((r, seed) -> {
            List<Annotation> b = base(r);
            List<Annotation> y = edit(r, b, "t");
            MergeResult m = ThreeWayMerge.merge(b, b, y);
            assertEquals(set(y), set(m.annotations()), seed);
            assertTrue(m.conflicts().isEmpty(), seed);
        });
    }

    @Test
    void theSameChangesOnBothSidesGiveThoseChanges() {
        rounds((r, seed) -> {
            List<Annotation> b = base(r);
            List<Annotation> x = edit(r, b, "m");
            assertEquals(set(x), set(ThreeWayMerge.merge(b, x, x).annotations()), seed);
        });
    }

    @Test
    void withoutConflictsTheOrderOfTheSidesDoesNotMatter() {
        rounds((r, seed) -> {
            List<Annotation> b = base(r);
            List<Annotation> x = edit(r, b, "m");
            List<Annotation> y = edit(r, b, "t");
            MergeResult xy = ThreeWayMerge.merge(b, x, y);
            MergeResult yx = ThreeWayMerge.merge(b, y, x);
            Set<String> clashing = new java.util.HashSet<>();
            for (MergeResult m : List.of(xy, yx)) {
                for (Conflict c : m.conflicts()) {
                    if (c.mine() != null) {
                        clashing.add(c.mine().id());
                    }
                    if (c.theirs() != null) {
                        clashing.add(c.theirs().id());
                    }
                    if (c.added() != null) {
                        clashing.add(c.added().id());
                    }
                }
            }
            assertEquals(settled(xy, clashing), settled(yx, clashing), seed);
        });
    }

    private static Set<Annotation> settled(MergeResult m, Set<String> clashing) {
        return m.annotations().stream().filter(a -> !clashing.contains(a.id())).collect(Collectors.toSet());
    }

    @Test
    void nothingTheyChangedIsLost() {
        rounds((r, seed) -> {
            List<Annotation> b = base(r);
            List<Annotation> x = edit(r, b, "m");
            List<Annotation> y = edit(r, b, "t");
            MergeResult m = ThreeWayMerge.merge(b, x, y);
            Map<String, Annotation> was = new HashMap<>();
            b.forEach(a -> was.put(a.id(), a));
            for (Annotation t : y) {
                Annotation before = was.get(t.id());
                if (before != null && Fields.same(before, t)) {
                    continue;
                }
                boolean kept = m.annotations().stream().anyMatch(a -> holdsTheirChanges(a, t, before));
                assertTrue(kept, seed + ": lost " + t + " in " + m);
            }
            List<Annotation> sorted = new ArrayList<>(m.annotations());
            sorted.sort(SpanOrder.ORDER);
            assertEquals(sorted, m.annotations(), seed + ": the result is in span order");
        });
    }

    /** {@code a} holds every field {@code t} changed from {@code before} (all of them when it is a copy). */
    private static boolean holdsTheirChanges(Annotation a, Annotation t, Annotation before) {
        Map<String, Object> have = Fields.of(a);
        have.remove(Fields.EXTRA + ThreeWayMerge.CONFLICT);
        Map<String, Object> want = Fields.of(t);
        if (!a.id().equals(t.id())) {
            return Fields.same(have, want);
        }
        Map<String, Object> old = before == null ? Map.of() : Fields.of(before);
        return Fields.names(want, old).stream().allMatch(k -> Fields.same(want.get(k), old.get(k))
                || Fields.same(want.get(k), have.get(k)));
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() {
        rounds((r, seed) -> {
            List<Annotation> b = base(r);
            List<Annotation> x = edit(r, b, "m");
            List<Annotation> y = edit(r, b, "t");
            MergeResult once = ThreeWayMerge.importInto(x, y);
            assertEquals(y.size(), once.added().size() + once.conflicts().size() + once.alreadyPresent().size(), seed);
            MergeResult twice = ThreeWayMerge.importInto(once.annotations(), y);
            assertTrue(twice.changesNothing(), seed + "\n" + x + "\n" + y + "\n" + once + "\n" + twice);
            assertTrue(ThreeWayMerge.importInto(x, x).changesNothing(), seed);
        });
    }
}
