package org.factmark.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.factmark.prefs.AppData;

/**
 * Quick start through class-data sharing. Most of a cold start is the JVM loading and linking the few
 * thousand classes of JavaFX, RichTextFX and the app; an archive of them, mapped in, saves about a third of a
 * second. A plain {@code java -jar} cannot ask for one, so the window is started in a second JVM that can:
 * the first time with {@code -XX:ArchiveClassesAtExit} (the archive is written as it exits), then with
 * {@code -XX:SharedArchiveFile}. This JVM only waits and passes on the exit code. The archive lives in the
 * app's own folder, named after the jar and the Java version, so a new build or a new Java makes a new one;
 * with {@code -Dfactmark.classArchive=false}, under a debugger or agent, or when not started from the jar,
 * the window starts right here as before.
 */
final class ClassArchive {
    static final String CHILD = "factmark.child";

    private ClassArchive() {
    }

    /**
     * Runs the window with {@code args} in a JVM with the archive and returns its exit code, or -1 when the
     * window should start in this JVM instead.
     */
    static int runWithArchive(String[] args) {
        Path jar = runningJar();
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jar == null || !wanted(options)) {
            return -1;
        }
        try {
            Path folder = AppData.folder().resolve("class-archive");
            Path archive = folder.resolve(name(jar));
            Path making = null;
            if (!Files.isRegularFile(archive)) {
                Files.createDirectories(folder);
                making = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            }
            List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java"), options,
                    archive, making, ManagementFactory.getRuntimeMXBean().getStartTime(), jar, args);
            Process window = new ProcessBuilder(command).inheritIO().start();
            // stopping this JVM (kill, logout) stops the window's too, which keeps its recovery copy as ever
            Runtime.getRuntime().addShutdownHook(new Thread(window::destroy));
            int code = window.waitFor();
            if (making != null && Files.isRegularFile(making)) {
                try {
                    keepOnly(folder, making, archive);
                } catch (IOException e) {
                    // kept for next time, or made again then: the window has run either way
                }
            }
            return code;
        } catch (IOException e) {
            return -1; // no second JVM: the window starts here, only more slowly
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Not in a child already, not turned off, and no option a second JVM must not repeat or would upset. */
    static boolean wanted(List<String> options) {
        if (System.getProperty(CHILD) != null || "false".equals(System.getProperty("factmark.classArchive"))) {
            return false;
        }
        return options.stream().noneMatch(o -> o.startsWith("-agentlib") || o.startsWith("-agentpath")
                || o.startsWith("-javaagent") || o.startsWith("-Xdebug") || o.startsWith("-Xrunjdwp")
                || o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit")
                || o.contains("FlightRecording"));
    }

    /** The second JVM's command line: this one's options, the archive's, and the same jar opening {@code args}. */
    static List<String> command(Path java, List<String> options, Path archive, Path making, long launchedAt,
            Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add(making == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + making);
        command.add("-Xshare:auto"); // an archive that does not fit is passed over, never an error
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + CHILD + "=true");
        command.add("-Dfactmark.launchedAt=" + launchedAt); // start-up is counted from this JVM's start
        command.add("-jar");
        command.add(jar.toString());
        if (args.length > 0) {
            command.add("open"); // the window's arguments are the files to open
            command.addAll(List.of(args));
        }
        return command;
    }

    /** The archive's name: it fits one jar (size and time) and one Java version only. */
    static String name(Path jar) throws IOException {
        return "factmark-" + Long.toHexString(Files.size(jar)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-java"
                + Runtime.version().toString().replaceAll("[^A-Za-z0-9.]", "_") + ".jsa";
    }

    private static void keepOnly(Path folder, Path made, Path archive) throws IOException {
        Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "factmark-*")) {
            for (Path each : old) {
                // made for an earlier build or Java, or left half-written by a window that was killed
                boolean stale = each.toString().endsWith(".jsa") ? !each.equals(archive)
                        : Files.getLastModifiedTime(each).toMillis() < hourAgo;
                if (stale) {
                    Files.deleteIfExists(each);
                }
            }
        }
    }

    /** The jar this runs from, or null when it runs from classes (the build, the tests, javafx:run). */
    private static Path runningJar() {
        try {
            Path where = Path.of(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return where.toString().endsWith(".jar") && Files.isRegularFile(where) ? where : null;
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
