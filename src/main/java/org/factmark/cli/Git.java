package org.factmark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running the {@code git} command in a folder. */
final class Git {
    private Git() {
    }

    /** What git printed (stdout and stderr together) and its exit code; 127 when git could not be started. */
    record Run(int code, String output) {
    }

    static Run run(Path folder, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice()))).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(124, "git did not answer within a minute");
            }
            return new Run(p.exitValue(), output);
        } catch (IOException e) {
            return new Run(127, "git could not be started: " + e.getMessage());
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
