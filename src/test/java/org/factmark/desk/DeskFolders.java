package org.factmark.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.DocumentSource;
import org.factmark.model.DocumentStatus;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarStore;

/** Articles with sidecars written the way Factmark writes them, for the desk's tests. */
public final class DeskFolders {
    public static final String[] LABELS = {"quote", "figure", "assertion", "event"};
    public static final String[] VERDICTS = {"", "unrated", "accurate", "false", "misleading"};

    private DeskFolders() {
    }

    /** Writes {@code folder/name} with {@code words} random words and {@code count} random annotations. */
    public static Path article(Path folder, String name, Random random, int count, DocumentSource source,
                               DocumentStatus status) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.max(count * 3, 20); i++) {
            text.append("word").append(i).append(i % 12 == 11 ? ".\n" : " ");
        }
        Path article = folder.resolve(name);
        Files.createDirectories(article.getParent());
        Files.writeString(article, text);
        ArticleText loaded = ArticleLoader.fromString(name, text.toString());
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(text.length() - 10);
            String label = LABELS[random.nextInt(LABELS.length)];
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (label.equals("assertion")) {
                String verdict = VERDICTS[random.nextInt(VERDICTS.length)];
                if (!verdict.isEmpty()) {
                    attributes.put("verdict", verdict);
                }
            }
            annotations.add(new Annotation("id-" + i, label, start, start + 1 + random.nextInt(8), attributes, "",
                    "tester", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", Map.of()));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        if (source != null) {
            document.put(SidecarContent.SOURCE, source.toMap());
        }
        if (status != null) {
            document.put(DocumentStatus.KEY, status.toMap());
        }
        SidecarStore.save(article, new SidecarContent(loaded, annotations, List.of(), Map.of(), document), false);
        return article;
    }

    public static DocumentSource source(String title, String site, String published) {
        return new DocumentSource(null, title, null, site, published, null, null, null, null, null, null);
    }
}
