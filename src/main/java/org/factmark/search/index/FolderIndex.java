package org.factmark.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.factmark.model.Annotation;

/**
 * The folder's search index, a cache in {@code FOLDER/.factmark/search-index}: for each article its path, the
 * size and time of its file and sidecar (to notice changes), and its words (text, notes, details). It only
 * narrows down which articles to read: every hit is found again in the article itself ({@link HitFinder}), and
 * an article whose files changed since it was indexed is read whatever the index says. An index that is
 * missing, unreadable, written by another version or by something else is rebuilt; one that another window is
 * updating is read as it is.
 */
final class FolderIndex implements Closeable {
    static final String DIR = ".factmark/search-index";
    /** Written in every commit; an index without it, or with another, is not ours (or not this version's). */
    static final String FORMAT_KEY = "factmark.search.format";
    static final String FORMAT = "1";
    private static final String PATH = "path";
    private static final String STAMP = "stamp";

    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;
    /** The stamp of each article as indexed, by path relative to the folder. */
    private final Map<String, String> stamps = new HashMap<>();

    private FolderIndex(Directory directory, IndexWriter writer, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.reader = reader;
        if (reader != null) {
            loadStamps();
        }
    }

    /**
     * Opens (or makes) the folder's index. A read-only folder, a folder whose index another window is
     * updating: the index is read if there is a good one, else the search goes without; {@code notes} hears why.
     */
    static FolderIndex open(Path folder, java.util.function.Consumer<String> notes) {
        Path dir = folder.resolve(DIR);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            notes.accept("The search index cannot be kept in " + folder.resolve(".factmark")
                    + " (" + e.getClass().getSimpleName() + "): searching without it.");
            return readOnly(dir, notes);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Directory directory = null;
            IndexWriter writer = null;
            try {
                directory = FSDirectory.open(dir);
                writer = new IndexWriter(directory, new IndexWriterConfig(Words.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
                if (!ours(directory)) {
                    writer.deleteAll();
                    commit(writer);
                }
                return new FolderIndex(directory, writer, DirectoryReader.open(writer));
            } catch (LockObtainFailedException e) {
                close(directory);
                notes.accept("Another Factmark window is updating this folder's search index: "
                        + "articles changed since it was made are read one by one.");
                return readOnly(dir, notes);
            } catch (IOException | RuntimeException e) {
                if (writer != null) {
                    try {
                        writer.rollback();
                    } catch (IOException | RuntimeException ignored) {
                        // the index is given up on
                    }
                }
                close(directory);
                if (attempt == 0) {
                    notes.accept("The search index in " + dir + " could not be read (" + e.getClass().getSimpleName()
                            + "): it is made again.");
                    if (!wipe(dir)) {
                        break;
                    }
                }
            }
        }
        notes.accept("The search index in " + dir + " could not be made: searching without it.");
        return null;
    }

    private static FolderIndex readOnly(Path dir, java.util.function.Consumer<String> notes) {
        Directory directory = null;
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory) || !ours(directory)) {
                close(directory);
                return null;
            }
            return new FolderIndex(directory, null, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            close(directory);
            return null;
        }
    }

    private static boolean ours(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        return FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
    }

    /** Removes the files of an index that cannot be trusted (its own files only: no folder, no link followed). */
    private static boolean wipe(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean writable() {
        return writer != null;
    }

    /** The stamp this article was indexed with, or null when it is not in the index. */
    String stampOf(String name) {
        return stamps.get(name);
    }

    Set<String> names() {
        return stamps.keySet();
    }

    /** Puts an article in the index in place of what was there (the caller then {@link #commit()}s). */
    void put(String name, String stamp, Searchable article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(PATH, name, Field.Store.NO));
        doc.add(new SortedDocValuesField(PATH, new BytesRef(name)));
        doc.add(new SortedDocValuesField(STAMP, new BytesRef(stamp)));
        doc.add(new TextField(Words.FIELD, article.text(), Field.Store.NO));
        for (Annotation a : article.annotations()) {
            for (String value : Searchable.notesAndDetails(a)) {
                doc.add(new TextField(Words.FIELD, value, Field.Store.NO));
            }
        }
        writer.updateDocument(new Term(PATH, name), doc);
        synchronized (stamps) {
            stamps.put(name, stamp);
        }
    }

    void remove(String name) throws IOException {
        writer.deleteDocuments(new Term(PATH, name));
        stamps.remove(name);
    }

    void commit() throws IOException {
        commit(writer);
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            reader = newer;
        }
    }

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    /** The articles (paths relative to the folder) whose words hold every word and phrase of the query. */
    Set<String> candidates(SearchQuery query) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> phrase : query.phrases()) {
            Query q = phrase.size() == 1 ? new TermQuery(new Term(Words.FIELD, phrase.get(0)))
                    : new PhraseQuery(Words.FIELD, phrase.toArray(String[]::new));
            all.add(q, BooleanClause.Occur.MUST);
        }
        Set<String> found = new HashSet<>();
        new IndexSearcher(reader).search(all.build(), new SimpleCollector() {
            private SortedDocValues paths;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                paths = context.reader().getSortedDocValues(PATH);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (paths != null && paths.advanceExact(doc)) {
                    found.add(paths.lookupOrd(paths.ordValue()).utf8ToString());
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return found;
    }

    private void loadStamps() throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues paths = leaf.reader().getSortedDocValues(PATH);
            SortedDocValues stampValues = leaf.reader().getSortedDocValues(STAMP);
            var live = leaf.reader().getLiveDocs();
            if (paths == null || stampValues == null) {
                continue;
            }
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && paths.advanceExact(doc) && stampValues.advanceExact(doc)) {
                    stamps.put(paths.lookupOrd(paths.ordValue()).utf8ToString(),
                            stampValues.lookupOrd(stampValues.ordValue()).utf8ToString());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private static void close(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // it was not in use
            }
        }
    }
}
