package org.factmark.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.factmark.model.Annotation;

/**
 * A curation under way: my document against their annotations (another annotator's sidecar, another version of
 * mine), or against the conflicts a merge left in my own sidecar. The differences are found again from the
 * document after every change, so an undo in the document brings a difference back; a choice that changes
 * nothing in my document (keeping mine) is remembered here instead.
 */
public final class Curation {
    private final List<Annotation> theirs;
    private final Set<Difference> kept = new HashSet<>();
    /** Mine the user kept beside theirs: not listed again as only mine. */
    private final Set<Annotation> keptBeside = new HashSet<>();
    private Map<Annotation, Annotation> marked = new IdentityHashMap<>();

    private Curation(List<Annotation> theirs) {
        this.theirs = theirs;
    }

    /** Comparing with their annotations of the same article. */
    public static Curation against(Collection<Annotation> theirs) {
        return new Curation(List.copyOf(theirs));
    }

    /** Resolving the conflicts marked in the document itself (see {@link ConflictMarks}). */
    public static Curation ofConflicts() {
        return new Curation(null);
    }

    public boolean resolvesConflicts() {
        return theirs == null;
    }

    /** The differences still to decide between the document's annotations and theirs. */
    public Comparison compare(Collection<Annotation> document) {
        Comparison found;
        if (theirs == null) {
            ConflictMarks split = ConflictMarks.split(document);
            marked = split.marked();
            Comparison all = Differences.compare(split.mine(), split.theirs(), true);
            found = new Comparison(all.differences().stream().filter(d -> d.kind() != Kind.ONLY_MINE
                    || marked.containsKey(d.mine())).toList(), all.identical());
        } else {
            found = Differences.compare(document, theirs);
        }
        List<Difference> open = found.differences().stream().filter(d -> !kept.contains(d)
                && !(d.kind() == Kind.ONLY_MINE && keptBeside.contains(d.mine()))).toList();
        return new Comparison(open, found.identical());
    }

    /**
     * What {@code choice} does to the document for these differences (found by the last {@link #compare}), as
     * one step; {@code inUse} says whether an id is taken in the document. Theirs keeps its id unless that is in
     * use by an annotation that stays, then it gets a new one.
     */
    public Change choose(Choice choice, List<Difference> chosen, Predicate<String> inUse) {
        List<Annotation> remove = new ArrayList<>();
        List<Annotation> add = new ArrayList<>();
        Set<String> leaving = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (Difference d : chosen) {
            Annotation copy = d.theirs() == null ? null : marked.get(d.theirs());
            if (copy != null) {
                remove.add(copy);
                leaving.add(copy.id());
            }
            Annotation mineMarked = d.mine() == null ? null : marked.get(d.mine());
            if (mineMarked != null) { // mine, marked as deleted by them: kept unmarked, or deleted
                remove.add(mineMarked);
                if (choice != Choice.THEIRS) {
                    add.add(d.mine());
                    taken.add(d.mine().id());
                }
            } else if (choice == Choice.THEIRS && d.mine() != null) {
                remove.add(d.mine());
                leaving.add(d.mine().id());
            }
            if (choice == Choice.MINE && copy == null && mineMarked == null) {
                kept.add(d);
            }
            if (choice == Choice.BOTH && d.mine() != null) {
                keptBeside.add(d.mine());
            }
        }
        for (Difference d : chosen) {
            if (choice != Choice.MINE && d.theirs() != null) {
                Annotation t = d.theirs();
                String id = t.id();
                if (taken.contains(id) || inUse.test(id) && !leaving.contains(id)) {
                    Annotation copy = marked.get(t);
                    id = copy != null && !taken.contains(copy.id()) ? copy.id() : UUID.randomUUID().toString();
                }
                taken.add(id);
                add.add(id.equals(t.id()) ? t : new Annotation(id, t.label(), t.start(), t.end(), t.attributes(),
                        t.note(), t.creator(), t.created(), t.modified(), t.extra()));
            }
        }
        return new Change(remove, add);
    }
}
