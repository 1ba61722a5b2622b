package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format claimreview} publishes under the name given with {@code --publisher}, remembered for the
 * next export; without any, the reviews have no author and the one-line report says so. The annotators' names
 * (a login name by default) are never published.
 */
class PublisherCliTest {
    @TempDir
    Path dir;
    private Path article;
    private String home;

    @BeforeEach
    void setUp() throws Exception {
        home = System.getProperty("factmark.home");
        System.setProperty("factmark.home", Files.createDirectories(dir.resolve("home")).toString());
        article = dir.resolve("speech.txt");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                dir.resolve("speech.txt.annotations.json"));
    }

    @AfterEach
    void restore() {
        if (home == null) {
            System.clearProperty("factmark.home");
        } else {
            System.setProperty("factmark.home", home);
        }
    }

    @Test
    void theNameIsGivenOnceAndRememberedAndWithoutOneNoAuthorIsPublished() {
        CliTest.Run none = CliTest.run("export", "--format", "claimreview", article.toString());
        assertEquals(0, none.code(), none.err());
        assertFalse(none.out().contains("Factmark sample"), "the annotators' name is not published");
        assertFalse(none.out().contains("\n      \"author\""), "no review author (the claim's has 8 spaces):\n"
                + none.out());
        assertTrue(none.err().contains("no name to publish under was chosen"), none.err());

        CliTest.Run named = CliTest.run("export", "--format", "claimreview", "--publisher", "Fact Desk",
                article.toString());
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().contains("\n      \"author\": {\n        \"@type\": \"Person\",\n        \"name\": \"Fact Desk\""),
                named.out());
        assertFalse(named.err().contains("publish under"), named.err());

        CliTest.Run again = CliTest.run("export", "--format", "claimreview", article.toString());
        assertTrue(again.out().contains("\"name\": \"Fact Desk\""), "remembered: " + again.out());
    }
}
