package org.factmark.search;

import java.lang.ref.WeakReference;
import java.util.concurrent.CompletableFuture;

/**
 * The article folded once per text and per setting, for the find bar's many queries. A long article is folded
 * on a thread of its own (a 20 MB article takes about a second); a short one at once. The text is held weakly,
 * so a closed article is not kept for its folding.
 */
public final class FoldCache {
    /** Texts up to this many chars are folded on the caller's thread. */
    static final int AT_ONCE = 1_000_000;
    private WeakReference<String> text = new WeakReference<>(null);
    private boolean ignoreDiacritics;
    private CompletableFuture<FoldedText> folding;

    /** The folding of {@code article}, started now unless the last call asked for the same. */
    public synchronized CompletableFuture<FoldedText> of(String article, boolean ignoreDiacritics) {
        if (folding == null || text.get() != article || this.ignoreDiacritics != ignoreDiacritics) {
            text = new WeakReference<>(article);
            this.ignoreDiacritics = ignoreDiacritics;
            folding = article.length() <= AT_ONCE
                    ? CompletableFuture.completedFuture(FoldedText.of(article, ignoreDiacritics))
                    : CompletableFuture.supplyAsync(() -> FoldedText.of(article, ignoreDiacritics));
        }
        return folding;
    }
}
