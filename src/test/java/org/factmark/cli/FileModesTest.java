package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factmark.prefs.Preferences;
import org.factmark.prefs.RecentFiles;
import org.factmark.recovery.WorkStore;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12.3: every file Factmark writes keeps the permissions (and group) of the file it replaces, and a
 * new file gets what the umask gives any new file — never the 0600 of a temporary file. Each writer is run
 * once over an existing file with an unusual mode and group, and once where its file does not exist yet.
 */
class FileModesTest {
    @TempDir
    Path dir;
    Path article;
    Path sidecar;

    /** One thing that writes a file: {@code file} says which file, {@code write} makes it write it. */
    record Writer(String name, Step file, Step write) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Step {
        Path run(FileModesTest t) throws Exception;
    }

    static Stream<Writer> writers() {
        return Stream.of(
                new Writer("save a sidecar", t -> t.sidecar,
                        t -> SidecarStore.save(t.article, SidecarStore.open(t.article).content(), false).sidecar()),
                new Writer("reanchor's sidecar", t -> t.sidecar, t -> {
                    Files.writeString(t.article, "Breaking.\n\n" + Files.readString(t.article));
                    return t.cli("reanchor", t.article.toString());
                }),
                new Writer("import's sidecar", t -> t.sidecar, t -> t.cli("import", "--format", "jsonl", "--from",
                        t.oneNewSpan().toString(), t.article.toString())),
                new Writer("csv export", t -> t.dir.resolve("out.csv"),
                        t -> t.cli("export", "--format", "csv", "--output", t.dir.resolve("out.csv").toString(),
                                t.article.toString())),
                new Writer("brat export", t -> t.dir.resolve("brat/speech.ann"),
                        t -> t.cli("export", "--format", "brat", "--output", t.dir.resolve("brat").toString(),
                                t.article.toString())),
                new Writer("recovery copy", t -> new WorkStore(t.dir.resolve("app")).recoveryFile(t.article), t -> {
                    new WorkStore(t.dir.resolve("app")).writeRecovery(t.article, new byte[] {'{', '}'});
                    return null;
                }),
                new Writer("preferences", t -> t.dir.resolve("app/preferences.json"), t -> {
                    new Preferences(t.dir.resolve("app/preferences.json")).setAnnotator("Ana " + System.nanoTime());
                    return null;
                }),
                new Writer("recent files", t -> t.dir.resolve("app/recent-files.json"), t -> {
                    new RecentFiles(t.dir.resolve("app/recent-files.json")).add(t.dir.resolve("x" + System.nanoTime()));
                    return null;
                }));
    }

    private int imports;

    /** A JSONL file with one span this article's sidecar does not have yet. */
    Path oneNewSpan() throws Exception {
        int start = 10 * ++imports;
        var line = java.util.Map.of("text", Files.readString(article),
                "label", List.of(List.of(start, start + 4, "quote")));
        return Files.writeString(dir.resolve("in.jsonl"),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line) + "\n");
    }

    Path cli(String... args) {
        CliTest.Run run = CliTest.run(args);
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
        return null;
    }

    @BeforeEach
    void copySample() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        article = dir.resolve("speech.txt");
        sidecar = dir.resolve("speech.txt.annotations.json");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"), sidecar);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aReplacedFileKeepsItsModeAndGroup(Writer writer) throws Exception {
        Path file = writer.file().run(this);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            writer.write().run(this); // the file as the writer makes it, then made unusual below
        }
        for (String mode : List.of("rw-r--r--", "rw-rw----", "rw----r--")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            writer.write().run(this);
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), writer.name());
        }
        int otherGroup = otherGroup(file);
        writer.write().run(this);
        assertEquals(otherGroup, Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS),
                writer.name() + " keeps the group");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aNewFileFollowsTheUmask(Writer writer) throws Exception {
        Path file = writer.file().run(this);
        Files.deleteIfExists(file);
        Files.createDirectories(file.getParent());
        // what the umask gives any new file in this folder
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(
                Files.createFile(file.resolveSibling("reference-" + System.nanoTime())));
        if (file.equals(sidecar)) { // reanchor and import need a sidecar: give them one in a fresh folder
            assumeTrue(writer.name().equals("save a sidecar"), "covered by the replace case");
        }
        writer.write().run(this);
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), writer.name());
    }

    @org.junit.jupiter.api.Test
    void aSidecarSavedAfterABrokenOneWasRenamedAsideTakesItsMode() throws Exception {
        Files.writeString(sidecar, "{\"format\": \"factmark.annotations\",");
        Files.setPosixFilePermissions(sidecar, PosixFilePermissions.fromString("rw-rw----"));
        var opened = SidecarStore.open(article);
        var saved = SidecarStore.save(article, opened.content(), opened.sidecarBroken());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(sidecar)));
        assertEquals("rw-rw----", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(saved.brokenRenamedTo().orElseThrow())));
    }

    /**
     * Gives {@code file} a group other than the one a new file would get, where this user may (root may; a
     * user in a second group may), and returns its id; skips the group check otherwise.
     */
    private static int otherGroup(Path file) throws Exception {
        int own = (Integer) Files.getAttribute(file, "unix:gid");
        for (int gid : new int[] {1, 2, 100, 1000}) {
            if (gid == own) {
                continue;
            }
            try {
                Files.setAttribute(file, "unix:gid", gid);
                return gid;
            } catch (java.io.IOException e) {
                // not allowed: try another
            }
        }
        assumeTrue(false, "no second group to give the file");
        return own;
    }
}
