package org.factmark.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way Factmark writes a file: atomically, keeping the replaced file's mode, never through a link. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLinkAtTheTargetIsReplacedAndWhatItPointsAtIsUntouched() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), precious.getFileName());
        AtomicFiles.write(link, "a,b\n".getBytes());
        assertEquals("mine", Files.readString(precious));
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("a,b\n", Files.readString(link));
    }

    @Test
    void aDanglingLinkIsReplacedToo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), dir.resolve("missing/elsewhere.csv"));
        AtomicFiles.write(link, "x".getBytes());
        assertEquals("x", Files.readString(link));
        assertTrue(Files.notExists(dir.resolve("missing")), "nothing was made where the link pointed");
    }

    @Test
    void aFailedFillLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "old");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("a.json"), names());
    }

    @Test
    void aFolderAtTheTargetIsNamedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.csv"));
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(folder, new byte[] {1}));
        assertTrue(thrown.getMessage().contains("out.csv") && thrown.getMessage().contains("is a folder"),
                thrown.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aReplacedFileKeepsItsModeAndTheTemporaryFileIsGone() throws Exception {
        Path file = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, "new".getBytes());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("shared.json"), names());
    }

    @Test
    void copiesToNewNamesNeverReplaceOne() throws Exception {
        Path sidecar = Files.writeString(dir.resolve("s.json"), "v1");
        Files.setPosixFilePermissions(sidecar, PosixFilePermissions.fromString("rw-r-----"));
        Path first = AtomicFiles.copyToNewName(sidecar, "s.json.before-x");
        Files.writeString(sidecar, "v2");
        Path second = AtomicFiles.copyToNewName(sidecar, "s.json.before-x");
        assertEquals("s.json.before-x", first.getFileName().toString());
        assertEquals("s.json.before-x-2", second.getFileName().toString());
        assertEquals("v1", Files.readString(first));
        assertEquals("v2", Files.readString(second));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(second)));
    }
}
