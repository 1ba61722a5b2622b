package org.factmark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.SidecarContent;
import org.factmark.search.index.FolderSearch;
import org.factmark.search.index.SearchQuery;
import org.factmark.sidecar.SidecarWriter;

/**
 * the benchmark's {@code search}: a desk of 10,000 articles (about 50 MB of text, 200,000 annotations with notes
 * and details): the first index (MB of text per second), bringing it up to date when nothing changed and when
 * 1% of the articles changed, and a search's answer (the first 50 articles with hits, as the results panel asks)
 * for rare words, common words, phrases and Persian digits.
 */
final class SearchBench {
    private static final int ARTICLES = Integer.getInteger("bench.search.articles", 10_000);
    private static final int WORDS_PER_ARTICLE = 800;
    private static final int SHOWN = 50;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("factmark-search-bench");
        System.out.println(measure(folder, 30));
    }

    static Map<String, Object> measure(Path parent, int repeats) throws Exception {
        Path folder = parent.resolve("desk-10k");
        String[] vocabulary = vocabulary(new Random(7));
        long bytes = make(folder, vocabulary, new Random(11));
        System.out.printf("%nsearch: %,d articles, %.1f MB of text%n", ARTICLES, bytes / 1e6);
        long start = System.nanoTime();
        int[] last = {0};
        try (FolderSearch search = FolderSearch.open(folder, true)) {
            search.refresh((done, total, b) -> last[0] = done);
            double firstS = (System.nanoTime() - start) / 1e9;
            System.out.printf("  first index            %8.1f s   %.1f MB/s (%d articles)%n", firstS, bytes / 1e6 / firstS,
                    last[0]);
            long again = System.nanoTime();
            search.refresh((d, t, b) -> { });
            double unchangedMs = (System.nanoTime() - again) / 1e6;
            System.out.printf("  up to date, no change  %8.1f ms%n", unchangedMs);
            Random random = new Random(3);
            for (int i = 0; i < ARTICLES / 100; i++) {
                Path a = folder.resolve(name(random.nextInt(ARTICLES)));
                Files.writeString(a, Files.readString(a) + "Updated " + i + ".\n");
            }
            long changed = System.nanoTime();
            search.refresh((d, t, b) -> { });
            double changedMs = (System.nanoTime() - changed) / 1e6;
            System.out.printf("  up to date, 1%% changed %8.1f ms%n", changedMs);
            List<String> queries = queries(vocabulary, random);
            List<Long> times = new ArrayList<>();
            for (int round = 0; round < repeats; round++) {
                for (String q : queries) {
                    SearchQuery parsed = SearchQuery.parse(q);
                    long t = System.nanoTime();
                    search.search(parsed, SHOWN);
                    if (round > 0) { // the first round warms up
                        times.add(System.nanoTime() - t);
                    }
                }
            }
            Stats s = Stats.of(times);
            System.out.printf("  search (first %d)      median %.1f ms, p99 %.1f ms (max %.1f, n=%d)%n", SHOWN, s.median(),
                    s.p99(), s.max(), s.n());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", "search desk-10k");
            row.put("articles", ARTICLES);
            row.put("text MB", bytes / 1e6);
            row.put("first index s", firstS);
            row.put("first index MB/s", bytes / 1e6 / firstS);
            row.put("refresh unchanged ms", unchangedMs);
            row.put("refresh 1% changed ms", changedMs);
            row.put("search median ms", s.median());
            row.put("search p99 ms", s.p99());
            return row;
        } finally {
            deleteTree(folder);
        }
    }

    private static List<String> queries(String[] vocabulary, Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            queries.add(vocabulary[random.nextInt(20)]); // common: in nearly every article
            queries.add(vocabulary[1000 + random.nextInt(vocabulary.length - 1000)]); // rare
            queries.add(vocabulary[random.nextInt(200)] + " " + vocabulary[200 + random.nextInt(800)]);
            queries.add("\"" + vocabulary[random.nextInt(50)] + " " + vocabulary[random.nextInt(50)] + "\"");
        }
        queries.add("۱۲۰۰");
        queries.add("1200 ministry");
        return queries;
    }

    /** Made-up words, Zipf-distributed when drawn by {@link #word}. */
    private static String[] vocabulary(Random random) {
        String[] words = new String[20_000];
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 3 + random.nextInt(7); k < n; k++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words[i] = w.toString();
        }
        words[5] = "ministry";
        words[3000] = "1200";
        words[3001] = "۱۲۰۰";
        return words;
    }

    private static String word(String[] vocabulary, Random random) {
        double u = random.nextDouble();
        return vocabulary[(int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length + 1.0, u)) - 1)];
    }

    private static String name(int i) {
        return String.format("%02d/article-%05d.txt", i % 50, i);
    }

    private static long make(Path folder, String[] vocabulary, Random random) throws IOException {
        long bytes = 0;
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < WORDS_PER_ARTICLE; w++) {
                text.append(word(vocabulary, random)).append(w % 15 == 14 ? ".\n" : " ");
            }
            String t = text.append('\n').toString();
            Path article = folder.resolve(name(i));
            Files.createDirectories(article.getParent());
            Files.writeString(article, t);
            bytes += t.length();
            List<Annotation> annotations = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                int start = t.indexOf(' ', random.nextInt(t.length() - 200)) + 1;
                int end = t.indexOf(' ', start + 10);
                String label = new String[] {"quote", "figure", "assertion", "event"}[k % 4];
                Map<String, Object> details = label.equals("assertion")
                        ? Map.of("verdict", k % 8 == 2 ? "false" : "true", "explanation", word(vocabulary, random) + " "
                        + word(vocabulary, random)) : Map.of();
                annotations.add(new Annotation("a" + i + "-" + k, label, start, end, details,
                        k % 3 == 0 ? "checked with " + word(vocabulary, random) : "", "bench", "2026-12-02T00:00:00Z",
                        "2026-12-02T00:00:00Z", Map.of()));
            }
            Files.write(article.resolveSibling(article.getFileName() + ".annotations.json"), SidecarWriter.write(
                    new SidecarContent(ArticleLoader.fromString(article.getFileName().toString(), t), annotations,
                            List.of(), Map.of(), Map.of())));
        }
        return bytes;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
