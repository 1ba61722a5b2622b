package org.factmark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factmark.claims.Claim;
import org.factmark.claims.ClaimFolder;
import org.factmark.claims.ClaimIndex;

/**
 * the benchmark's {@code claims}: a folder of 10,000 articles' sidecars with 200,000 annotations (half of them
 * assertions and quotes, of 8 to 24 words drawn from a vocabulary of 30,000 with Zipf's frequencies, a number
 * in most), read from disk, indexed, and asked "seen before" for 1,000 of its claims reworded (a word dropped,
 * the word order shuffled), so the claim it was reworded from is there to find.
 */
final class ClaimsBench {
    static final int ARTICLES = 10_000;
    static final int PER_ARTICLE = 20;
    private static final String[] FUNCTION = {"the", "a", "of", "in", "to", "said", "was", "that", "and", "has"};

    private ClaimsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("target", "bench");
        Files.createDirectories(folder);
        System.out.println(measure(folder, args.length > 0 ? Integer.parseInt(args[0]) : 3));
    }

    static Map<String, Object> measure(Path bench, int repeats) throws Exception {
        Path folder = bench.resolve("claims-10k");
        if (!Files.exists(folder.resolve("done"))) {
            write(folder);
        }
        List<Long> reads = Rounds.measure(repeats, () -> {
            long start = System.nanoTime();
            try {
                ClaimFolder.read(folder, Set.of("assertion", "quote"), false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - start;
        });
        List<Claim> claims = ClaimFolder.read(folder, Set.of("assertion", "quote"), false).claims();
        List<Long> builds = Rounds.measure(repeats, () -> {
            long start = System.nanoTime();
            new ClaimIndex(claims);
            return System.nanoTime() - start;
        });
        ClaimIndex index = new ClaimIndex(claims);
        Random random = new Random(17);
        List<Long> queries = new ArrayList<>();
        int found = 0;
        for (int q = 0; q < 1_000 + 200; q++) {
            Claim asked = claims.get(random.nextInt(claims.size()));
            String text = reworded(asked.text(), random);
            long start = System.nanoTime();
            List<ClaimIndex.Match> matches = index.similar(asked.label(), text,
                    c -> false, 10);
            long took = System.nanoTime() - start;
            if (q >= 200) { // the first 200 warm the JIT
                queries.add(took);
                found += matches.isEmpty() ? 0 : 1;
            }
        }
        Stats read = Stats.of(reads);
        Stats build = Stats.of(builds);
        Stats query = Stats.of(queries);
        System.out.printf("%nclaims: %,d articles, %,d annotations, %,d assertions and quotes%n", ARTICLES,
                ARTICLES * PER_ARTICLE, claims.size());
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "read the folder", read.median(),
                read.min(), read.max(), read.n());
        System.out.printf("  %-22s median %8.1f ms   (%.1f–%.1f, n=%d)%n", "index", build.median(), build.min(),
                build.max(), build.n());
        System.out.printf("  %-22s p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d; %d with a match)%n", "seen before",
                query.p50(), query.p99(), query.max(), query.n(), found);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", "claims 10k articles");
        row.put("claims", claims.size());
        row.put("read folder median ms", read.median());
        row.put("index median ms", build.median());
        row.put("seen before p50 ms", query.p50());
        row.put("seen before p99 ms", query.p99());
        return row;
    }

    private static String reworded(String text, Random random) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        if (words.size() > 4) {
            words.remove(random.nextInt(words.size()));
        }
        java.util.Collections.shuffle(words, random);
        return String.join(" ", words);
    }

    private static void write(Path folder) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(3);
        double[] zipf = zipf(30_000);
        ObjectMapper json = new ObjectMapper();
        String[] labels = {"assertion", "quote", "figure", "event"};
        String[] verdicts = {"unrated", "accurate", "misleading", "false"};
        for (int a = 0; a < ARTICLES; a++) {
            ObjectNode sidecar = json.createObjectNode().put("format", "factmark.annotations").put("version", 1);
            sidecar.putObject("document").put("file", "a" + a + ".txt");
            ArrayNode list = sidecar.putArray("annotations");
            for (int k = 0; k < PER_ARTICLE; k++) {
                String label = labels[k % 4];
                StringBuilder text = new StringBuilder();
                int n = 8 + random.nextInt(17);
                for (int w = 0; w < n; w++) {
                    text.append(w > 0 ? " " : "").append(random.nextInt(3) == 0
                            ? FUNCTION[random.nextInt(FUNCTION.length)] : word(zipf, random));
                }
                if (random.nextInt(4) > 0) {
                    text.append(' ').append(random.nextInt(5_000));
                }
                ObjectNode o = list.addObject().put("id", "a" + a + "-" + k).put("label", label)
                        .put("text", text.toString());
                if (label.equals("assertion")) {
                    o.putObject("attributes").put("verdict", verdicts[random.nextInt(4)]);
                }
            }
            Path sub = folder.resolve("d" + a / 500);
            Files.createDirectories(sub);
            Files.writeString(sub.resolve("a" + a + ".txt"), "");
            Files.write(sub.resolve("a" + a + ".txt.annotations.json"), json.writeValueAsBytes(sidecar));
        }
        Files.writeString(folder.resolve("done"), "");
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static String word(double[] zipf, Random random) {
        int i = java.util.Arrays.binarySearch(zipf, random.nextDouble());
        int rank = i >= 0 ? i : -i - 1;
        StringBuilder w = new StringBuilder();
        int r = rank + 1;
        while (r > 0) { // a made-up word per rank: "ba", "ce", ...
            w.append("bcdfghjklmnprstvz".charAt(r % 17)).append("aeiou".charAt(r / 17 % 5));
            r /= 85;
        }
        return w.toString();
    }
}
