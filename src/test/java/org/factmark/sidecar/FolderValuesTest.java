package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderValuesTest {
    @TempDir
    Path folder;

    private void sidecar(String name, String json) throws IOException {
        Files.writeString(folder.resolve(name + SidecarStore.SUFFIX), json);
    }

    @Test
    void suggestsTheTextValuesOfTheOtherSidecarsButNotTheArticlesOwn() throws IOException {
        Path article = folder.resolve("a.txt");
        Files.writeString(article, "text");
        sidecar("a.txt", "{\"annotations\":[{\"attributes\":{\"speaker\":\"Own Speaker\"}}]}");
        sidecar("b.txt", "{\"version\":1,\"labels\":{\"x\":[1,2]},\"annotations\":[{\"start\":0,\"attributes\":"
                + "{\"speaker\":\"Ali Khamenei\",\"value\":12,\"source\":{\"url\":\"u\"},\"note\":\"  \"}},"
                + "{\"attributes\":{\"speaker\":\"UN OCHA\",\"place\":\"Gaza\"}}]}");
        sidecar("c.txt", "{\"annotations\":[{\"attributes\":{\"speaker\":\"Ali Khamenei\"}}]");   // truncated
        sidecar("d.txt", "not json at all");

        Map<String, Set<String>> values = FolderValues.around(article);

        assertEquals(Set.of("Ali Khamenei", "UN OCHA"), values.get("speaker"));
        assertEquals(Set.of("Gaza"), values.get("place"));
        assertNull(values.get("value"), "numbers are not text suggestions");
        assertNull(values.get("note"), "blank text is not a suggestion");
        assertFalse(values.get("speaker").contains("Own Speaker"));
    }

    @Test
    void passesOverSidecarsTooLargeToBeHandMadeAndOverlongValues() throws IOException {
        Path article = folder.resolve("a.txt");
        StringBuilder big = new StringBuilder("{\"annotations\":[");
        while (big.length() <= FolderValues.MAX_SIDECAR_BYTES) {
            big.append("{\"attributes\":{\"speaker\":\"Bulk\"}},");
        }
        big.append("{}]}");
        sidecar("big.txt", big.toString());
        sidecar("b.txt", "{\"annotations\":[{\"attributes\":{\"speaker\":\"" + "x".repeat(500) + "\",\"place\":\"Rafah\"}}]}");

        Map<String, Set<String>> values = FolderValues.around(article);

        assertEquals(Set.of("Rafah"), values.get("place"));
        assertTrue(values.get("speaker") == null, "neither the bulk file nor a 500-character value is suggested");
    }
}
