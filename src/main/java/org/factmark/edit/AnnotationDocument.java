package org.factmark.edit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.factmark.merge.MergeResult;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.ArticleText;
import org.factmark.model.LabelSchemaRef;
import org.factmark.model.LineIndex;
import org.factmark.model.SidecarContent;

/**
 * An open article with its annotations: every change goes through here, is recorded for undo, and is announced
 * as a {@link DocumentEvent.Edited} with the {@link Edit} that took effect (for undo, the inverse of the one
 * recorded), so views restyle only what changed.
 */
public final class AnnotationDocument {
    private final Path articlePath;
    /** Made from the immutable text; a race makes it twice, never wrong. */
    private volatile LineIndex lines;
    private volatile Tally tally;
    private final ArticleText article;
    private final AnnotationSet annotations;
    private final List<Map<String, Object>> orphans;
    private final Map<String, Object> topExtra;
    private Map<String, Object> documentExtra;
    private final History history = new History();
    private final List<Consumer<DocumentEvent.Edited>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private String creator;
    private boolean sidecarBroken;
    private Object savedRevision = History.START;
    private boolean differsFromDisk;
    private LabelSchemaRef labelSchema;
    private String diskSha;
    private List<Annotation> diskAnnotations = List.of();

    public AnnotationDocument(Path articlePath, ArticleText article, Collection<Annotation> annotations,
                              List<Map<String, Object>> orphans, Map<String, Object> topExtra,
                              Map<String, Object> documentExtra, boolean sidecarBroken, Clock clock) {
        this.articlePath = Objects.requireNonNull(articlePath);
        this.article = Objects.requireNonNull(article);
        this.annotations = new AnnotationSet(annotations);
        this.orphans = new ArrayList<>(orphans);
        this.topExtra = topExtra;
        this.documentExtra = documentExtra;
        this.sidecarBroken = sidecarBroken;
        this.clock = clock;
        this.creator = System.getProperty("user.name", "");
    }

    /** A document with no sidecar yet. */
    public static AnnotationDocument fresh(Path articlePath, ArticleText article) {
        return new AnnotationDocument(articlePath, article, List.of(), List.of(), Map.of(), Map.of(), false,
                Clock.systemUTC());
    }

    public Path articlePath() {
        return articlePath;
    }

    /** Where the article came from, as its sidecar's {@code document.source} says; null when it does not. */
    public org.factmark.model.DocumentSource source() {
        return documentExtra != null && documentExtra.get("source") instanceof Map<?, ?> map
                ? org.factmark.model.DocumentSource.fromMap(map) : null;
    }

    public ArticleText article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** The text's lines, indexed on first use (on whichever thread asks first; the index is the same). */
    public LineIndex lines() {
        LineIndex made = lines;
        if (made == null) {
            made = new LineIndex(article.text());
            lines = made;
        }
        return made;
    }

    /**
     * The counts per label and of rated assertions, made on first use (on whichever thread asks first) and
     * then kept up to date edit by edit, before the listeners hear of the edit.
     */
    public Tally tally() {
        Tally made = tally;
        if (made == null) {
            made = new Tally(annotations.all());
            tally = made;
        }
        return made;
    }

    /** Read-only use: change annotations only through this document's methods. */
    public AnnotationSet annotations() {
        return annotations;
    }

    /** The annotations that could not be found in the edited article, kept verbatim (read-only view). */
    public List<Map<String, Object>> orphans() {
        return java.util.Collections.unmodifiableList(orphans);
    }

    public boolean sidecarBroken() {
        return sidecarBroken;
    }

    /** SHA-256 of the sidecar bytes this document last read or wrote; null when there was none. */
    public String diskSha() {
        return diskSha;
    }

    /** The annotations of the sidecar as last read, written or merged from: the base of the next merge. */
    public List<Annotation> diskAnnotations() {
        return diskAnnotations;
    }

    /** Records the sidecar as it now is on disk: its hash (null: none) and its annotations. */
    public void setDiskVersion(String sha, List<Annotation> onDisk) {
        this.diskSha = sha;
        this.diskAnnotations = AnnotationSet.unchangeable(onDisk);
    }

    /** Replaces every annotation by those given (a previous version being restored), as one undoable step. */
    public void replaceAll(String description, Collection<Annotation> replacement) {
        List<Annotation> before = annotations.all();
        if (before.equals(new ArrayList<>(replacement).stream().sorted(org.factmark.model.SpanOrder.ORDER).toList())) {
            return;
        }
        perform(new Edit(description, before, List.copyOf(replacement)));
    }

    /** The label schema the next save records as the one the annotations were made with. */
    public void setLabelSchema(LabelSchemaRef schema) {
        this.labelSchema = schema;
    }

    public void setCreator(String creator) {
        this.creator = creator == null ? "" : creator;
    }

    /** Hears every change as it takes effect, with its cause (a save is not a change: it is not heard). */
    public void listen(Consumer<DocumentEvent.Edited> listener) {
        listeners.add(listener);
    }

    public void addListener(Consumer<Edit> listener) {
        listen(event -> listener.accept(event.change()));
    }

    /**
     * Labels {@code [from, to)} after trimming whitespace at both ends. Nothing happens (empty result) when
     * only whitespace is selected or an annotation with that label and span already exists.
     */
    public Optional<Annotation> label(int from, int to, String label) {
        int[] span = SpanTrimmer.trim(article.text(), from, to);
        if (span[0] >= span[1]) {
            return Optional.empty();
        }
        boolean duplicate = annotations.overlapping(span[0], span[1]).stream()
                .anyMatch(a -> a.start() == span[0] && a.end() == span[1] && a.label().equals(label));
        if (duplicate) {
            return Optional.empty();
        }
        Annotation added = Annotation.create(label, span[0], span[1], creator, now());
        perform(new Edit("Add " + label, List.of(), List.of(added)));
        return Optional.of(added);
    }

    /**
     * Adds annotations made elsewhere in one undoable step, as an import does: identical ones are already
     * present, differing ones join as conflicts (see {@link ThreeWayMerge#importInto}). Returns what was found.
     */
    public MergeResult addAll(String description, Collection<Annotation> incoming) {
        MergeResult merged = ThreeWayMerge.importInto(annotations.all(), incoming);
        applyMerge(description, merged);
        return merged;
    }

    /**
     * Makes the document hold what a merge made, in one undoable step (none when nothing changes). Annotations
     * new to the document that carry no creator or time get this document's annotator and the time now.
     */
    public void applyMerge(String description, MergeResult merged) {
        String stamp = now();
        Map<String, Annotation> target = new java.util.LinkedHashMap<>(); // in span order, as the views expect
        for (Annotation a : merged.annotations()) {
            boolean fresh = annotations.get(a.id()).isEmpty();
            target.put(a.id(), !fresh ? a : new Annotation(a.id(), a.label(), a.start(), a.end(), a.attributes(),
                    a.note(), a.creator().isEmpty() ? creator : a.creator(),
                    a.created().isEmpty() ? stamp : a.created(), a.modified().isEmpty() ? stamp : a.modified(),
                    a.extra()));
        }
        List<Annotation> before = annotations.all().stream().filter(a -> !a.equals(target.get(a.id()))).toList();
        List<Annotation> after = target.values().stream()
                .filter(a -> !a.equals(annotations.get(a.id()).orElse(null))).toList();
        if (!before.isEmpty() || !after.isEmpty()) {
            perform(new Edit(description, before, after));
        }
    }

    /**
     * Gives an orphan a place again: the annotation it was, with its label, details and note, on {@code [from,
     * to)} (trimmed), in one undoable step that also takes it off the orphan list.
     */
    public Optional<Annotation> reattach(Map<String, Object> orphan, int from, int to) {
        int[] span = SpanTrimmer.trim(article.text(), from, to);
        if (span[0] >= span[1] || orphans.stream().noneMatch(o -> o == orphan)) {
            return Optional.empty();
        }
        String id = String.valueOf(orphan.getOrDefault("id", java.util.UUID.randomUUID().toString()));
        if (annotations.get(id).isPresent()) {
            id = java.util.UUID.randomUUID().toString();
        }
        Annotation placed = Orphans.placed(orphan, id, span[0], span[1], now());
        perform(new Edit("Re-attach " + placed.label(), List.of(), List.of(placed), List.of(orphan), List.of()));
        return Optional.of(placed);
    }

    /** Deletes an orphan for good, in an undoable step. */
    public void deleteOrphan(Map<String, Object> orphan) {
        if (orphans.stream().anyMatch(o -> o == orphan)) {
            perform(new Edit("Delete orphan", List.of(), List.of(), List.of(orphan), List.of()));
        }
    }

    /** Deletes the annotations with these ids in one undoable step; unknown ids are ignored. */
    public void delete(Collection<String> ids) {
        List<Annotation> gone = present(ids);
        if (!gone.isEmpty()) {
            perform(new Edit(gone.size() == 1 ? "Delete " + gone.get(0).label() : "Delete " + gone.size()
                    + " annotations", gone, List.of()));
        }
    }

    /** Gives the annotations with these ids a new label in one undoable step. */
    public List<Annotation> relabel(Collection<String> ids, String label) {
        List<Annotation> before = present(ids).stream().filter(a -> !a.label().equals(label)).toList();
        if (before.isEmpty()) {
            return List.of();
        }
        String stamp = now();
        List<Annotation> after = before.stream().map(a -> a.withLabel(label, stamp)).toList();
        perform(new Edit("Relabel as " + label, before, after));
        return after;
    }

    /** Replaces annotations by updated versions with the same ids (span, note, attributes) in one step. */
    public void update(String description, List<Annotation> updated) {
        List<Annotation> before = new ArrayList<>();
        List<Annotation> after = new ArrayList<>();
        String stamp = now();
        for (Annotation u : updated) {
            annotations.get(u.id()).filter(old -> !old.equals(u)).ifPresent(old -> {
                before.add(old);
                after.add(new Annotation(u.id(), u.label(), u.start(), u.end(), u.attributes(), u.note(),
                        u.creator(), u.created(), stamp, u.extra()));
            });
        }
        if (!before.isEmpty()) {
            perform(new Edit(description, before, after));
        }
    }

    /**
     * Like {@link #update} for one annotation, but while the same typing goes on (the same {@code typing}
     * token) the changes are folded into one undo step (see {@link History#recordTyping}).
     */
    public void updateTyping(String description, Annotation updated, Object typing) {
        Annotation old = annotations.get(updated.id()).orElse(null);
        if (old == null || Edit.sameContent(old, updated)) {
            return;
        }
        Annotation stamped = new Annotation(updated.id(), updated.label(), updated.start(), updated.end(),
                updated.attributes(), updated.note(), updated.creator(), updated.created(), now(), updated.extra());
        Edit step = history.recordTyping(new Edit(description, List.of(old), List.of(stamped)), typing, savedRevision);
        step.apply(annotations, orphans);
        changed(step, DocumentEvent.Cause.EDIT);
    }

    public boolean undo() {
        return history.popUndo().map(edit -> {
            edit.revert(annotations, orphans);
            changed(edit.inverse(), DocumentEvent.Cause.UNDO);
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        return history.popRedo().map(edit -> {
            edit.apply(annotations, orphans);
            changed(edit, DocumentEvent.Cause.REDO);
            return true;
        }).orElse(false);
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public Optional<String> undoDescription() {
        return history.nextUndo();
    }

    public Optional<String> redoDescription() {
        return history.nextRedo();
    }

    /** True while there are changes since the last save (undoing back to the saved state makes it false). */
    public boolean isDirty() {
        return differsFromDisk || history.revision() != savedRevision;
    }

    /**
     * Records that what was read differs from what is on disk although the user changed nothing — the
     * annotations were re-anchored in an edited article — so the document counts as unsaved until saved.
     */
    public void markDiffersFromDisk() {
        differsFromDisk = true;
    }

    /** An opaque token naming the current state; pass it to {@link #markSaved} with the snapshot saved. */
    public Object revision() {
        return history.revision();
    }

    /** What a save writes: a snapshot that later edits do not change, safe to serialise on another thread. */
    public SidecarContent snapshot() {
        return new SidecarContent(article, annotations.frozen(), List.copyOf(orphans), topExtra, documentExtra,
                labelSchema);
    }

    /** The reading direction chosen for the article ({@code document.direction}). */
    public org.factmark.model.TextDirection direction() {
        return org.factmark.model.TextDirection.in(documentExtra);
    }

    /** Sets the reading direction ({@code document.direction}): one undoable step, none if unchanged. */
    public void setDirection(org.factmark.model.TextDirection direction) {
        DocumentChange.direction(documentExtra, direction).ifPresent(this::perform);
    }

    /** Sets the status ({@code document.status}) by this annotator now: one undoable step, none if unchanged. */
    public void setStatus(String value) {
        DocumentChange.status(documentExtra, value, creator, now()).ifPresent(this::perform);
    }

    /** Records that the snapshot taken at {@code revisionSaved} is on disk (whoever saved announces it). */
    public void markSaved(Object revisionSaved) {
        savedRevision = revisionSaved;
        sidecarBroken = false;
        differsFromDisk = false;
    }

    private void perform(Edit edit) {
        edit.apply(annotations, orphans);
        history.record(edit);
        changed(edit, DocumentEvent.Cause.EDIT);
    }

    private void changed(Edit effective, DocumentEvent.Cause cause) {
        documentExtra = effective.documentFrom(documentExtra);
        Tally counted = tally;
        if (counted != null) {
            counted.apply(effective);
        }
        listeners.forEach(l -> l.accept(new DocumentEvent.Edited(this, effective, cause)));
    }

    private List<Annotation> present(Collection<String> ids) {
        return ids.stream().distinct().map(annotations::get).flatMap(Optional::stream).toList();
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
