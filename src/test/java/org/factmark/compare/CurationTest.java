package org.factmark.compare;

import static org.factmark.compare.DifferencesTest.ann;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.merge.MergeResult;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

class CurationTest {
    /** The document after a change: removed by id, then added by id (an added one replaces one removed). */
    static List<Annotation> apply(Collection<Annotation> doc, Change change) {
        Map<String, Annotation> byId = new LinkedHashMap<>();
        doc.forEach(a -> byId.put(a.id(), a));
        change.remove().forEach(a -> byId.remove(a.id()));
        change.add().forEach(a -> assertEquals(null, byId.put(a.id(), a), "an id used twice: " + a.id()));
        return new ArrayList<>(byId.values());
    }

    private static List<Annotation> choose(Curation c, List<Annotation> doc, Choice choice, List<Difference> ds) {
        return apply(doc, c.choose(choice, ds, id -> doc.stream().anyMatch(a -> a.id().equals(id))));
    }

    private final Annotation mineQuote = ann("m", "quote", 10, 20);
    private final Annotation theirFigure = ann("t", "figure", 10, 20);

    @Test
    void takingTheirsReplacesMine() {
        Curation c = Curation.against(List.of(theirFigure));
        List<Annotation> doc = List.of(mineQuote);
        List<Annotation> after = choose(c, doc, Choice.THEIRS, c.compare(doc).differences());
        assertEquals(List.of(theirFigure), after);
        assertTrue(c.compare(after).differences().isEmpty());
    }

    @Test
    void keepingMineChangesNothingAndTakesTheDifferenceOffTheList() {
        Curation c = Curation.against(List.of(theirFigure));
        List<Annotation> doc = List.of(mineQuote);
        Change change = c.choose(Choice.MINE, c.compare(doc).differences(), id -> true);
        assertTrue(change.isEmpty());
        assertTrue(c.compare(doc).differences().isEmpty());
    }

    @Test
    void takingBothKeepsMineBesideTheirsAndLeavesNothingToDecide() {
        Curation c = Curation.against(List.of(theirFigure));
        List<Annotation> doc = List.of(mineQuote);
        List<Annotation> after = choose(c, doc, Choice.BOTH, c.compare(doc).differences());
        assertEquals(List.of(mineQuote, theirFigure), after);
        assertTrue(c.compare(after).differences().isEmpty(), () -> c.compare(after).differences().toString());
        // undone, the document is as it was and the difference is back
        assertEquals(Kind.OTHER_LABEL, c.compare(doc).differences().get(0).kind());
    }

    @Test
    void bothForTheSameAnnotationChangedGivesTheirsANewId() {
        Annotation theirs = ann("m", "quote", 10, 20).withNote("theirs", "t");
        Curation c = Curation.against(List.of(theirs));
        List<Annotation> doc = List.of(mineQuote);
        List<Annotation> after = choose(c, doc, Choice.BOTH, c.compare(doc).differences());
        assertEquals(2, after.size());
        assertNotEquals(after.get(0).id(), after.get(1).id());
        assertEquals("theirs", after.get(1).note());
        assertTrue(c.compare(after).differences().isEmpty(), () -> c.compare(after).differences().toString());
    }

    @Test
    void onlyMineTakenFromTheirsIsDeleted() {
        Curation c = Curation.against(List.of());
        List<Annotation> doc = List.of(mineQuote);
        assertEquals(List.of(), choose(c, doc, Choice.THEIRS, c.compare(doc).differences()));
        assertEquals(doc, choose(c, doc, Choice.BOTH, c.compare(doc).differences()));
    }

    @Test
    void conflictsAMergeLeftAreResolvedByTakingKeepingOrBoth() {
        Annotation base = ann("a", "assertion", 10, 20);
        Annotation mine = base.withNote("mine", "2026-03-01T00:00:00Z");
        Annotation theirs = base.withNote("theirs", "2026-03-02T00:00:00Z");
        MergeResult merged = ThreeWayMerge.merge(List.of(base), List.of(mine), List.of(theirs));
        List<Annotation> doc = merged.annotations();
        assertTrue(ConflictMarks.any(doc));
        for (Choice choice : Choice.values()) {
            Curation c = Curation.ofConflicts();
            List<Difference> ds = c.compare(doc).differences();
            assertEquals(1, ds.size());
            assertEquals(Kind.OTHER_DETAILS, ds.get(0).kind());
            List<Annotation> after = choose(c, doc, choice, ds);
            assertFalse(ConflictMarks.any(after), choice + " leaves no conflict mark");
            assertTrue(c.compare(after).differences().isEmpty());
            List<String> notes = after.stream().map(Annotation::note).sorted().toList();
            assertEquals(switch (choice) {
                case THEIRS -> List.of("theirs");
                case MINE -> List.of("mine");
                case BOTH -> List.of("mine", "theirs");
            }, notes, choice.toString());
            if (choice == Choice.THEIRS) {
                assertEquals("a", after.get(0).id(), "their version takes the place of mine");
            }
        }
    }

    @Test
    void aConflictDoesNotPairWithOtherAnnotationsOfMine() {
        Annotation base = ann("a", "assertion", 10, 20);
        Annotation changed = base.withNote("theirs", "2026-03-02T00:00:00Z");
        Annotation neighbour = ann("n", "quote", 12, 18);
        // deleted here, changed there: theirs comes back marked, next to a neighbour of mine it overlaps
        MergeResult merged = ThreeWayMerge.merge(List.of(base), List.of(neighbour), List.of(changed));
        Curation c = Curation.ofConflicts();
        List<Difference> ds = c.compare(merged.annotations()).differences();
        assertEquals(1, ds.size());
        assertEquals(Kind.ONLY_THEIRS, ds.get(0).kind());
        List<Annotation> after = choose(c, merged.annotations(), Choice.THEIRS, ds);
        assertEquals(List.of("a", "n"), after.stream().map(Annotation::id).sorted().toList());
    }

    @Test
    void mineThatTheyDeletedIsKeptOrDeleted() {
        // a merge kept my changed annotation although theirs deleted it, marked so that someone decides
        Annotation mine = ann("a", "assertion", 10, 20).withNote("mine", "t");
        Map<String, Object> conflict = Map.of("kind", "changed here, deleted there", "with", "a",
                "fields", List.of());
        Annotation marked = new Annotation("a", mine.label(), mine.start(), mine.end(), mine.attributes(), mine.note(),
                mine.creator(), mine.created(), mine.modified(), Map.of(ThreeWayMerge.CONFLICT, conflict));
        List<Annotation> doc = List.of(marked, ann("b", "quote", 30, 40));
        for (Choice choice : Choice.values()) {
            Curation c = Curation.ofConflicts();
            List<Difference> ds = c.compare(doc).differences();
            assertEquals(1, ds.size(), choice.toString());
            assertEquals(Kind.ONLY_MINE, ds.get(0).kind());
            List<Annotation> after = choose(c, doc, choice, ds);
            assertFalse(ConflictMarks.any(after));
            assertEquals(choice == Choice.THEIRS ? List.of("b") : List.of("a", "b"),
                    after.stream().map(Annotation::id).sorted().toList(), choice + ": theirs deleted it");
            assertTrue(c.compare(after).differences().isEmpty());
        }
    }

    /**
     * Seeded random pairs of annotation sets: every annotation is in exactly one difference or counted identical,
     * and taking theirs for every difference makes my annotations theirs, while taking both keeps every one of
     * mine and adds every one of theirs.
     */
    @Test
    void randomPairsResolveToTheirsOrToBoth() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            List<Annotation> mine = randomSet(random, "m");
            List<Annotation> theirs = new ArrayList<>(randomSet(random, "t"));
            mine.stream().filter(a -> random.nextInt(3) == 0).forEach(a -> theirs.add(random.nextBoolean() ? a
                    : a.withNote("changed", "x")));
            String where = "seed " + seed + ", round " + round;
            Comparison c = Differences.compare(mine, theirs);
            long mineListed = c.differences().stream().filter(d -> d.mine() != null).count();
            long theirsListed = c.differences().stream().filter(d -> d.theirs() != null).count();
            assertEquals(mine.size(), mineListed + c.identical(), where);
            assertEquals(theirs.size(), theirsListed + c.identical(), where);
            assertTrue(Differences.compare(mine, mine).differences().isEmpty(), where);

            Curation take = Curation.against(theirs);
            List<Annotation> taken = choose(take, mine, Choice.THEIRS, take.compare(mine).differences());
            Comparison left = Differences.compare(taken, theirs);
            assertTrue(left.differences().isEmpty(), where + ": " + left.differences());

            Curation both = Curation.against(theirs);
            List<Annotation> joined = choose(both, mine, Choice.BOTH, both.compare(mine).differences());
            assertTrue(both.compare(joined).differences().isEmpty(), where);
            assertTrue(Differences.compare(theirs, joined).differences().stream().allMatch(d -> d.mine() == null),
                    where + ": every one of theirs is in the result");
            assertTrue(joined.containsAll(mine), where);
        }
    }

    private static List<Annotation> randomSet(Random random, String prefix) {
        List<Annotation> set = new ArrayList<>();
        String[] labels = {"quote", "figure", "event"};
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(60);
            int end = start + 1 + random.nextInt(15);
            set.add(ann(prefix + i, labels[random.nextInt(labels.length)], start, end));
        }
        return set;
    }
}
