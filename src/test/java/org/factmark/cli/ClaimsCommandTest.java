package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factmark.claims.FolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
    @TempDir
    Path dir;

    private void folder() throws Exception {
        FolderFixture.article(dir, "a.txt", "", new String[] {"assertion", "1,200 people were killed in the attack, the ministry said", "false"},
                new String[] {"assertion", "Inflation hit 11.1 percent in October", "accurate"});
        FolderFixture.article(dir, "news/b.txt", "", new String[] {"assertion", "the ministry says the attack killed 1,200", ""},
                new String[] {"quote", "the attack killed 1,200", ""});
        FolderFixture.article(dir, "c.txt", "", new String[] {"assertion", "12,000 people were killed in the attack", "false"},
                new String[] {"assertion", "Vaccines cause autism in children", "false"});
    }

    @Test
    void printsTheGroupsOfSimilarAssertionsAcrossArticlesAsJson() throws Exception {
        folder();
        CliTest.Run run = CliTest.run("claims", dir.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode groups = new ObjectMapper().readTree(run.out());
        assertEquals(1, groups.size(), run.out());
        List<String> got = new ArrayList<>();
        for (JsonNode c : groups.get(0).get("claims")) {
            got.add(c.get("article").asText() + " " + c.get("id").asText() + " " + c.get("verdict").asText()
                    + " " + c.get("text").asText());
        }
        assertEquals(List.of("a.txt a.txt#0 false 1,200 people were killed in the attack, the ministry said",
                "news/b.txt news/b.txt#0 null the ministry says the attack killed 1,200"), got);
        assertTrue(groups.get(0).get("claims").get(1).get("verdict").isNull());
    }

    @Test
    void printsTheGroupsForAReader() throws Exception {
        folder();
        CliTest.Run run = CliTest.run("claims", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("1 group of similar assertions in 5 assertions"), run.out());
        assertTrue(run.out().contains("false            a.txt: 1,200 people were killed"), run.out());
        assertTrue(run.out().contains("(no verdict)     news/b.txt: the ministry says"), run.out());
    }

    @Test
    void aBrokenSidecarIsNamedWithExitOneAndAMissingFolderIsExitTwo() throws Exception {
        folder();
        Files.writeString(dir.resolve("d.txt.annotations.json"), "not json");
        CliTest.Run run = CliTest.run("claims", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("d.txt.annotations.json: not a readable sidecar"), run.err());
        assertTrue(run.out().startsWith("1 group"), run.out());
        CliTest.Run missing = CliTest.run("claims", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("factmark: ") && missing.err().contains("nowhere"), missing.err());
    }
}
