package org.factmark.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a folder: what is found, where, and with which annotation. */
class FolderSearchTest {
    @TempDir
    Path folder;

    static List<Hit> search(Path folder, String query, boolean useIndex) throws IOException {
        return search(folder, SearchQuery.parse(query), useIndex);
    }

    static List<Hit> search(Path folder, SearchQuery query, boolean useIndex) throws IOException {
        try (FolderSearch search = FolderSearch.open(folder, useIndex)) {
            search.refresh((done, total, bytes) -> { });
            return search.search(query).hits();
        }
    }

    @Test
    void persianDigitsArabicLettersAndAccentsFindTheirPlainForms() throws IOException {
        Corpus.article(folder, "fa.txt", "وزارت گفت ۱۲۰۰ نفر کشته شدند\n");
        Corpus.article(folder, "ar.txt", "قال في كتاب إن ١٢٠٠ شخص\n");
        Corpus.article(folder, "fr.txt", "Le CAFÉ a fermé.\n");
        for (boolean indexed : new boolean[] {false, true}) {
            List<Hit> digits = search(folder, "1200", indexed);
            assertEquals(List.of("ar.txt", "fa.txt"), digits.stream().map(Hit::article).toList());
            assertEquals("۱۲۰۰", digits.get(1).text());
            assertEquals(List.of("ar.txt"), search(folder, "کتاب", indexed).stream().map(Hit::article).toList());
            assertEquals("CAFÉ", search(folder, "cafe", indexed).get(0).text());
        }
    }

    @Test
    void offsetsAreCodePointsAndTheContextIsTheLine() throws IOException {
        Corpus.article(folder, "emoji.txt", "😀😀 first line\nthe ministry said 1,200 people\nlast line\n");
        Hit hit = search(folder, "ministry", true).get(0);
        assertEquals(18, hit.start()); // two emoji are two code points (four UTF-16 units)
        assertEquals(26, hit.end());
        assertEquals(20, hit.from());
        assertEquals("ministry", hit.text());
        assertEquals("the ministry said 1,200 people", hit.context());
    }

    @Test
    void everyWordMustBeInTheArticleAndAPhraseMustBeConsecutive() throws IOException {
        Corpus.article(folder, "a.txt", "The attack killed 1,200 people, the ministry said.\n");
        Corpus.article(folder, "b.txt", "The ministry said nothing about the attack.\n");
        Corpus.article(folder, "c.txt", "An attack, and nothing else.\n");
        assertEquals(List.of("a.txt", "a.txt", "b.txt", "b.txt"),
                search(folder, "ministry attack", true).stream().map(Hit::article).toList());
        List<Hit> phrase = search(folder, "\"the Ministry said\"", true);
        assertEquals(List.of("a.txt", "b.txt"), phrase.stream().map(Hit::article).toList());
        assertEquals("the ministry said", phrase.get(0).text());
        assertTrue(search(folder, "\"said the ministry\"", true).isEmpty());
        assertEquals(1, search(folder, "1,200", true).size());
    }

    @Test
    void notesAndDetailsAreSearchedAndNameTheirAnnotation() throws IOException {
        String text = "The minister claimed unemployment fell to 4 percent.\n";
        Corpus.article(folder, "claim.txt", text,
                Corpus.of("a1", "assertion", text, "unemployment fell to 4 percent", "Checked against Eurostat",
                        Map.of("verdict", "false", "evidence", List.of("https://example.org/eurostat-report"))),
                Corpus.of("f1", "figure", text, "4 percent", "", Map.of()));
        List<Hit> note = search(folder, "eurostat", true);
        assertEquals(1, note.size());
        assertEquals(Optional.of(new Hit.AnnotationRef("a1", "assertion")), note.get(0).annotation());
        assertEquals("unemployment fell to 4 percent", note.get(0).text());
        assertTrue(note.get(0).inNote());

        List<Hit> inText = search(folder, "percent", true);
        assertEquals(1, inText.size());
        assertEquals("f1", inText.get(0).annotation().orElseThrow().id(), "the innermost annotation");
        assertFalse(inText.get(0).inNote());

        SearchQuery assertions = SearchQuery.parse("percent", Optional.of("assertion"), Optional.empty());
        assertEquals("a1", search(folder, assertions, true).get(0).annotation().orElseThrow().id());
        SearchQuery rated = SearchQuery.parse("percent", Optional.empty(), Optional.of("FALSE"));
        assertEquals(1, search(folder, rated, true).size());
        SearchQuery rightOnes = SearchQuery.parse("percent", Optional.empty(), Optional.of("true"));
        assertTrue(search(folder, rightOnes, true).isEmpty());
    }

    @Test
    void articlesInHiddenFoldersAndOtherFilesAreNotSearched() throws IOException {
        Corpus.article(folder, "deep/er/a.txt", "needle\n");
        Corpus.article(folder, ".git/b.txt", "needle\n");
        Corpus.article(folder, "c.md", "needle\n");
        assertEquals(List.of("deep/er/a.txt"), search(folder, "needle", true).stream().map(Hit::article).toList());
    }
}
