package org.factmark.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is a cache: the answers never depend on it, whatever state it is in. */
class IndexCacheTest {
    private static final String[] WORDS = {"ministry", "attack", "killed", "1200", "۱۲۰۰", "people", "said",
        "Café", "cafe", "وزارت", "كتاب", "کتاب", "report", "the", "of", "12,000", "Ministry"};
    @TempDir
    Path folder;

    @Test
    void withAndWithoutTheIndexTheAnswersAreTheSameAsFilesChange() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String why = "seed " + seed;
        for (int i = 0; i < 30; i++) {
            write(random, "a" + i + ".txt");
        }
        try (FolderSearch kept = FolderSearch.open(folder, true)) {
            for (int round = 0; round < 4; round++) {
                kept.refresh((d, t, b) -> { });
                for (int q = 0; q < 15; q++) {
                    String query = query(random);
                    List<Hit> without = FolderSearchTest.search(folder, query, false);
                    assertEquals(without, kept.search(SearchQuery.parse(query)).hits(), why + ", query " + query);
                    assertEquals(without, FolderSearchTest.search(folder, query, true), why + ", query " + query);
                }
                for (int change = 0; change < 8; change++) {
                    String name = "a" + random.nextInt(40) + ".txt";
                    if (random.nextInt(4) == 0) {
                        Files.deleteIfExists(folder.resolve(name));
                    } else {
                        write(random, name);
                    }
                }
            }
        }
    }

    @Test
    void aCorruptIndexIsMadeAgainAndNeverTrusted() throws IOException {
        Corpus.article(folder, "a.txt", "the ministry said\n");
        FolderSearchTest.search(folder, "ministry", true);
        Path dir = folder.resolve(FolderIndex.DIR);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        Corpus.article(folder, "b.txt", "ministry again\n");
        try (FolderSearch search = FolderSearch.open(folder, true)) {
            search.refresh((d, t, b) -> { });
            assertTrue(search.notes().get(0).contains("could not be read") && search.notes().get(0).contains(
                    dir.toString()), search.notes().toString());
            assertEquals(List.of("a.txt", "b.txt"),
                    search.search(SearchQuery.parse("ministry")).hits().stream().map(Hit::article).toList());
        }
        try (FolderSearch again = FolderSearch.open(folder, true)) {
            assertEquals(List.of(), again.notes(), "the index made again is good");
        }
    }

    @Test
    void anIndexWrittenBySomethingElseIsRebuilt() throws IOException {
        Corpus.article(folder, "a.txt", "the ministry said\n");
        Path dir = folder.resolve(FolderIndex.DIR);
        Files.createDirectories(dir);
        try (IndexWriter foreign = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("all", "nothing", Field.Store.YES));
            foreign.addDocument(doc);
        }
        assertEquals(1, FolderSearchTest.search(folder, "ministry", true).size());
        assertEquals(List.of(), FolderSearchTest.search(folder, "nothing", true));
    }

    @Test
    void twoWindowsOnOneFolderBothAnswerRightly() throws IOException {
        Corpus.article(folder, "a.txt", "the ministry said\n");
        try (FolderSearch first = FolderSearch.open(folder, true);
             FolderSearch second = FolderSearch.open(folder, true)) {
            first.refresh((d, t, b) -> { });
            assertTrue(second.notes().get(0).startsWith("Another Factmark window"), second.notes().toString());
            Corpus.article(folder, "b.txt", "a ministry too\n");
            second.refresh((d, t, b) -> { });
            assertEquals(List.of("a.txt", "b.txt"), second.search(SearchQuery.parse("ministry")).hits().stream()
                    .map(Hit::article).toList());
        }
    }

    @Test
    void whereNoIndexCanBeKeptSearchWorksAndNothingIsWritten() throws IOException {
        Corpus.article(folder, "a.txt", "the ministry said\n");
        Files.writeString(folder.resolve(".factmark"), "a file where the cache folder would be");
        Map<String, String> before = snapshot();
        try (FolderSearch search = FolderSearch.open(folder, true)) {
            search.refresh((d, t, b) -> { });
            assertTrue(search.notes().get(0).startsWith("The search index cannot be kept in "), search.notes().toString());
            assertEquals(1, search.search(SearchQuery.parse("ministry")).hits().size());
        }
        assertEquals(before, snapshot());
    }

    @Test
    void searchingChangesNothingButTheCache() throws IOException {
        String text = "The ministry said 1,200.\n";
        Corpus.article(folder, "a.txt", text, Corpus.of("x", "figure", text, "1,200", "a note", Map.of()));
        Corpus.article(folder, "sub/b.txt", "ministry\n");
        Map<String, String> before = snapshot();
        FolderSearchTest.search(folder, "ministry", true);
        FolderSearchTest.search(folder, "1,200", true);
        assertEquals(before, snapshot());
    }

    /** Every file outside the cache, with its bytes and time. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (!folder.relativize(f).startsWith(".factmark") || !Files.isDirectory(folder.resolve(".factmark"))) {
                    files.put(folder.relativize(f).toString(),
                            Files.readString(f) + "@" + Files.getLastModifiedTime(f).toMillis());
                }
            }
        }
        return files;
    }

    private void write(Random random, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        int n = 3 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? ".\n" : " ");
        }
        String t = text.append('\n').toString();
        String first = t.substring(0, t.indexOf(' ') > 0 ? t.indexOf(' ') : 1);
        if (random.nextBoolean()) {
            Corpus.article(folder, name, t, Corpus.of("n" + random.nextInt(1000), random.nextBoolean() ? "figure"
                    : "assertion", t, first, WORDS[random.nextInt(WORDS.length)], Map.of()));
        } else {
            Files.deleteIfExists(folder.resolve(name + ".annotations.json"));
            Corpus.article(folder, name, t);
        }
    }

    private static String query(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(2); i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            parts.add(random.nextInt(3) == 0 ? "\"" + w + " " + WORDS[random.nextInt(WORDS.length)] + "\"" : w);
        }
        return String.join(" ", parts);
    }
}
