package org.factmark.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save's sink: every byte in order with its hash, and nothing left running when a save is abandoned. */
class SyncedFileSinkTest {
    @TempDir
    Path dir;

    @Test
    void bytesWrittenInPiecesOfEverySizeArriveInOrderWithTheirHash() throws Exception {
        byte[] all = new byte[5 * 1024 * 1024 + 77]; // past several chunks and one force
        new Random(3).nextBytes(all);
        Path file = Files.createFile(dir.resolve("out.json"));
        String sha;
        try (SyncedFileSink sink = new SyncedFileSink(file)) {
            Random sizes = new Random(4);
            for (int at = 0; at < all.length; ) {
                if (sizes.nextInt(5) == 0) {
                    sink.write(all[at++]);
                } else {
                    int n = Math.min(all.length - at, sizes.nextInt(300_000));
                    sink.write(all, at, n);
                    at += n;
                }
            }
            sha = sink.finish();
        }
        assertArrayEquals(all, Files.readAllBytes(file));
        assertEquals(SidecarStore.sha256(all), sha);
    }

    @Test
    void savesOfEverySizeAroundTheBuffersAndTheChunkArriveWhole() throws Exception {
        Random random = new Random(5);
        for (int size : new int[] {0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300_000, 1024 * 1024 - 1,
                1024 * 1024, 1024 * 1024 + 1, 2 * 1024 * 1024}) {
            byte[] all = new byte[size];
            random.nextBytes(all);
            Path file = Files.createFile(dir.resolve("out-" + size + ".json"));
            String sha;
            try (SyncedFileSink sink = new SyncedFileSink(file)) {
                for (int at = 0; at < size; ) {
                    int n = Math.min(size - at, 1 + random.nextInt(40_000));
                    sink.write(all, at, n);
                    at += n;
                }
                sha = sink.finish();
            }
            assertArrayEquals(all, Files.readAllBytes(file), "size " + size);
            assertEquals(SidecarStore.sha256(all), sha, "size " + size);
        }
    }

    @Test
    void anAbandonedSaveLeavesNoWriterBehind() throws Exception {
        Path file = Files.createFile(dir.resolve("out.json"));
        try (SyncedFileSink sink = new SyncedFileSink(file)) {
            sink.write(new byte[3 * 1024 * 1024]); // as a serialiser would before it fails
        }
        Thread.sleep(50);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("factmark-save-writer") && t.isAlive()),
                "the writer thread has stopped");
    }
}
