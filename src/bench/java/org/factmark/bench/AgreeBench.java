package org.factmark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.agree.Agreement;
import org.factmark.agree.Tokens;
import org.factmark.article.ArticleLoader;
import org.factmark.gitmerge.SidecarMerge;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarWriter;

/**
 * Agreement and the git merge driver on the large document (20 MB, 200,000 annotations) and a colleague's copy
 * ({@link CompareBench#colleague}): measuring agreement of the two sets (with and without finding the tokens),
 * and merging the two sidecar files from the original as their common version (what {@code factmark
 * merge-driver} does between reading and writing the files). Run alone:
 * {@code java -cp target/classes:target/test-classes:DEPS org.factmark.bench.AgreeBench FOLDER [REPEATS]}.
 */
final class AgreeBench {
    private AgreeBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(measure(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 5));
    }

    static Map<String, Object> measure(Path folder, int repeats) throws Exception {
        Corpus.Doc doc = Corpus.make(folder, "large-20m", 20_000_000, 200_000, true);
        ArticleText article = ArticleLoader.load(doc.article());
        Path sidecar = doc.article().resolveSibling(doc.article().getFileName() + ".annotations.json");
        byte[] base = Files.readAllBytes(sidecar);
        List<Annotation> mine = SidecarReader.read(base, article).content().annotations();
        List<Annotation> theirs = CompareBench.colleague(mine, new Random(5));
        List<Annotation> ours = new ArrayList<>(mine.size());
        for (int i = 0; i < mine.size(); i++) { // ours changed one note in twenty
            ours.add(i % 20 == 0 ? mine.get(i).withNote("ours", "2026-12-02T10:00:00Z") : mine.get(i));
        }
        byte[] ourBytes = SidecarWriter.write(new SidecarContent(article, ours, List.of(), Map.of(), Map.of()));
        byte[] theirBytes = SidecarWriter.write(new SidecarContent(article, theirs, List.of(), Map.of(), Map.of()));
        Tokens tokens = Tokens.of(article.text());
        Agreement.Report report = Agreement.measure(tokens, List.of(mine, theirs));
        SidecarMerge.Outcome merged = SidecarMerge.merge(base, ourBytes, theirBytes);
        System.out.printf("%nagree: %,d against %,d annotations, %,d tokens: F1 exact %.3f, kappa %.3f; merge: %,d "
                + "conflicts, %,d bytes%n", mine.size(), theirs.size(), report.tokens(), report.overall().f1Exact(),
                report.overall().cohenKappa(), merged.conflicts(), merged.merged().length);
        Stats agree = Stats.of(Rounds.measure(repeats, () -> time(() -> Agreement.measure(tokens, List.of(mine, theirs)))));
        Stats agreeAll = Stats.of(Rounds.measure(repeats,
                () -> time(() -> Agreement.measure(article.text(), List.of(mine, theirs)))));
        Stats merge = Stats.of(Rounds.measure(repeats, () -> time(() -> {
            try {
                SidecarMerge.merge(base, ourBytes, theirBytes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", "agree and merge large-20m");
        row.put("agreement median ms", agree.median());
        row.put("agreement with tokens median ms", agreeAll.median());
        row.put("merge median ms", merge.median());
        row.put("merge max ms", merge.max());
        for (var e : Map.of("agreement", agree, "tokens + agreement", agreeAll, "merge (3 files)", merge).entrySet()) {
            System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", e.getKey(), e.getValue().median(),
                    e.getValue().min(), e.getValue().max(), e.getValue().n());
        }
        return row;
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }
}
