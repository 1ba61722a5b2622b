package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factmark agree} on files and folders, its JSON against the Python reference's figures, its refusals. */
class AgreeCommandTest {
    private static final Path CASES = Path.of("src/test/resources/agree");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void copyCases() throws Exception {
        try (var files = Files.list(CASES)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private Path sidecar(String who) {
        return dir.resolve("story." + who + ".annotations.json");
    }

    @Test
    void jsonGivesTheReferenceFiguresAndTheirCounts() throws Exception {
        CliTest.Run run = CliTest.run("agree", sidecar("alice").toString(), sidecar("bob").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode got = JSON.readTree(run.out());
        JsonNode want = JSON.readTree(CASES.resolve("agreement_expected.json").toFile()).get("partial");
        for (String figure : new String[] {"f1Exact", "f1Overlap", "cohenKappa", "krippendorffAlpha"}) {
            assertEquals(want.get(figure).asDouble(), got.get(figure).asDouble(), 1e-9, figure);
            assertEquals(want.at("/labels/figure/" + figure).asDouble(), got.at("/labels/figure/" + figure).asDouble(),
                    1e-9, "figure " + figure);
        }
        assertEquals(51, got.get("tokens").asInt());
        assertEquals("[6,6]", got.get("spans").toString());
        // the counts add up: every unit is in exactly one cell of the two annotators' table
        long cells = got.get("both").asLong() + got.get("firstOnly").asLong() + got.get("secondOnly").asLong()
                + got.get("neither").asLong();
        assertEquals(got.get("units").asLong(), cells);
    }

    @Test
    void threeAnnotatorsGetAlphaButNoKappa() throws Exception {
        CliTest.Run run = CliTest.run("agree", sidecar("alice").toString(), sidecar("bob").toString(),
                sidecar("carol").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode got = JSON.readTree(run.out());
        JsonNode want = JSON.readTree(CASES.resolve("agreement_expected.json").toFile()).get("three annotators");
        assertEquals(want.get("krippendorffAlpha").asDouble(), got.get("krippendorffAlpha").asDouble(), 1e-9);
        assertFalse(got.has("cohenKappa"));
        assertEquals("[6,6,5]", got.get("spans").toString());
    }

    @Test
    void nothingMarkedByAnyoneGivesDefinedFiguresNeverNaN() throws Exception {
        CliTest.Run run = CliTest.run("agree", sidecar("nobody").toString(), sidecar("nobody").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().contains("NaN"), run.out());
        JsonNode got = JSON.readTree(run.out());
        assertEquals(1.0, got.get("f1Exact").asDouble());
        assertEquals(1.0, got.get("cohenKappa").asDouble());
        assertEquals(1.0, got.get("krippendorffAlpha").asDouble());
    }

    @Test
    void anArticleStandsForTheSidecarBesideIt() throws Exception {
        Files.copy(sidecar("alice"), dir.resolve("story.txt.annotations.json"));
        CliTest.Run run = CliTest.run("agree", dir.resolve("story.txt").toString(), sidecar("alicecopy").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*all labels\\s+6 / 6\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000")),
                run.out());
    }

    @Test
    void foldersArePairedByFileNameAndAddedUp() throws Exception {
        for (String who : new String[] {"alice", "bob"}) {
            Path folder = Files.createDirectories(dir.resolve(who));
            Files.copy(sidecar(who), folder.resolve("story.txt.annotations.json"));
            Files.copy(sidecar(who), folder.resolve("again.txt.annotations.json"));
            Files.writeString(folder.resolve("again.txt.annotations.json"),
                    Files.readString(sidecar(who)).replace("\"file\": \"story.txt\"", "\"file\": \"again.txt\""));
            Files.copy(dir.resolve("story.txt"), folder.resolve("again.txt"));
        }
        Files.copy(dir.resolve("story.txt"), dir.resolve("alice/story.txt")); // only beside alice's: enough
        Files.writeString(dir.resolve("bob/only-bob.txt.annotations.json"), "{}");
        CliTest.Run run = CliTest.run("agree", dir.resolve("alice").toString(), dir.resolve("bob").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("skipped only-bob.txt.annotations.json: it is not in every folder"), run.err());
        JsonNode got = JSON.readTree(run.out());
        assertEquals(2, got.get("articles").size());
        assertEquals(102, got.get("tokens").asInt());
        JsonNode one = got.get("articles").get(0);
        assertEquals(one.get("f1Exact").asDouble(), got.get("f1Exact").asDouble(), 1e-12); // the same twice
        assertEquals(2 * one.get("exactMatches").asLong(), got.get("exactMatches").asLong());
    }

    @Test
    void aSidecarWithoutItsArticleIsRefusedInOneLine() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.move(sidecar("bob"), elsewhere.resolve("bob.annotations.json"));
        Files.move(sidecar("alice"), elsewhere.resolve("alice.annotations.json"));
        CliTest.Run run = CliTest.run("agree", elsewhere.resolve("alice.annotations.json").toString(),
                elsewhere.resolve("bob.annotations.json").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("alice.annotations.json: its article story.txt is not beside it"), run.err());
    }

    @Test
    void aBrokenSidecarIsNamed() throws Exception {
        Files.writeString(sidecar("bob"), "{\"format\": ");
        CliTest.Run run = CliTest.run("agree", sidecar("alice").toString(), sidecar("bob").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("factmark: " + sidecar("bob")), run.err());
    }
}
