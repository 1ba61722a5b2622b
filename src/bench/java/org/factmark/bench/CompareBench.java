package org.factmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.article.ArticleLoader;
import org.factmark.compare.Comparison;
import org.factmark.compare.Differences;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarWriter;

/**
 * the benchmark's {@code compare}: the large document (20 MB, 200,000 annotations) against a colleague's copy
 * of it in which about one annotation in ten differs (relabelled, moved, another note, deleted, added) and the
 * rest are the same annotations by another annotator: comparing the two sets, and reading their sidecar from
 * disk and comparing (what File ▸ Compare With… does before it shows the differences).
 */
final class CompareBench {
    private CompareBench() {
    }

    static Map<String, Object> measure(Path folder, int repeats) throws Exception {
        Corpus.Doc doc = Corpus.make(folder, "large-20m", 20_000_000, 200_000, true);
        ArticleText article = ArticleLoader.load(doc.article());
        Path sidecar = doc.article().resolveSibling(doc.article().getFileName() + ".annotations.json");
        List<Annotation> mine = SidecarReader.read(Files.readAllBytes(sidecar), article).content().annotations();
        List<Annotation> theirs = colleague(mine, new Random(5));
        Path theirFile = folder.resolve("compare-theirs.annotations.json");
        Files.write(theirFile, SidecarWriter.write(new SidecarContent(article, theirs, List.of(), Map.of(), Map.of())));
        Comparison found = Differences.compare(mine, theirs);
        System.out.printf("%ncompare: %,d against %,d annotations of %,d characters: %,d differences, %,d identical%n",
                mine.size(), theirs.size(), article.length(), found.differences().size(), found.identical());
        List<Long> compare = Rounds.measure(Math.max(repeats, 10), () -> {
            long start = System.nanoTime();
            Differences.compare(mine, theirs);
            return System.nanoTime() - start;
        });
        List<Long> readAndCompare = Rounds.measure(repeats, () -> {
            long start = System.nanoTime();
            try {
                List<Annotation> read = SidecarReader.read(Files.readAllBytes(theirFile), article).content()
                        .annotations();
                Differences.compare(mine, read);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - start;
        });
        Stats c = Stats.of(compare);
        Stats r = Stats.of(readAndCompare);
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "compare", c.median(), c.min(), c.max(),
                c.n());
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "read theirs + compare", r.median(),
                r.min(), r.max(), r.n());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", "compare large-20m");
        row.put("annotations", mine.size());
        row.put("differences", found.differences().size());
        row.put("compare median ms", c.median());
        row.put("compare max ms", c.max());
        row.put("read and compare median ms", r.median());
        return row;
    }

    /** Another annotator's copy: most annotations the same (made by them), about one in ten different. */
    static List<Annotation> colleague(List<Annotation> mine, Random random) {
        List<Annotation> theirs = new ArrayList<>(mine.size());
        String[] labels = {"quote", "figure", "assertion", "event"};
        for (Annotation a : mine) {
            int roll = random.nextInt(100);
            String id = roll < 50 ? a.id() : "c" + a.id(); // half made independently, under ids of their own
            Annotation copy = new Annotation(id, a.label(), a.start(), a.end(), a.attributes(), a.note(), "colleague",
                    "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z", a.extra());
            if (roll < 90) {
                theirs.add(copy);
            } else if (roll < 93) {
                theirs.add(copy.withLabel(labels[random.nextInt(labels.length)], "2026-11-25T11:00:00Z"));
            } else if (roll < 96) {
                theirs.add(copy.withSpan(a.start(), Math.max(a.start() + 1, a.end() - 2), "2026-11-25T11:00:00Z"));
            } else if (roll < 98) {
                theirs.add(copy.withNote("checked against the report", "2026-11-25T11:00:00Z"));
            } else if (roll < 99) {
                theirs.add(new Annotation("n" + a.id(), labels[random.nextInt(labels.length)], a.end(), a.end() + 1,
                        Map.of(), "", "colleague", "", "", Map.of()));
            } // else deleted by them
        }
        return theirs;
    }
}
