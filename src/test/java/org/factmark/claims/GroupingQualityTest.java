package org.factmark.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the grouping, pairwise, on claims written for it in other words
 * ({@code src/test/resources/claims/reworded.tsv}): near-misses with another number and claims on the same
 * topic that claim something else are among them. Prints the figures (the README quotes them) and every pair
 * grouped wrongly or missed.
 */
class GroupingQualityTest {
    /** What a user may expect of "seen before": most of its matches are the same claim, and most are found. */
    private static final double MIN_PRECISION = 0.85;
    private static final double MIN_RECALL = 0.9;

    record Measured(double precision, double recall, int claims, int groups, List<String> wrong, List<String> missed) {
    }

    static Measured measure() throws IOException {
        return measure(ClaimIndex.THRESHOLD);
    }

    static Measured measure(double threshold) throws IOException {
        List<Claim> claims = new ArrayList<>();
        Map<Claim, String> truth = new HashMap<>();
        try (InputStream in = GroupingQualityTest.class.getResourceAsStream("/claims/reworded.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                Claim claim = new Claim(Path.of("article-" + claims.size() + ".txt"), "c" + claims.size(),
                        "assertion", parts[1], "", "", List.of(), "", false);
                claims.add(claim);
                truth.put(claim, parts[0]);
            }
        }
        Map<Claim, Integer> found = new HashMap<>();
        ClaimIndex index = new ClaimIndex(claims, threshold);
        List<List<Claim>> groups = ClaimGroups.of(index, "assertion");
        for (int g = 0; g < groups.size(); g++) {
            for (Claim c : groups.get(g)) {
                found.put(c, g);
            }
        }
        int truePairs = 0;
        int foundPairs = 0;
        int both = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                boolean same = truth.get(a).equals(truth.get(b));
                boolean grouped = found.containsKey(a) && found.get(a).equals(found.get(b));
                truePairs += same ? 1 : 0;
                foundPairs += grouped ? 1 : 0;
                both += same && grouped ? 1 : 0;
                String pair = String.format("%.2f  %s  ~  %s", index.cosine(i, j), a.text(), b.text());
                if (grouped && !same) {
                    wrong.add(pair);
                } else if (same && !grouped) {
                    missed.add(pair);
                }
            }
        }
        long trueGroups = truth.values().stream().distinct().count();
        return new Measured(foundPairs == 0 ? 1 : (double) both / foundPairs, (double) both / truePairs,
                claims.size(), (int) trueGroups, wrong, missed);
    }

    @Test
    void groupsRewordedClaimsAndKeepsApartThoseThatDiffer() throws IOException {
        for (double t = 0.3; t < 0.86; t += 0.05) {
            Measured at = measure(t);
            System.out.printf("  at threshold %.2f: precision %.3f, recall %.3f%n", t, at.precision(), at.recall());
        }
        Measured m = measure();
        System.out.printf("claims grouping: %d claims in %d true groups: pairwise precision %.3f, recall %.3f%n",
                m.claims(), m.groups(), m.precision(), m.recall());
        m.wrong().forEach(p -> System.out.println("  grouped, but different: " + p));
        m.missed().forEach(p -> System.out.println("  missed: " + p));
        assertTrue(m.precision() >= MIN_PRECISION, "precision " + m.precision() + "; wrongly grouped: " + m.wrong());
        assertTrue(m.recall() >= MIN_RECALL, "recall " + m.recall() + "; missed: " + m.missed());
    }
}
