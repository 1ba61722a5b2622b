package org.factmark.ui.files;

import java.util.List;
import java.util.function.Function;
import org.factmark.reanchor.Reanchor;
import org.factmark.reanchor.ReanchorReport;

/** The words of the dialog shown when an article changed since it was annotated: what became of each annotation. */
public final class ReanchorSummary {
    private static final int MAX_LISTED = 12;

    private ReanchorSummary() {
    }

    /** The dialog's text; empty when the annotations were not looked for again (the article has not changed). */
    public static String of(ReanchorReport report) {
        if (!report.reanchored()) {
            return "";
        }
        StringBuilder s = new StringBuilder("The article's text differs from the one these annotations were made "
                + "on, so each annotation was looked for again.\n\n");
        s.append("Still in place: ").append(report.count(Reanchor.Status.KEPT)).append('\n');
        s.append("Found again elsewhere: ").append(report.count(Reanchor.Status.MOVED)).append('\n');
        s.append("Found with changed text (check them): ").append(report.count(Reanchor.Status.FUZZY)).append('\n');
        s.append("Not found: ").append(report.count(Reanchor.Status.ORPHANED));
        if (report.stoppedAtLimit()) {
            s.append(" (the search stopped at its limit, so some may be in the article: see the README)");
        }
        if (!report.orphaned().isEmpty()) {
            s.append(" — kept under \"orphans\" with their text and context, never dropped:");
            list(s, report.orphaned(), p -> named(p) + " (was at " + p.oldStart() + "–" + p.oldEnd() + ")");
        }
        if (!report.fuzzy().isEmpty()) {
            s.append("\n\nFound with changed text:");
            list(s, report.fuzzy(), p -> named(p) + " → “" + clip(p.newText()) + "”");
        }
        if (!report.moved().isEmpty()) {
            s.append("\n\nMoved (code-point offsets):");
            list(s, report.moved(), p -> named(p) + ": " + p.oldStart() + " → " + p.newStart());
        }
        return s.toString();
    }

    private static String named(ReanchorReport.Placed p) {
        return p.label() + " “" + clip(p.text()) + "”";
    }

    private static void list(StringBuilder s, List<ReanchorReport.Placed> items,
                             Function<ReanchorReport.Placed, String> line) {
        items.stream().limit(MAX_LISTED).forEach(item -> s.append("\n  • ").append(line.apply(item)));
        if (items.size() > MAX_LISTED) {
            s.append("\n  … and ").append(items.size() - MAX_LISTED).append(" more");
        }
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
