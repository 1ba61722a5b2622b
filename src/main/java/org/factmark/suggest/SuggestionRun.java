package org.factmark.suggest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factmark.concurrent.Cores;
import org.factmark.model.ArticleText;

/**
 * One run of the suggesters off the calling thread (the window's: it never waits for it). {@link #cancel()} stops
 * it within one sentence's work; its {@link #result()} then completes exceptionally with a
 * {@link java.util.concurrent.CancellationException}. A run that fails on odd text completes exceptionally
 * too, never with a partial list.
 */
public final class SuggestionRun {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<List<Suggestion>> result;

    private SuggestionRun(ArticleText article, LocalDate published, Collection<String> labels, Executor executor) {
        Prose prose = Prose.of(article, published, cancelled::get);
        Collection<String> wanted = labels == null ? null : List.copyOf(labels);
        result = CompletableFuture.supplyAsync(() -> Suggesters.run(prose, wanted), executor);
    }

    /** Starts the suggesters for {@code labels} (all when null) on the shared background threads. */
    public static SuggestionRun start(ArticleText article, LocalDate published, Collection<String> labels) {
        return new SuggestionRun(article, published, labels, Cores.pool());
    }

    /** As {@link #start(ArticleText, LocalDate, Collection)}, on the given threads. */
    public static SuggestionRun start(ArticleText article, LocalDate published, Collection<String> labels,
                                      Executor executor) {
        return new SuggestionRun(article, published, labels, executor);
    }

    /** The suggestions in text order, when the run is done. */
    public CompletableFuture<List<Suggestion>> result() {
        return result;
    }

    /** Asks the run to stop; harmless when it is done. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
