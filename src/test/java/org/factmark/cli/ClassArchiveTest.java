package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the window starts in a second JVM with the class archive, and with what command line. */
class ClassArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theSecondJvmGetsTheseOptionsTheArchiveAndTheFilesToOpen() {
        Path java = Path.of("/jdk/bin/java");
        Path jar = Path.of("/app/factmark.jar");
        Path archive = Path.of("/home/a.jsa");
        List<String> made = ClassArchive.command(java, List.of("-Dprism.order=sw", "-Xmx2g"), archive,
                Path.of("/home/a.jsa.7.tmp"), 1234L, jar, new String[] {"article.txt"});
        assertEquals(List.of("/jdk/bin/java", "-Dprism.order=sw", "-Xmx2g", "-XX:ArchiveClassesAtExit=/home/a.jsa.7.tmp",
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dfactmark.child=true",
                "-Dfactmark.launchedAt=1234", "-jar", "/app/factmark.jar", "open", "article.txt"), made);

        List<String> used = ClassArchive.command(java, List.of(), archive, null, 1L, jar, new String[0]);
        assertTrue(used.contains("-XX:SharedArchiveFile=/home/a.jsa"), used.toString());
        assertEquals("/app/factmark.jar", used.get(used.size() - 1), "no file: the window opens empty");
    }

    @Test
    void aDebuggerAnAgentOrTheUsersOwnSharingOptionsKeepTheWindowInThisJvm() {
        assertTrue(ClassArchive.wanted(List.of("-Dprism.order=sw", "-Xmx1g")));
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:x.jar",
                "-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-XX:StartFlightRecording")) {
            assertFalse(ClassArchive.wanted(List.of(option)), option);
        }
    }

    @Test
    void theArchiveIsNamedAfterTheJarSoANewBuildMakesANewOne() throws Exception {
        Path jar = Files.write(dir.resolve("factmark.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String before = ClassArchive.name(jar);
        assertTrue(before.startsWith("factmark-") && before.endsWith(".jsa"), before);
        assertEquals(before, ClassArchive.name(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertNotEquals(before, ClassArchive.name(jar));
    }
}
