package org.factmark.search;

import java.util.Arrays;

/**
 * A text folded as {@link Fold} says, with the way back: every match in the folded text maps to the original
 * characters it came from, whole clusters (a letter with its combining marks) at either end, and never a
 * character dropped before or after it (a ZWNJ or tatweel at the edge of the match stays unselected).
 * Offsets are in UTF-16 units of the original text, as everywhere in the editor.
 *
 * <p>The map is a list of runs: in an identity run each folded char stands for one original char; a cluster
 * run is one cluster whose folded chars (none, one or several) all stand for the whole cluster. Text that
 * folds char for char (most text) costs no memory beyond the folded string.
 */
public final class FoldedText {
    private final String folded;
    private final int originalLength;
    /** Where each run starts in the folded text (non-decreasing) and in the original (increasing). */
    private final int[] runFolded;
    private final int[] runOriginal;
    /** Whether each run is a single cluster (else an identity run). */
    private final boolean[] cluster;

    private FoldedText(String folded, int originalLength, int[] runFolded, int[] runOriginal, boolean[] cluster) {
        this.folded = folded;
        this.originalLength = originalLength;
        this.runFolded = runFolded;
        this.runOriginal = runOriginal;
        this.cluster = cluster;
    }

    public static FoldedText of(String text, boolean ignoreDiacritics) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        Runs runs = new Runs();
        boolean inIdentityRun = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 && (i + 1 == n || text.charAt(i + 1) < 0x300)) {
                if (!inIdentityRun) {
                    runs.add(out.length(), i, false);
                    inIdentityRun = true;
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
                continue;
            }
            int end = Fold.clusterEnd(text, i);
            String f = Fold.cluster(text, i, end, ignoreDiacritics);
            boolean oneForOne = f.length() == end - i && Character.charCount(text.codePointAt(i)) == end - i;
            if (oneForOne && !inIdentityRun) {
                runs.add(out.length(), i, false);
                inIdentityRun = true;
            } else if (!oneForOne) {
                runs.add(out.length(), i, true);
                inIdentityRun = false;
            }
            out.append(f);
            i = end;
        }
        return new FoldedText(out.toString(), n, runs.folded(), runs.original(), runs.clusters());
    }

    public String folded() {
        return folded;
    }

    /**
     * The first place at or after {@code from} (folded offset) where {@code foldedQuery} matches whole
     * clusters, or -1.
     */
    public int indexOf(String foldedQuery, int from) {
        if (foldedQuery.isEmpty()) {
            return -1;
        }
        for (int at = folded.indexOf(foldedQuery, from); at >= 0; at = folded.indexOf(foldedQuery, at + 1)) {
            if (isBoundary(at) && isBoundary(at + foldedQuery.length())) {
                return at;
            }
        }
        return -1;
    }

    /** The last place starting at or before {@code from} (folded offset) where the query matches, or -1. */
    public int lastIndexOf(String foldedQuery, int from) {
        if (foldedQuery.isEmpty()) {
            return -1;
        }
        for (int at = folded.lastIndexOf(foldedQuery, from); at >= 0; at = folded.lastIndexOf(foldedQuery, at - 1)) {
            if (isBoundary(at) && isBoundary(at + foldedQuery.length())) {
                return at;
            }
        }
        return -1;
    }

    /** Whether a match may begin or end at this folded offset: not inside a cluster. */
    boolean isBoundary(int f) {
        if (f <= 0 || f >= folded.length()) {
            return true;
        }
        int r = runAt(f);
        return !cluster[r] || runFolded[r] == f;
    }

    /** Where in the original the folded char at {@code f} comes from (the start of its cluster). */
    public int originalStart(int f) {
        if (f >= folded.length()) {
            return originalLength;
        }
        int r = runAt(f);
        return cluster[r] ? runOriginal[r] : runOriginal[r] + f - runFolded[r];
    }

    /** The original end of a match that ends at folded offset {@code f} (the end of its last cluster). */
    public int originalEnd(int f) {
        if (f <= 0) {
            return 0;
        }
        int r = runAt(f - 1);
        return cluster[r] ? runOriginalEnd(r) : runOriginal[r] + f - runFolded[r];
    }

    /** The folded offset of the first folded char whose original start is at or after {@code original}. */
    public int foldedAt(int original) {
        if (runOriginal.length == 0 || original <= 0) {
            return 0;
        }
        if (original >= originalLength) {
            return folded.length();
        }
        int r = Arrays.binarySearch(runOriginal, original);
        if (r >= 0) {
            return runFolded[r];
        }
        r = -r - 2;
        return cluster[r] ? runFoldedEnd(r) : runFolded[r] + original - runOriginal[r];
    }

    private int runAt(int f) {
        // the last run starting at or before f: never an empty run, which shares its start with the next one
        int lo = 0;
        int hi = runFolded.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runFolded[mid] <= f) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private int runOriginalEnd(int r) {
        return r + 1 < runOriginal.length ? runOriginal[r + 1] : originalLength;
    }

    private int runFoldedEnd(int r) {
        return r + 1 < runFolded.length ? runFolded[r + 1] : folded.length();
    }

    /** Growable parallel arrays. */
    private static final class Runs {
        private int[] f = new int[4];
        private int[] o = new int[4];
        private boolean[] c = new boolean[4];
        private int size;

        void add(int folded, int original, boolean isCluster) {
            if (size == f.length) {
                f = Arrays.copyOf(f, size * 2);
                o = Arrays.copyOf(o, size * 2);
                c = Arrays.copyOf(c, size * 2);
            }
            f[size] = folded;
            o[size] = original;
            c[size] = isCluster;
            size++;
        }

        int[] folded() {
            return Arrays.copyOf(f, size);
        }

        int[] original() {
            return Arrays.copyOf(o, size);
        }

        boolean[] clusters() {
            return Arrays.copyOf(c, size);
        }
    }
}
