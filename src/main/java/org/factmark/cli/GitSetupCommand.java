package org.factmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factmark.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "git-setup", mixinStandardHelpOptions = true,
        description = {"Make git merge sidecars with Factmark in this repository: adds "
            + "'*.annotations.json merge=factmark' to .gitattributes and the merge driver to the repository's "
            + "git config, pointing at this Factmark. Running it again changes nothing (or updates the driver's path)."})
final class GitSetupCommand implements Callable<Integer> {
    static final String ATTRIBUTE = "*.annotations.json merge=factmark";

    @Spec
    CommandSpec spec;

    @Option(names = "--repository", paramLabel = "DIR", description = "a folder in the repository (default: here)")
    Path repository = Path.of(".");

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Git.Run top = Git.run(repository, "rev-parse", "--show-toplevel");
        if (top.code() != 0) {
            err.println("factmark: " + repository.toAbsolutePath().normalize() + " is not in a git repository"
                    + (top.output().isBlank() ? "" : " (" + top.output().lines().findFirst().orElse("") + ")"));
            return FactmarkCli.ERROR;
        }
        Path root = Path.of(top.output().strip());
        Path attributes = root.resolve(".gitattributes");
        String old = Files.exists(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
        if (old.lines().map(String::strip).anyMatch(ATTRIBUTE::equals)) {
            out.println(".gitattributes already has " + ATTRIBUTE);
        } else {
            String text = old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + ATTRIBUTE + "\n";
            AtomicFiles.write(attributes, text.getBytes(StandardCharsets.UTF_8));
            out.println("added to " + attributes + ": " + ATTRIBUTE);
        }
        String driver = Launcher.command() + " merge-driver %O %A %B %P";
        for (List<String> setting : List.of(List.of("merge.factmark.name", "Factmark annotations, merged by id and field"),
                List.of("merge.factmark.driver", driver))) {
            Git.Run set = Git.run(root, "config", setting.get(0), setting.get(1));
            if (set.code() != 0) {
                err.println("factmark: git config " + setting.get(0) + " failed in " + root + ": " + set.output().strip());
                return FactmarkCli.ERROR;
            }
        }
        out.println("merge.factmark.driver = " + driver);
        out.flush();
        return FactmarkCli.OK;
    }
}
