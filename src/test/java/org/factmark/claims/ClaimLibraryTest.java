package org.factmark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimLibraryTest {
    @TempDir
    Path dir;

    @Test
    void seenBeforeLooksInTheOtherArticlesAndTheReferenceFoldersNotInTheArticleItself() throws Exception {
        Path desk = dir.resolve("desk");
        Path archive = dir.resolve("archive");
        Path own = FolderFixture.article(desk, "today.txt", "",
                new String[] {"assertion", "1,200 people were killed in the attack, the ministry said", ""},
                new String[] {"assertion", "the attack killed 1,200, the ministry says", ""});
        FolderFixture.article(desk, "yesterday.txt", "2026-11-30",
                new String[] {"assertion", "the ministry says the attack killed 1,200", "misleading"},
                new String[] {"quote", "the ministry says the attack killed 1,200", ""});
        FolderFixture.article(archive, "2023/check.txt", "2023-10-12",
                new String[] {"assertion", "According to the ministry, 1200 people died in the attack", "false"},
                new String[] {"assertion", "12,000 people were killed in the attack", "false"});
        ClaimLibrary library = ClaimLibrary.load(desk, List.of(archive, desk.resolve("sub")));
        assertEquals(2, library.folders(), "a reference inside the article's folder is read with it");
        String text = Files.readString(own);
        Annotation selected = new Annotation("x", "assertion", 0, text.indexOf('\n'), Map.of(), "", "", "", "", Map.of());
        List<ClaimIndex.Match> found = library.seenBefore(own, text, selected);
        List<String> where = new ArrayList<>();
        for (ClaimIndex.Match m : found) {
            where.add(desk.relativize(m.claim().article()) + " " + m.claim().verdict() + " " + m.claim().date()
                    + (m.claim().reference() ? " reference" : ""));
        }
        assertEquals(List.of("yesterday.txt misleading 2026-11-30", "../archive/2023/check.txt false 2023-10-12 reference"),
                where.stream().sorted((a, b) -> b.compareTo(a)).toList());
        Annotation event = new Annotation("y", "event", 0, 5, Map.of(), "", "", "", "", Map.of());
        assertEquals(List.of(), library.seenBefore(own, text, event), "only assertions and quotes");
        assertTrue(library.problems().isEmpty(), library.problems().toString());
    }

    @Test
    void aMissingReferenceFolderIsAProblemNotAFailure() throws Exception {
        FolderFixture.article(dir, "a.txt", "", new String[] {"assertion", "Prices rose", ""});
        ClaimLibrary library = ClaimLibrary.load(dir, List.of(dir.resolveSibling("gone-" + dir.getFileName())));
        assertEquals(1, library.count("assertion"));
        assertEquals(1, library.problems().size());
        assertTrue(library.problems().get(0).contains("gone-"), library.problems().get(0));
    }

    @Test
    void findingsAreCopiedInTheSchemaOrderKeepingTheOtherDetails() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("claimant", "Minister");
        before.put("verdict", "unrated");
        before.put("custom", 7);
        Annotation target = new Annotation("x", "assertion", 0, 5, before, "note", "me", "t0", "t0", Map.of());
        Claim match = new Claim(Path.of("b.txt"), "b#0", "assertion", "text", "false", "Wrong toll.",
                List.of("https://example.org/a", "https://example.org/b"), "2026-11-30", false);
        Annotation after = ClaimLibrary.withFindings(target, match,
                List.of("claimant", "claim_type", "worthiness", "verdict", "explanation", "evidence"), "t1");
        assertEquals(List.of("claimant", "verdict", "explanation", "evidence", "custom"),
                List.copyOf(after.attributes().keySet()));
        assertEquals("false", after.attributes().get("verdict"));
        assertEquals("Wrong toll.", after.attributes().get("explanation"));
        assertEquals(List.of("https://example.org/a", "https://example.org/b"), after.attributes().get("evidence"));
        assertEquals("note", after.note());
        Claim unrated = new Claim(Path.of("b.txt"), "b#0", "assertion", "text", "", "", List.of(), "", false);
        assertEquals(before, ClaimLibrary.withFindings(target, unrated, List.of("verdict"), "t1").attributes(),
                "a match without findings changes nothing");
    }
}
