package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factmark merge-driver} on files, as git calls it, without git. */
class MergeDriverCommandTest {
    private static final Path CASES = Path.of("src/test/resources/agree");

    @TempDir
    Path dir;
    Path base;
    Path ours;
    Path theirs;

    @BeforeEach
    void threeVersions() throws Exception {
        base = Files.copy(CASES.resolve("story.alice.annotations.json"), dir.resolve("base"));
        ours = Files.copy(base, dir.resolve("ours"));
        theirs = Files.copy(base, dir.resolve("theirs"));
    }

    @Test
    void nothingChangedOnTheirSideLeavesOursByteForByte() throws Exception {
        String changed = Files.readString(ours).replaceFirst("\"note\": \"\"", "\"note\": \"mine\"");
        Files.writeString(ours, changed);
        CliTest.Run run = CliTest.run("merge-driver", base.toString(), ours.toString(), theirs.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(changed, Files.readString(ours), "the canonical layout is kept exactly");
    }

    @Test
    void aFileThatIsNotASidecarLeavesOursAsItWas() throws Exception {
        Files.writeString(theirs, "<<<<<<< not json");
        byte[] before = Files.readAllBytes(ours);
        CliTest.Run run = CliTest.run("merge-driver", base.toString(), ours.toString(), theirs.toString(),
                "story.txt.annotations.json");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("factmark: story.txt.annotations.json: cannot merge, theirs: "), run.err());
        assertArrayEquals(before, Files.readAllBytes(ours));
    }

    @Test
    void aFileFieldChangedDifferentlyKeepsOursAndListsBoth() throws Exception {
        Files.writeString(ours, Files.readString(ours).replace("\"newline\": \"LF\"",
                "\"newline\": \"LF\",\n    \"direction\": \"rtl\""));
        Files.writeString(theirs, Files.readString(theirs).replace("\"newline\": \"LF\"",
                "\"newline\": \"LF\",\n    \"direction\": \"ltr\""));
        CliTest.Run run = CliTest.run("merge-driver", base.toString(), ours.toString(), theirs.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("both changed document.direction"), run.err());
        JsonNode root = new ObjectMapper().readTree(ours.toFile());
        assertEquals("rtl", root.at("/document/direction").asText());
        assertEquals("[{\"field\":\"document.direction\",\"ours\":\"rtl\",\"theirs\":\"ltr\"}]",
                root.get("conflicts").toString());
        Files.copy(CASES.resolve("story.txt"), dir.resolve("story.txt"));
        Files.copy(ours, dir.resolve("story.txt.annotations.json"));
        CliTest.Run validate = CliTest.run("validate", dir.resolve("story.txt").toString());
        assertEquals(1, validate.code());
        assertTrue(validate.err().contains("conflicts: both changed document.direction"), validate.err());
    }
}
