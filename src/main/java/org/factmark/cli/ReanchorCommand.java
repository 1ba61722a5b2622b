package org.factmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factmark.io.AtomicFiles;
import org.factmark.reanchor.Reanchor;
import org.factmark.sidecar.SidecarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reanchor", mixinStandardHelpOptions = true,
        description = {"Place the annotations of an edited ARTICLE again and write the re-anchored sidecar.",
            "The previous sidecar is kept as ARTICLE.annotations.json.before-reanchor-<time>. Prints one line per "
                + "status (anchored, moved, fuzzy, orphaned) with its count; orphans stay in the sidecar."})
final class ReanchorCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE")
    Path article;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Articles.Loaded> loaded = Articles.open(article, err);
        if (loaded.isEmpty()) {
            return FactmarkCli.ERROR;
        }
        var opened = loaded.get().opened();
        if (opened.statusCounts().isEmpty()) {
            out.println("anchored " + opened.content().annotations().size());
            err.println(article + ": the article has not changed since it was annotated; nothing to do");
            out.flush();
            return FactmarkCli.OK;
        }
        Path sidecar = SidecarStore.sidecarFor(article);
        Path backup = AtomicFiles.copyToNewName(sidecar, sidecar.getFileName() + ".before-reanchor-"
                + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
        SidecarStore.save(article, opened.content(), false);
        opened.statusCounts().forEach((status, n) -> out.println(Articles.statusWord(status) + " " + n));
        out.flush();
        err.println("wrote " + sidecar.getFileName() + "; the previous one is kept as " + backup.getFileName());
        return opened.statusCounts().getOrDefault(Reanchor.Status.ORPHANED, 0) > 0 ? FactmarkCli.PROBLEMS : FactmarkCli.OK;
    }
}
