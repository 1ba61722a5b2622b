package org.factmark.add.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factmark.add.ArticleLayout;
import org.factmark.add.SourceInfo;
import org.junit.jupiter.api.Test;

/**
 * How well the article is found in saved pages of many kinds (news sites, blogs, a wiki, lazy images, hidden
 * nodes, tables, right-to-left and CJK pages): token-level F1 of the extracted text against the text a careful
 * reader selects ({@code NAME.txt} beside each {@code NAME.html} in {@code src/test/resources/article/html}).
 */
class ExtractionQualityTest {
    static final Path PAGES = Path.of("src/test/resources/article/html");

    @Test
    void theArticleIsFoundInEveryKindOfPage() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<Double> scores = new ArrayList<>();
        StringBuilder table = new StringBuilder("page                         F1     precision recall\n");
        for (Path page : pages) {
            String gold = Files.readString(Path.of(page.toString().replaceAll("\\.html$", ".txt")),
                    StandardCharsets.UTF_8);
            String found = ArticleLayout.text(new HtmlExtractor().extract(Files.readAllBytes(page),
                    SourceInfo.file(page.getFileName().toString())));
            Path seen = Files.createDirectories(Path.of("target/extracted")).resolve(page.getFileName() + ".txt");
            Files.writeString(seen, found == null ? "" : found); // to read when a score drops
            double[] prf = f1(HtmlExtractor.Tokens.of(found == null ? "" : found), HtmlExtractor.Tokens.of(gold));
            scores.add(prf[2]);
            table.append(String.format("%-28s %.3f  %.3f     %.3f%n", page.getFileName(), prf[2], prf[0], prf[1]));
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double min = scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        table.append(String.format("mean F1 %.3f, lowest %.3f, %d pages%n", mean, min, pages.size()));
        System.out.print(table);
        assertTrue(pages.size() >= 10, "fixtures: " + pages);
        assertTrue(mean >= 0.95, table.toString());
        assertFalse(min < 0.5, table.toString());
    }

    /** Precision, recall and F1 of the found tokens against the gold ones, counted as multisets. */
    static double[] f1(List<String> found, List<String> gold) {
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(t -> left.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : found) {
            Integer n = left.get(t);
            if (n != null && n > 0) {
                left.put(t, n - 1);
                common++;
            }
        }
        double precision = found.isEmpty() ? 0 : (double) common / found.size();
        double recall = gold.isEmpty() ? 0 : (double) common / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }
}
