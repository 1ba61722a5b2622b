package org.factmark.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;
import org.factmark.io.FileReads;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarStore;

/**
 * What {@code factmark agree} compares: the sidecars of one article (given as sidecars, or as articles whose
 * sidecars sit beside them), or folders of sidecars paired by file name. All of one article's sidecars are read
 * against one text: the article named by the first sidecar that has it beside it.
 */
final class AgreeInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgreeInputs() {
    }

    /** A bad input, said in one line naming the file. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** One article as each annotator marked it. */
    record Article(String name, ArticleText text, List<Path> sidecars, List<List<Annotation>> annotators) {
    }

    /** The articles to compare: one for files, one per sidecar name found in every folder for folders. */
    static List<Article> read(List<Path> paths, java.io.PrintWriter err) throws Refused {
        long folders = paths.stream().filter(Files::isDirectory).count();
        if (folders == 0) {
            return List.of(article(paths.stream().map(AgreeInputs::sidecarOf).toList()));
        }
        if (folders != paths.size()) {
            throw new Refused("give either sidecars (or articles) or folders of them, not both");
        }
        Map<String, List<Path>> byName = new LinkedHashMap<>();
        for (Path folder : paths) {
            for (String name : sidecarNames(folder)) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(folder.resolve(name));
            }
        }
        List<Article> articles = new ArrayList<>();
        for (var e : byName.entrySet()) {
            if (e.getValue().size() == paths.size()) {
                articles.add(article(e.getValue()));
            } else {
                err.println("factmark: skipped " + e.getKey() + ": it is not in every folder");
            }
        }
        if (articles.isEmpty()) {
            throw new Refused("no sidecar (NAME" + SidecarStore.SUFFIX + ") is in every one of the folders "
                    + paths);
        }
        return articles;
    }

    private static Set<String> sidecarNames(Path folder) throws Refused {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new LinkedHashSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SidecarStore.SUFFIX)).sorted()
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new Refused(folder + " could not be read: " + e.getMessage());
        }
    }

    /** An article given instead of its sidecar stands for the sidecar beside it. */
    private static Path sidecarOf(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(SidecarStore.SUFFIX) ? path
                : SidecarStore.sidecarFor(path);
    }

    private static Article article(List<Path> sidecars) throws Refused {
        List<byte[]> bytes = new ArrayList<>();
        Path articlePath = null;
        for (Path sidecar : sidecars) {
            byte[] b = readSidecar(sidecar);
            bytes.add(b);
            Path named = sidecar.resolveSibling(documentFile(sidecar, b));
            if (articlePath == null && Files.isRegularFile(named)) {
                articlePath = named;
            }
        }
        if (articlePath == null) {
            throw new Refused(sidecars.get(0) + ": its article " + documentFile(sidecars.get(0), bytes.get(0))
                    + " is not beside it (nor beside the other sidecars)");
        }
        ArticleText text;
        try {
            text = ArticleLoader.load(articlePath);
        } catch (ArticleException e) {
            throw new Refused(e.getMessage());
        }
        List<List<Annotation>> annotators = new ArrayList<>();
        for (int i = 0; i < sidecars.size(); i++) {
            try {
                annotators.add(SidecarReader.read(bytes.get(i), text).content().annotations());
            } catch (SidecarException e) {
                throw new Refused(sidecars.get(i) + ": " + e.getMessage());
            }
        }
        return new Article(articlePath.getFileName().toString(), text, sidecars, annotators);
    }

    private static byte[] readSidecar(Path sidecar) throws Refused {
        if (!Files.isRegularFile(sidecar)) {
            throw new Refused(sidecar + " does not exist");
        }
        try {
            return FileReads.sidecar(sidecar);
        } catch (IOException e) {
            throw new Refused(e instanceof FileReads.Refused ? e.getMessage()
                    : sidecar + " could not be read: " + e.getMessage());
        }
    }

    /** {@code document.file}, found without reading the whole sidecar into a tree. */
    private static String documentFile(Path sidecar, byte[] bytes) throws Refused {
        String file = null;
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (file == null && p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if (key.equals("document") && p.currentToken() == JsonToken.START_OBJECT) {
                        file = ((com.fasterxml.jackson.databind.JsonNode) JSON.readTree(p)).path("file").asText(null);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            throw new Refused(sidecar + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (file == null || file.isEmpty() || file.contains("/") || file.contains("\\")) {
            throw new Refused(sidecar + ": \"document.file\" does not name an article file");
        }
        return file;
    }
}
