package org.factmark.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command that starts this Factmark, for other programs (git) to run it. */
final class Launcher {
    private Launcher() {
    }

    /**
     * The installed launcher when running from it (the app image's {@code factmark}), else {@code java -jar}
     * the jar this runs from, else (classes in a folder: a build or the tests) {@code java -cp} this class path.
     */
    static String command() {
        String app = System.getProperty("jpackage.app-path");
        if (app != null && Files.isExecutable(Path.of(app))) {
            return quote(app);
        }
        String java = quote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path from = codeSource();
        if (from != null && Files.isRegularFile(from) && from.toString().endsWith(".jar")) {
            return java + " -jar " + quote(from.toAbsolutePath().toString());
        }
        return java + " -cp " + quote(System.getProperty("java.class.path")) + " " + FactmarkCli.class.getName();
    }

    private static Path codeSource() {
        try {
            var source = FactmarkCli.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /** One word for the POSIX shell git runs the driver with. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
