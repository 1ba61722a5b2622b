package org.factmark.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.factmark.article.ArticleException;
import org.factmark.sidecar.SidecarStore;

/**
 * Search over a folder of articles: {@link #refresh} finds the articles and brings the index up to date with
 * them (reading only those whose files changed), {@link #search} answers a query. The answers are the same with
 * or without the index: it only says which articles need not be read.
 */
public final class FolderSearch implements Closeable {
    private final Path folder;
    private final FolderIndex index;
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private List<Path> articles = List.of();
    /** Articles the index does not answer for (changed since, or unreadable): read at every search. */
    private Set<String> unindexed = Set.of();

    /** How far the index is: articles read of those to read, and their bytes. */
    public interface Progress {
        void update(int done, int total, long bytes);
    }

    /**
     * The hits, the articles they are in, and what the user should know (files that could not be read).
     *
     * @param more whether there are further articles with hits past the limit asked for
     */
    public record Result(List<Hit> hits, int articlesSearched, List<String> problems, boolean more) {
    }

    private FolderSearch(Path folder, boolean useIndex) {
        this.folder = folder;
        this.index = useIndex ? FolderIndex.open(folder, notes::add) : null;
    }

    /** Search over {@code folder}, keeping its index in {@code FOLDER/.factmark/} when {@code useIndex}. */
    public static FolderSearch open(Path folder, boolean useIndex) {
        return new FolderSearch(folder.toAbsolutePath().normalize(), useIndex);
    }

    public Path folder() {
        return folder;
    }

    /** What happened to the index (could not be kept, was made again, is in use by another window). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public int articleCount() {
        return articles.size();
    }

    /** Finds the folder's articles and indexes those that are new or changed. */
    public synchronized void refresh(Progress progress) throws IOException {
        FolderArticles found = FolderArticles.of(folder);
        articles = found.articles();
        Set<String> changed = Collections.synchronizedSet(new HashSet<>());
        List<Path> toIndex = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Path article : articles) {
            String name = FolderArticles.name(folder, article);
            present.add(name);
            String stamp = stamp(article);
            if (index == null || !stamp.equals(index.stampOf(name))) {
                changed.add(name);
                toIndex.add(article);
                stamps.add(stamp);
            }
        }
        if (index != null && index.writable()) {
            indexAll(toIndex, stamps, changed, progress);
            for (String gone : new ArrayList<>(index.names())) {
                if (!present.contains(gone)) {
                    index.remove(gone);
                }
            }
            index.commit();
        }
        unindexed = Set.copyOf(changed);
    }

    private void indexAll(List<Path> toIndex, List<String> stamps, Set<String> changed, Progress progress)
            throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), toIndex.size()));
        List<Thread> workers = new ArrayList<>();
        List<IOException> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < toIndex.size(); i = next.getAndIncrement()) {
                    Path article = toIndex.get(i);
                    String name = FolderArticles.name(folder, article);
                    try {
                        Searchable s = Searchable.read(article);
                        index.put(name, stamps.get(i), s);
                        changed.remove(name);
                        bytes.addAndGet(s.text().length());
                    } catch (ArticleException e) {
                        // said again, by name, when a search reads it
                    } catch (IOException e) {
                        failures.add(e);
                    }
                    progress.update(done.incrementAndGet(), toIndex.size(), bytes.get());
                }
            }, "factmark-index-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("indexing was interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** The hits of a query in every article found, in the order of the articles' paths. */
    public Result search(SearchQuery query) throws IOException {
        return search(query, Integer.MAX_VALUE);
    }

    /** As {@link #search(SearchQuery)}, in the first {@code maxArticles} articles found (by path). */
    public Result search(SearchQuery query, int maxArticles) throws IOException {
        List<Path> all;
        Set<String> candidates;
        Set<String> unread;
        synchronized (this) {
            all = articles;
            unread = unindexed;
            candidates = index == null || query.isEmpty() ? Set.of() : index.candidates(query);
        }
        List<Path> toRead = new ArrayList<>();
        for (Path article : all) {
            String name = FolderArticles.name(folder, article);
            if (!query.isEmpty() && (index == null || candidates.contains(name) || unread.contains(name))) {
                toRead.add(article);
            }
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Hit> hits = new ArrayList<>();
        int found = 0;
        // read in batches, in path order, on every core, until enough articles have hits
        for (int from = 0; from < toRead.size(); from += BATCH) {
            List<List<Hit>> perArticle = toRead.subList(from, Math.min(toRead.size(), from + BATCH)).parallelStream()
                    .map(article -> hitsIn(article, query, problems)).toList();
            for (List<Hit> h : perArticle) {
                if (h.isEmpty()) {
                    continue;
                }
                if (found == maxArticles) {
                    return new Result(hits, all.size(), List.copyOf(problems), true);
                }
                found++;
                hits.addAll(h);
            }
        }
        return new Result(hits, all.size(), List.copyOf(problems), false);
    }

    private static final int BATCH = 32;

    private List<Hit> hitsIn(Path article, SearchQuery query, List<String> problems) {
        try {
            Searchable s = Searchable.read(article);
            s.problem().ifPresent(problems::add);
            return HitFinder.find(s, FolderArticles.name(folder, article), query);
        } catch (ArticleException e) {
            problems.add(e.getMessage());
            return List.of();
        }
    }

    /** Size and time of the article and of its sidecar: what tells that either changed. */
    static String stamp(Path article) {
        return stampOf(article) + "|" + stampOf(SidecarStore.sidecarFor(article));
    }

    private static String stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (NoSuchFileException e) {
            return "-";
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }
}
