package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factmark.article.ArticleException;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an article with its sidecar, and saving without ever losing what was there. */
class SidecarStoreTest {
    @TempDir
    Path dir;

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("speech.txt"), SidecarFixtures.RAW, StandardCharsets.UTF_8);
    }

    @Test
    void theSidecarSitsBesideTheArticle() {
        assertEquals(Path.of("/x/speech.txt.annotations.json"), SidecarStore.sidecarFor(Path.of("/x/speech.txt")));
    }

    @Test
    void anArticleWithoutSidecarOpensEmpty() throws Exception {
        OpenedDocument opened = SidecarStore.open(article());
        assertTrue(opened.content().annotations().isEmpty());
        assertFalse(opened.sidecarBroken());
        assertTrue(opened.sidecarProblem().isEmpty());
    }

    @Test
    void saveThenOpenGivesTheSameAnnotationsAndSavingAgainTheSameBytes() throws Exception {
        Path article = article();
        ArticleText text = SidecarStore.open(article).content().article();
        SidecarContent content = SidecarFixtures.content(text, List.of(
                SidecarFixtures.at(text, "figure", "1,200 people", 0, "f"),
                SidecarFixtures.at(text, "quote", "said 🇺🇦 that 1,200 people died", 0, "q")));
        SidecarStore.save(article, content, false);
        byte[] first = Files.readAllBytes(SidecarStore.sidecarFor(article));

        OpenedDocument reopened = SidecarStore.open(article);
        assertEquals(content.annotations().stream().sorted(org.factmark.model.SpanOrder.ORDER).toList(),
                reopened.content().annotations());
        SidecarStore.save(article, reopened.content(), false);
        assertArrayEquals(first, Files.readAllBytes(SidecarStore.sidecarFor(article)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("speech.txt", "speech.txt.annotations.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void aBrokenSidecarIsReportedAndRenamedBeforeTheFirstSaveNeverOverwritten() throws Exception {
        Path article = article();
        Path sidecar = SidecarStore.sidecarFor(article);
        Files.writeString(sidecar, "{\"format\": \"factmark.annotations\", \"version\": 1, oops");
        OpenedDocument opened = SidecarStore.open(article);
        assertTrue(opened.sidecarBroken());
        String problem = opened.sidecarProblem().orElseThrow();
        assertTrue(problem.contains("speech.txt.annotations.json") && problem.contains("line 1, column"), problem);

        SaveResult saved = SidecarStore.save(article, opened.content(), opened.sidecarBroken());
        Path renamed = saved.brokenRenamedTo().orElseThrow();
        assertTrue(renamed.getFileName().toString().startsWith("speech.txt.annotations.json.broken-"));
        assertEquals("{\"format\": \"factmark.annotations\", \"version\": 1, oops", Files.readString(renamed));
        assertTrue(SidecarStore.open(article).sidecarProblem().isEmpty(), "the new sidecar reads");
    }

    @Test
    void aSidecarFromANewerFactmarkIsKeptToo() throws Exception {
        Path article = article();
        Path sidecar = SidecarStore.sidecarFor(article);
        String newer = "{\"format\": \"factmark.annotations\", \"version\": 3, \"document\": {}, \"annotations\": []}";
        Files.writeString(sidecar, newer);
        OpenedDocument opened = SidecarStore.open(article);
        assertTrue(opened.sidecarProblem().orElseThrow().contains("newer Factmark"));
        SaveResult saved = SidecarStore.save(article, opened.content(), true);
        assertEquals(newer, Files.readString(saved.brokenRenamedTo().orElseThrow()));
    }

    @Test
    void aFailedSaveLeavesTheOldSidecarAlone() throws Exception {
        Path article = article();
        ArticleText text = SidecarStore.open(article).content().article();
        SidecarStore.save(article, SidecarFixtures.content(text, List.of()), false);
        byte[] before = Files.readAllBytes(SidecarStore.sidecarFor(article));
        // an annotation whose offsets split a surrogate pair cannot be written: the save fails before the move
        org.factmark.model.Annotation split = new org.factmark.model.Annotation("x", "quote", 0,
                text.text().indexOf("👩") + 1, null, null, null, null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> SidecarStore.save(article, SidecarFixtures.content(text, List.of(split)), false));
        assertArrayEquals(before, Files.readAllBytes(SidecarStore.sidecarFor(article)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "the abandoned temporary file is gone");
        }
    }

    @Test
    void aSaveOfManyMegabytesWritesExactlyTheSidecarsBytesAndReportsTheirHash() throws Exception {
        StringBuilder raw = new StringBuilder();
        List<org.factmark.model.Annotation> all = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; raw.length() < 3_000_000; i++) {
            int start = raw.length();
            raw.append(i % 7 == 0 ? "Über 😀 " : "Line ").append(i).append(" says ").append(random.nextInt(1000))
                    .append(" people left.\n");
            all.add(new org.factmark.model.Annotation("a" + i, i % 2 == 0 ? "figure" : "quote", start,
                    start + 4, null, "a note: " + "é".repeat(random.nextInt(40)), "test", null, null, null));
        }
        Path article = Files.writeString(dir.resolve("long.txt"), raw, StandardCharsets.UTF_8);
        SidecarContent content = new SidecarContent(SidecarStore.open(article).content().article(), all, List.of(),
                java.util.Map.of(), java.util.Map.of());
        byte[] expected = SidecarWriter.write(content);
        assertTrue(expected.length > 12_000_000, "several chunks and several forces: " + expected.length);

        SaveResult result = SidecarStore.save(article, content, false);
        assertArrayEquals(expected, Files.readAllBytes(SidecarStore.sidecarFor(article)));
        assertEquals(SidecarStore.sha256(expected), result.sha());
    }

    @Test
    void aMissingArticleIsReportedByName() {
        ArticleException e = assertThrows(ArticleException.class, () -> SidecarStore.open(dir.resolve("gone.txt")));
        assertTrue(e.getMessage().contains("gone.txt"));
    }
}
