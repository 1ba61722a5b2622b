package org.factmark.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

/** A three-way merge of annotations by id: each case a colleague's change can meet. */
class ThreeWayMergeTest {
    private static Annotation claim(String id, String verdict, String note, String modified) {
        return new Annotation(id, "assertion", 10, 30, Map.of("claimant", "the minister", "verdict", verdict), note,
                "ana", "2026-11-01T09:00:00Z", modified, Map.of());
    }

    private static final Annotation BASE = claim("a1", "unrated", "", "2026-11-01T09:00:00Z");

    private static Annotation only(MergeResult r, String id) {
        return r.annotations().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theirChangeToAnAnnotationIUnchangedIsTaken() {
        Annotation theirs = claim("a1", "false", "checked with the ministry", "2026-11-02T09:00:00Z");
        MergeResult r = ThreeWayMerge.merge(List.of(BASE), List.of(BASE), List.of(theirs));
        assertEquals(List.of(theirs), r.annotations());
        assertEquals(List.of(theirs), r.updated());
        assertTrue(r.conflicts().isEmpty());
    }

    @Test
    void differentFieldsChangedOnEachSideAreCombined() {
        Annotation mine = claim("a1", "unrated", "my note", "2026-11-02T09:00:00Z");
        Annotation theirs = claim("a1", "false", "", "2026-11-03T09:00:00Z");
        MergeResult r = ThreeWayMerge.merge(List.of(BASE), List.of(mine), List.of(theirs));
        Annotation merged = only(r, "a1");
        assertEquals("my note", merged.note());
        assertEquals("false", merged.attributes().get("verdict"));
        assertEquals("2026-11-03T09:00:00Z", merged.modified(), "the later change's time");
        assertEquals(1, r.annotations().size());
        assertTrue(r.conflicts().isEmpty());
    }

    @Test
    void theSameFieldChangedDifferentlyKeepsMineAndAddsTheirsMarkedAsAConflict() {
        Annotation mine = claim("a1", "misleading", "mine", "2026-11-02T09:00:00Z");
        Annotation theirs = claim("a1", "false", "theirs", "2026-11-03T09:00:00Z");
        MergeResult r = ThreeWayMerge.merge(List.of(BASE), List.of(mine), List.of(theirs));
        assertEquals(mine, only(r, "a1"));
        assertEquals(2, r.annotations().size());
        Conflict c = r.conflicts().get(0);
        assertEquals(List.of("note", "attributes.verdict"), c.fields());
        Annotation copy = c.added();
        assertNotEquals("a1", copy.id());
        assertEquals("theirs", copy.note());
        assertEquals("false", copy.attributes().get("verdict"));
        assertEquals(Map.of("kind", "both changed", "with", "a1", "fields", List.of("note", "attributes.verdict")),
                copy.extra().get(ThreeWayMerge.CONFLICT));
        assertEquals(copy, only(r, copy.id()));
        assertEquals(1, r.joined());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        Annotation both = claim("a1", "false", "same", "2026-11-02T09:00:00Z");
        MergeResult r = ThreeWayMerge.merge(List.of(BASE), List.of(both), List.of(both));
        assertEquals(List.of(both), r.annotations());
        assertTrue(r.changesNothing());
    }

    @Test
    void addedOnEitherSideIsKeptAndDeletedUnchangedIsGone() {
        Annotation other = new Annotation("b2", "figure", 40, 45, Map.of(), "", "", "", "", Map.of());
        Annotation theirsNew = new Annotation("c3", "quote", 0, 5, Map.of(), "", "", "", "", Map.of());
        MergeResult r = ThreeWayMerge.merge(List.of(BASE, other), List.of(BASE), List.of(other, theirsNew));
        assertEquals(List.of(theirsNew), r.added());
        assertTrue(r.annotations().contains(theirsNew));
        assertTrue(r.annotations().stream().noneMatch(a -> a.id().equals("a1")), "they deleted it, I left it");
        assertEquals(List.of(BASE), r.removed());
        assertTrue(r.annotations().stream().noneMatch(a -> a.id().equals("b2")), "I deleted it, they left it");
    }

    @Test
    void deletedHereButChangedThereComesBackMarked() {
        Annotation theirs = claim("a1", "false", "", "2026-11-02T09:00:00Z");
        MergeResult r = ThreeWayMerge.merge(List.of(BASE), List.of(), List.of(theirs));
        Conflict c = r.conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_HERE_CHANGED_THERE, c.kind());
        assertEquals("false", only(r, "a1").attributes().get("verdict"));
        assertEquals("deleted here, changed there",
                ((Map<?, ?>) only(r, "a1").extra().get(ThreeWayMerge.CONFLICT)).get("kind"));
    }

    @Test
    void changedHereButDeletedThereStaysAndIsListed() {
        Annotation mine = claim("a1", "false", "", "2026-11-02T09:00:00Z");
        MergeResult r = ThreeWayMerge.merge(List.of(BASE), List.of(mine), List.of());
        assertEquals(List.of(mine), r.annotations());
        assertEquals(Conflict.Kind.CHANGED_HERE_DELETED_THERE, r.conflicts().get(0).kind());
        assertNull(r.conflicts().get(0).added());
    }

    @Test
    void numbersAreComparedByValueNotByHowTheyWereRead() {
        Annotation asInt = new Annotation("f", "figure", 0, 5, Map.of("value", 1200), "", "", "", "", Map.of());
        Annotation asDecimal = new Annotation("f", "figure", 0, 5, Map.of("value", new java.math.BigDecimal("1200.0")),
                "", "", "", "", Map.of());
        assertTrue(ThreeWayMerge.importInto(List.of(asInt), List.of(asDecimal)).changesNothing());
    }

    @Test
    void anImportIdenticalInEveryFieldIsAlreadyPresent() {
        MergeResult r = ThreeWayMerge.importInto(List.of(BASE), List.of(BASE));
        assertEquals(List.of(BASE), r.alreadyPresent());
        assertTrue(r.changesNothing());
    }

    @Test
    void anImportOnTheSameSpanAndLabelWithAnotherVerdictIsAddedAsAConflict() {
        Annotation theirs = new Annotation("x9", "assertion", 10, 30, Map.of("claimant", "the minister",
                "verdict", "false"), "a colleague's note", "", "", "", Map.of());
        MergeResult r = ThreeWayMerge.importInto(List.of(BASE), List.of(theirs));
        assertTrue(r.alreadyPresent().isEmpty());
        assertEquals(1, r.conflicts().size());
        assertEquals(List.of("note", "attributes.verdict"), r.conflicts().get(0).fields());
        assertEquals("x9", r.conflicts().get(0).added().id(), "its own id is free: it keeps it");
        assertEquals(2, r.annotations().size());
        assertEquals("a1", ((Map<?, ?>) r.conflicts().get(0).added().extra().get(ThreeWayMerge.CONFLICT)).get("with"));
    }

    @Test
    void anImportWithATakenIdButOtherContentIsAddedUnderANewIdAsAConflict() {
        Annotation theirs = claim("a1", "accurate", "", "2026-11-05T09:00:00Z");
        MergeResult r = ThreeWayMerge.importInto(List.of(BASE), List.of(theirs));
        assertEquals(1, r.conflicts().size());
        assertNotEquals("a1", r.conflicts().get(0).added().id());
        assertEquals(BASE, only(r, "a1"));
        MergeResult again = ThreeWayMerge.importInto(r.annotations(), List.of(theirs));
        assertTrue(again.changesNothing(), "importing the same file twice adds nothing the second time");
        assertEquals(1, again.alreadyPresent().size());
    }

    @Test
    void aFieldTheSourceDoesNotCarryIsNoDifference() {
        Annotation spanOnly = new Annotation("jsonl-random", "assertion", 10, 30, Map.of(), "", "", "", "", Map.of());
        MergeResult r = ThreeWayMerge.importInto(List.of(BASE), List.of(spanOnly));
        assertEquals(List.of(spanOnly), r.alreadyPresent());
    }
}
