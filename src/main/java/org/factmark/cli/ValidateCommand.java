package org.factmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factmark.formats.ExportInput;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeCheck;
import org.factmark.reanchor.ReanchorReport;
import org.factmark.sidecar.SidecarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check each ARTICLE's sidecar against the contract and the article.",
            "Prints OK per good sidecar; problems go to stderr. Details that do not fit the label schema are "
                + "reported as warnings; merge conflicts left unresolved are problems (exit 1)."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE")
    List<Path> articles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = FactmarkCli.OK;
        for (Path article : articles) {
            Path sidecar = SidecarStore.sidecarFor(article);
            if (Files.isRegularFile(article) && !Files.exists(sidecar)) {
                err.println("factmark: " + sidecar + " does not exist: " + article.getFileName()
                        + " has no annotations yet");
                code = Math.max(code, FactmarkCli.PROBLEMS);
                continue;
            }
            int[] failure = {FactmarkCli.PROBLEMS};
            Optional<Articles.Loaded> loaded = Articles.open(article, err, c -> failure[0] = c);
            if (loaded.isEmpty()) {
                code = Math.max(code, failure[0]); // an article that cannot be read is an error, as in every command
                continue;
            }
            ReanchorReport moved = loaded.get().opened().reanchor();
            if (moved.reanchored()) {
                err.println("factmark: " + sidecar + ": the article changed since it was annotated "
                        + "(factmark reanchor writes the annotations where they are now found).");
                Articles.reanchorLines(moved).forEach(line -> err.println("  " + line));
                loaded.get().opened().statusCounts()
                        .forEach((status, n) -> out.println(Articles.statusWord(status) + " " + n));
                code = Math.max(code, FactmarkCli.PROBLEMS);
                continue;
            }
            ExportInput input = loaded.get().input();
            int warnings = 0;
            for (Annotation a : input.content().annotations()) {
                for (String problem : AttributeCheck.problems(input.labels(), a)) {
                    err.println("factmark: warning: " + sidecar.getFileName() + ": " + a.label() + " “"
                            + clip(input.content().article().text().substring(a.start(), a.end())) + "”: " + problem);
                    warnings++;
                }
            }
            if (Conflicts.report(sidecar, input.content(), err)) {
                code = Math.max(code, FactmarkCli.PROBLEMS);
                continue;
            }
            out.println("OK: " + sidecar + " (" + input.content().annotations().size() + " annotations"
                    + (warnings > 0 ? ", " + warnings + " details to complete" : "") + ")");
        }
        out.flush();
        return code;
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 50 ? one.substring(0, 49) + "…" : one;
    }
}
