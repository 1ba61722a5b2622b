package org.factmark.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of {@code factmark.jar}: with no arguments, or {@code open FILE}, it starts the app;
 * with another sub-command it runs headless, without starting JavaFX or needing a display.
 * Exit codes: 0 success, 1 problems found, 2 usage or I/O error.
 */
@Command(name = "factmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mark up news articles for fact-checking; export, import, validate and count annotations.",
        subcommands = {OpenCommand.class, AddCommand.class, ExportCommand.class, ImportCommand.class, ValidateCommand.class,
                StatsCommand.class, ReanchorCommand.class, AgreeCommand.class, ClaimsCommand.class,
                SearchCommand.class, MergeDriverCommand.class, GitSetupCommand.class, SuggestCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class FactmarkCli implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int ERROR = 2;

    public static void main(String[] args) {
        if (args.length == 0) {
            startApp(args);
            return;
        }
        if (opensAFile(args)) { // the everyday case goes straight to the window: the parser costs start-up time
            startApp(new String[] {args[1]});
            return;
        }
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != OK || !args[0].equals("open")) {
            System.exit(code);
        }
    }

    /** {@code open FILE} with FILE an existing file: nothing for the parser to check or say. */
    static boolean opensAFile(String[] args) {
        try {
            return args.length == 2 && args[0].equals("open") && !args[1].startsWith("-")
                    && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[1]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Runs a command line and returns its exit code; the tests call this, as {@link #main} does. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FactmarkCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            // an I/O problem names its file; anything else is a fault of Factmark's, said as one
            err.println("factmark: " + (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
                    ? e.getMessage() : "internal error (please report it): " + e));
            return ERROR;
        });
        return guarded(args, err, () -> cli.execute(args));
    }

    /**
     * Runs a command, turning what no check of the input foresaw (the heap or the stack running out) into a
     * one-line message and exit 2: exit 1 means the files were read and have problems.
     */
    static int guarded(String[] args, PrintWriter err, java.util.function.IntSupplier command) {
        String name = args.length > 0 && !args[0].startsWith("-") ? args[0] + " " : "";
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("factmark: " + name + "ran out of memory: the files are too large for the memory Java was "
                    + "given (java -Xmx4g -jar factmark.jar … gives it more)");
        } catch (StackOverflowError e) {
            err.println("factmark: " + name + "stopped: the input is nested or repeated too deeply to process");
        }
        err.flush();
        return ERROR;
    }

    @Override
    public void run() {
        startApp(new String[0]);
    }

    /**
     * Starts the JavaFX app by name, in this JVM, so that nothing here loads JavaFX unless the window is wanted.
     */
    static void startApp(String[] args) {
        try {
            Class.forName("org.factmark.ui.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the app could not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the app is not in this build", e);
        }
    }
}
