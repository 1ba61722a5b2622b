package org.factmark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;

/** Flight Recorder around one phase of the benchmark, sampling every millisecond, for finding where time goes. */
final class Profiling {
    private Profiling() {
    }

    static Recording start() {
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1)).withStackTrace();
        recording.enable("jdk.ObjectAllocationSample").withStackTrace();
        recording.start();
        return recording;
    }

    static void stop(Recording recording, Path file) {
        try {
            recording.stop();
            recording.dump(file);
            recording.close();
            System.out.println("  profile: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
