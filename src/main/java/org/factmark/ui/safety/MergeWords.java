package org.factmark.ui.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factmark.edit.AnnotationDocument;
import org.factmark.merge.Conflict;
import org.factmark.merge.MergeResult;
import org.factmark.model.Annotation;

/** A merge's result in the window's words: one count line, and a line per conflict naming the annotation. */
public final class MergeWords {
    private MergeWords() {
    }

    /** "2 added, 1 updated, 1 conflict to resolve, 3 already here", or "nothing new". */
    public static String counts(MergeResult r) {
        List<String> parts = new ArrayList<>();
        add(parts, r.added().size(), "added");
        add(parts, r.updated().size(), "updated");
        add(parts, r.removed().size(), "removed");
        if (!r.conflicts().isEmpty()) {
            parts.add(r.conflicts().size() + (r.conflicts().size() == 1 ? " conflict" : " conflicts")
                    + " to resolve");
        }
        add(parts, r.alreadyPresent().size(), "already here");
        return parts.isEmpty() ? "nothing new" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }

    /** What the document holds for each conflict, one line each; empty when there were none. */
    public static String conflicts(AnnotationDocument doc, MergeResult r) {
        if (r.conflicts().isEmpty()) {
            return "";
        }
        return r.conflicts().size() + (r.conflicts().size() == 1 ? " change" : " changes")
                + " could not be combined:\n" + r.conflicts().stream().map(c -> "• " + line(doc, c))
                .collect(Collectors.joining("\n"))
                + "\n\nWhat was added for a conflict carries a \"conflict\" field in the sidecar; to resolve one, "
                + "keep what is right and delete the other.";
    }

    private static String line(AnnotationDocument doc, Conflict c) {
        Annotation a = c.mine() != null ? c.mine() : c.theirs();
        String what = quoted(doc, a) + " (" + a.label() + ")";
        String fields = c.fields().stream().map(f -> f.substring(f.indexOf('.') + 1))
                .collect(Collectors.joining(", "));
        return switch (c.kind()) {
            case BOTH_CHANGED -> what + ": " + fields + " changed on both sides; yours is kept, theirs was added "
                    + "beside it";
            case DELETED_HERE_CHANGED_THERE -> what + ": you deleted it and they changed it; theirs is back";
            case CHANGED_HERE_DELETED_THERE -> what + ": you changed it and they deleted it; yours is kept";
            case DIFFERS -> what + ": the imported one differs in " + fields + "; it was added beside yours";
        };
    }

    private static String quoted(AnnotationDocument doc, Annotation a) {
        String text = doc.text().substring(Math.min(a.start(), doc.text().length()),
                Math.min(a.end(), doc.text().length())).replaceAll("\\s+", " ");
        return "“" + (text.length() > 40 ? text.substring(0, 39) + "…" : text) + "”";
    }
}
