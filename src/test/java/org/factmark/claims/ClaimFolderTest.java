package org.factmark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimFolderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheClaimsOfEverySidecarInTheFolderAndItsSubfolders() throws IOException {
        Path a = FolderFixture.article(dir, "a.txt", "2026-10-01T08:00:00Z",
                new String[] {"assertion", "The attack killed 1,200", "false"},
                new String[] {"figure", "1,200", ""},
                new String[] {"quote", "We will win", ""});
        Path b = FolderFixture.article(dir, "sub/b.txt", "", new String[] {"assertion", "Prices rose", ""});
        FolderFixture.article(dir, ".factmark/hidden.txt", "", new String[] {"assertion", "cached", ""});
        ClaimFolder.Read read = ClaimFolder.read(dir, Set.of("assertion", "quote"), true);
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("The attack killed 1,200", "We will win", "Prices rose"),
                read.claims().stream().map(Claim::text).toList());
        Claim first = read.claims().get(0);
        assertEquals(a, first.article());
        assertEquals("false", first.verdict());
        assertEquals("explained false", first.explanation());
        assertEquals(List.of("https://example.org/0"), first.evidence());
        assertEquals("2026-10-01", first.date());
        assertTrue(first.reference());
        assertEquals(b, read.claims().get(2).article());
        assertEquals("2026-11-20", read.claims().get(2).date(), "no publication date: the annotation's");
    }

    @Test
    void aBrokenSidecarIsNamedAndTheOthersAreStillRead() throws IOException {
        FolderFixture.article(dir, "a.txt", "", new String[] {"assertion", "The attack killed 1,200", ""});
        Path broken = dir.resolve("b.txt.annotations.json");
        Files.writeString(broken, "{\"annotations\": [ {\"id\": ");
        byte[] before = Files.readAllBytes(broken);
        ClaimFolder.Read read = ClaimFolder.read(dir, Set.of("assertion"), false);
        assertEquals(1, read.claims().size());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).startsWith(broken + ": not a readable sidecar"), read.problems().get(0));
        assertEquals(new String(before), Files.readString(broken), "nothing is written");
    }

    @Test
    void aMissingFolderIsSaidSo() {
        IOException e = assertThrows(IOException.class,
                () -> ClaimFolder.read(dir.resolve("nowhere"), Set.of("assertion"), false));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }
}
