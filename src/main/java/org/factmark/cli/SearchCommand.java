package org.factmark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factmark.search.index.FolderSearch;
import org.factmark.search.index.Hit;
import org.factmark.search.index.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find words and \"quoted phrases\" in every article of FOLDER (its text, its annotations' "
                + "notes and details). Case, accents, the script of digits and Arabic or Persian letter forms do not matter.",
            "An article is found when it holds every word and phrase; its hits are listed under it. An index is kept "
                + "as a cache in FOLDER/.factmark/; the answers are the same without it."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY")
    String query;

    @Parameters(index = "1", paramLabel = "FOLDER")
    Path folder;

    @Option(names = "--label", paramLabel = "L", description = "only hits in annotations with this label")
    String label;

    @Option(names = "--verdict", paramLabel = "V", description = "only hits in annotations with this verdict")
    String verdict;

    @Option(names = "--json", description = "print an array of {article, start, end, text, annotation} "
            + "(offsets in code points)")
    boolean json;

    @Option(names = "--no-index", description = "read every article; neither use nor make the index")
    boolean noIndex;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("factmark: " + folder + " is not a folder");
            return FactmarkCli.ERROR;
        }
        SearchQuery parsed = SearchQuery.parse(query, Optional.ofNullable(label), Optional.ofNullable(verdict));
        if (parsed.isEmpty()) {
            err.println("factmark: the query \"" + query + "\" has no words to search for");
            return FactmarkCli.ERROR;
        }
        FolderSearch.Result result;
        try (FolderSearch search = FolderSearch.open(folder, !noIndex)) {
            search.refresh((done, total, bytes) -> { });
            search.notes().forEach(n -> err.println("factmark: note: " + n));
            result = search.search(parsed);
        }
        result.problems().forEach(p -> err.println("factmark: " + p));
        if (json) {
            printJson(out, result.hits());
        } else {
            printText(out, result);
        }
        out.flush();
        err.flush();
        return result.problems().isEmpty() ? FactmarkCli.OK : FactmarkCli.PROBLEMS;
    }

    private static void printText(PrintWriter out, FolderSearch.Result result) {
        String article = null;
        int articles = 0;
        for (Hit hit : result.hits()) {
            if (!hit.article().equals(article)) {
                article = hit.article();
                articles++;
                out.println(article);
            }
            String where = hit.annotation().map(a -> "  [" + a.label() + (hit.inNote() ? " note or details" : "")
                    + " " + a.id() + "]").orElse("");
            out.println("  " + hit.start() + "-" + hit.end() + "  " + hit.context() + where);
        }
        out.println(result.hits().size() + (result.hits().size() == 1 ? " hit" : " hits") + " in " + articles
                + " of " + result.articlesSearched() + (result.articlesSearched() == 1 ? " article" : " articles"));
    }

    private static void printJson(PrintWriter out, List<Hit> hits) {
        List<Map<String, Object>> array = new ArrayList<>();
        for (Hit hit : hits) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("article", hit.article());
            o.put("start", hit.start());
            o.put("end", hit.end());
            o.put("text", hit.text());
            o.put("annotation", hit.annotation().map(a -> {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("id", a.id());
                ref.put("label", a.label());
                return ref;
            }).orElse(null));
            array.add(o);
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
