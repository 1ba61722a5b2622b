package org.factmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factmark.edit.Statistics;
import org.factmark.formats.ExportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count each ARTICLE's annotations per label, its assertions per verdict and its annotations per annotator.",
            "Given a FOLDER: the figures of every article in it and its sub-folders, each status, and the "
                    + "verdicts by the articles' month."})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE|FOLDER")
    List<Path> articles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = FactmarkCli.OK;
        for (Path article : articles) {
            if (java.nio.file.Files.isDirectory(article)) {
                try {
                    code = Math.max(code, FolderStatsReport.print(article, out, err));
                } catch (java.io.IOException e) {
                    err.println("factmark: " + e.getMessage());
                    code = FactmarkCli.ERROR;
                }
                continue;
            }
            Optional<Articles.Loaded> loaded = Articles.open(article, err);
            if (loaded.isEmpty()) {
                code = FactmarkCli.ERROR;
                continue;
            }
            ExportInput input = loaded.get().input();
            Statistics stats = Statistics.of(input.labels(), input.content().annotations());
            out.println(article + ": " + input.content().annotations().size() + " annotations; "
                    + stats.progress());
            table(out, "label", stats.byLabel(), id -> input.labels().nameOf(id).toLowerCase(java.util.Locale.ROOT));
            if (stats.hasVerdicts() && stats.assertions() > 0) {
                table(out, "verdict", stats.verdicts(), v -> v);
            }
            table(out, "annotator", stats.byCreator(), who -> who.isEmpty() ? "(no name)" : who);
            if (stats.missingRequired() > 0) {
                out.println("  " + stats.missingRequired() + " annotations missing required details");
            }
        }
        out.flush();
        return code;
    }

    private static void table(PrintWriter out, String heading, Map<String, Integer> counts,
                              java.util.function.UnaryOperator<String> name) {
        out.println("  " + heading);
        counts.forEach((key, n) -> out.printf("    %-18s %5d%n", name.apply(key), n));
    }
}
