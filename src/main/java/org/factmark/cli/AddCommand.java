package org.factmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.factmark.add.AddArticle;
import org.factmark.add.ExtractionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Make an annotatable article of each SOURCE: a web address (http/https) or a file "
                + "(.html, .htm, .pdf, .docx, .md, .txt).",
            "Writes NAME.txt (the article's text), NAME.source.EXT (the original, byte for byte) and "
                + "NAME.txt.annotations.json (no annotations yet; where the article came from) into FOLDER, "
                + "never over an existing file, and prints each article's path.",
            "Exit 0: all added; 1: some could not be added (the others were); 2: none could, or a usage error."})
final class AddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE")
    List<String> sources;

    @Option(names = "--into", paramLabel = "FOLDER", description = "Where the files go (default: this folder).")
    Path into = Path.of("");

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "The longest a page's whole download may take (default: ${DEFAULT-VALUE}).")
    double timeout = 30;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS",
            description = "The longest to wait for a server to answer (default: ${DEFAULT-VALUE}).")
    double connectTimeout = 10;

    @Option(names = "--whole-page",
            description = "Take the whole page's text, for a web page in which no article is found.")
    boolean wholePage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = into.toString().isEmpty() ? Path.of("").toAbsolutePath() : into;
        if (!Files.isDirectory(folder)) {
            err.println("factmark: add: the folder " + into + " does not exist");
            return FactmarkCli.ERROR;
        }
        if (!(timeout > 0) || !(connectTimeout > 0)) {
            err.println("factmark: add: --timeout and --connect-timeout must be more than 0 seconds");
            return FactmarkCli.ERROR;
        }
        AddArticle adder = new AddArticle(AddArticle.Options.into(folder)
                .withTimeout(Duration.ofMillis(Math.round(timeout * 1000)))
                .withConnect(Duration.ofMillis(Math.round(connectTimeout * 1000)))
                .withWholePage(wholePage));
        int added = 0;
        for (String source : sources) {
            try {
                out.println(adder.add(source).article());
                out.flush();
                added++;
            } catch (ExtractionException | IOException e) {
                err.println("factmark: " + source + ": " + e.getMessage());
                err.flush();
            }
        }
        return added == sources.size() ? FactmarkCli.OK : added > 0 ? FactmarkCli.PROBLEMS : FactmarkCli.ERROR;
    }
}
