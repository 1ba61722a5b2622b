package org.factmark.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The claims of a folder (and its reference folders), indexed to find the ones most like a given text.
 * Two claims are alike by the cosine of their terms, each weighted by its inverse document frequency (a word
 * most claims use counts for little, a rare name or number for much), and never when their numbers disagree:
 * when each has a number the other lacks (1,200 dead against 12,000 dead) they are different claims,
 * however many words they share. Immutable once built, so any thread may ask it.
 */
public final class ClaimIndex {
    /** The similarity from which two claims count as the same claim said again. */
    public static final double THRESHOLD = 0.5;

    private final List<Claim> claims;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final int[][] terms; // per claim: its term ids, ascending
    private final int[][] numbers; // per claim: the term ids of its numbers, ascending
    private final List<List<String>> contrasts; // per claim: its words of a contrast, mostly none
    private final double[] norms;
    private final double[] idf;
    private final int[][] postings; // per term: the claims that have it, ascending

    private final double threshold;

    public ClaimIndex(List<Claim> claims) {
        this(claims, THRESHOLD);
    }

    /** An index that counts claims alike from {@code threshold} (for measuring the grouping at other ones). */
    ClaimIndex(List<Claim> claims, double threshold) {
        this.threshold = threshold;
        this.claims = List.copyOf(claims);
        int n = this.claims.size();
        terms = new int[n][];
        numbers = new int[n][];
        List<List<String>> contrasting = new ArrayList<>(n);
        List<Integer> df = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClaimTerms t = ClaimTerms.of(this.claims.get(i).text());
            terms[i] = ids(t, df);
            numbers[i] = numberIds(t);
            List<String> own = t.contrasting();
            contrasting.add(own.isEmpty() ? List.of() : own);
        }
        contrasts = contrasting;
        idf = new double[df.size()];
        int[][] lists = new int[df.size()][];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = weight(n, df.get(t));
            lists[t] = new int[df.get(t)];
        }
        int[] filled = new int[idf.length];
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t : terms[i]) {
                lists[t][filled[t]++] = i;
                sum += idf[t] * idf[t];
            }
            norms[i] = Math.sqrt(sum);
        }
        postings = lists;
    }

    /**
     * Claims counted as if the folder held them too, none with any of its terms: in a small folder about one
     * story every claim shares its words, which are not common words for that; in a large folder they change
     * nothing.
     */
    private static final int BACKGROUND = 100;

    /** The inverse document frequency of a term in {@code df} of {@code n} claims, as BM25 weighs it. */
    private static double weight(int n, int df) {
        return Math.log(1 + (n + BACKGROUND - df + 0.5) / (df + 0.5));
    }

    public List<Claim> claims() {
        return claims;
    }

    /** A claim found like another, with how alike (0 to 1). */
    public record Match(Claim claim, double similarity) {
    }

    /**
     * The claims of {@code label} most like {@code text}, at least {@link #THRESHOLD} alike, the most alike
     * first, at most {@code limit}, leaving out those {@code skip} accepts.
     */
    public List<Match> similar(String label, String text, Predicate<Claim> skip, int limit) {
        ClaimTerms t = ClaimTerms.of(text);
        List<Integer> known = new ArrayList<>();
        List<Double> unknownWeights = new ArrayList<>();
        for (String term : all(t)) {
            Integer id = termIds.get(term);
            if (id != null) {
                known.add(id);
            } else {
                unknownWeights.add(weight(claims.size(), 0));
            }
        }
        int[] query = known.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] queryNumbers = numberIds(t);
        List<String> queryContrasts = t.contrasting();
        double norm = 0;
        for (int q : query) {
            norm += idf[q] * idf[q];
        }
        for (double w : unknownWeights) {
            norm += w * w;
        }
        int unknownNumbers = (int) t.numbers().stream().filter(x -> !termIds.containsKey("#" + x)).count();
        List<Match> found = new ArrayList<>();
        for (int c : candidates(query, Math.sqrt(norm))) {
            Claim claim = claims.get(c);
            if (!claim.label().equals(label) || skip.test(claim)
                    || disagree(queryNumbers, unknownNumbers, numbers[c])
                    || ClaimTerms.contrast(queryContrasts, contrasts.get(c))) {
                continue;
            }
            double similarity = dot(query, terms[c]) / (Math.sqrt(norm) * norms[c]);
            if (similarity >= threshold) {
                found.add(new Match(claim, Math.min(1, similarity)));
            }
        }
        found.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** How alike claims {@code i} and {@code j} are by their terms alone (numbers and contrasts aside). */
    double cosine(int i, int j) {
        return dot(terms[i], terms[j]) / (norms[i] * norms[j]);
    }

    /** The indexes of the claims alike to claim {@code i} (in the same label), for grouping. */
    List<Integer> alikeTo(int i) {
        List<Integer> alike = new ArrayList<>();
        for (int c : candidates(terms[i], norms[i])) {
            if (c != i && claims.get(c).label().equals(claims.get(i).label())
                    && !disagree(numbers[i], 0, numbers[c])
                    && !ClaimTerms.contrast(contrasts.get(i), contrasts.get(c))
                    && dot(terms[i], terms[c]) / (norms[i] * norms[c]) >= threshold) {
                alike.add(c);
            }
        }
        return alike;
    }

    /**
     * The claims that share a term with {@code query} among its heaviest ones: a claim that shares none of
     * them cannot reach the threshold (its dot product is at most the norm of the rest times its own), so the
     * long postings of common words are never walked.
     */
    private int[] candidates(int[] query, double norm) {
        if (norm == 0) {
            return new int[0];
        }
        int[] byWeight = Arrays.stream(query).boxed()
                .sorted(Comparator.comparingDouble((Integer q) -> idf[q]).reversed())
                .mapToInt(Integer::intValue).toArray();
        double rest = 0;
        for (int q : query) {
            rest += idf[q] * idf[q];
        }
        double bound = threshold * threshold * norm * norm;
        java.util.BitSet seen = new java.util.BitSet(claims.size());
        for (int q : byWeight) {
            if (rest < bound) {
                break;
            }
            for (int c : postings[q]) {
                seen.set(c);
            }
            rest -= idf[q] * idf[q];
        }
        return seen.stream().toArray();
    }

    private double dot(int[] a, int[] b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += idf[a[i]] * idf[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Whether each side has a number the other lacks; {@code unknown} counts numbers of {@code a} no claim has. */
    private static boolean disagree(int[] a, int unknown, int[] b) {
        if ((a.length == 0 && unknown == 0) || b.length == 0) {
            return false;
        }
        boolean aHasOwn = unknown > 0 || Arrays.stream(a).anyMatch(x -> Arrays.binarySearch(b, x) < 0);
        boolean bHasOwn = Arrays.stream(b).anyMatch(x -> Arrays.binarySearch(a, x) < 0);
        return aHasOwn && bHasOwn;
    }

    private static List<String> all(ClaimTerms t) {
        List<String> all = new ArrayList<>(t.words());
        t.numbers().forEach(x -> all.add("#" + x));
        return all;
    }

    private int[] ids(ClaimTerms t, List<Integer> df) {
        List<String> all = all(t);
        int[] ids = new int[all.size()];
        for (int k = 0; k < ids.length; k++) {
            Integer id = termIds.get(all.get(k));
            if (id == null) {
                id = df.size();
                termIds.put(all.get(k), id);
                df.add(0);
            }
            df.set(id, df.get(id) + 1);
            ids[k] = id;
        }
        Arrays.sort(ids);
        return ids;
    }

    private int[] numberIds(ClaimTerms t) {
        return t.numbers().stream().map(x -> termIds.get("#" + x)).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sorted().toArray();
    }
}
