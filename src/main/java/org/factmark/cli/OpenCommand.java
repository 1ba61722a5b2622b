package org.factmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the app on FILE, or on a FOLDER of articles (the desk).")
final class OpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|FOLDER", description = "the article, or the folder of articles, to open")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
            spec.commandLine().getErr().println("factmark: " + file + " does not exist or is not a file or folder");
            return FactmarkCli.ERROR;
        }
        FactmarkCli.startApp(new String[] {file.toString()});
        return FactmarkCli.OK;
    }
}
