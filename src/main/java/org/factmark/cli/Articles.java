package org.factmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.factmark.article.ArticleException;
import org.factmark.formats.ExportInput;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.reanchor.Reanchor;
import org.factmark.reanchor.ReanchorReport;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;

/** Opening articles for the commands, with problems reported on stderr naming the file. */
final class Articles {
    private Articles() {
    }

    /** The article with its sidecar and labels, or empty (after saying why) when it cannot be used. */
    static Optional<Loaded> open(Path article, PrintWriter err) {
        return open(article, err, code -> { });
    }

    /**
     * As {@link #open(Path, PrintWriter)}; when it cannot be used, {@code failed} is told the exit code that
     * fits: {@link FactmarkCli#PROBLEMS} for a sidecar that breaks the contract, {@link FactmarkCli#ERROR} for
     * an article that cannot be read.
     */
    static Optional<Loaded> open(Path article, PrintWriter err, java.util.function.IntConsumer failed) {
        try {
            OpenedDocument opened = SidecarStore.open(article);
            if (opened.sidecarProblem().isPresent()) {
                err.println("factmark: " + opened.sidecarProblem().get());
                failed.accept(FactmarkCli.PROBLEMS);
                return Optional.empty();
            }
            LabelSchemaLoader.Loaded labels = LabelSchemaLoader.forArticle(article);
            labels.problem().ifPresent(p -> err.println("factmark: warning: " + p.lines().findFirst().orElse(p)));
            return Optional.of(new Loaded(opened, new ExportInput(article, opened.content(), labels.labels())));
        } catch (ArticleException e) {
            err.println("factmark: " + e.getMessage());
            failed.accept(FactmarkCli.ERROR);
            return Optional.empty();
        }
    }

    record Loaded(OpenedDocument opened, ExportInput input) {
    }

    /** The word the command line prints for a re-anchoring status, as in {@code moved 3}. */
    static String statusWord(Reanchor.Status status) {
        return switch (status) {
            case KEPT -> "anchored";
            case MOVED -> "moved";
            case FUZZY -> "fuzzy";
            case ORPHANED -> "orphaned";
        };
    }

    /**
     * What became of the annotations of an article that changed, a line each for the terminal: the counts,
     * then every annotation that was not found or was found with changed text.
     */
    static java.util.List<String> reanchorLines(ReanchorReport report) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("Still in place: " + report.count(Reanchor.Status.KEPT));
        lines.add("Found again elsewhere: " + report.count(Reanchor.Status.MOVED));
        lines.add("Found with changed text (check them): " + report.count(Reanchor.Status.FUZZY));
        lines.add("Not found: " + report.count(Reanchor.Status.ORPHANED) + (report.stoppedAtLimit()
                ? " (the search stopped at its limit, so some may be in the article: see the README)" : ""));
        report.orphaned().forEach(p -> lines.add("not found: " + p.label() + " “" + clip(p.text()) + "” (was at "
                + p.oldStart() + "–" + p.oldEnd() + ")"));
        report.fuzzy().forEach(p -> lines.add("changed: " + p.label() + " “" + clip(p.text()) + "” → “"
                + clip(p.newText()) + "”"));
        return lines;
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
