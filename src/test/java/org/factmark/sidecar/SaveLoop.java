package org.factmark.sidecar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;

/**
 * A child process for {@link CrashTest}: saves two versions of a large sidecar in turn, for ever, until it is
 * killed. Prints "ready" after its first save.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args[0]);
        ArticleText text = ArticleLoader.load(article);
        SidecarContent[] versions = {version(text, "quote"), version(text, "event")};
        for (int i = 0; ; i++) {
            SidecarStore.save(article, versions[i % 2], false);
            if (i == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    static SidecarContent version(ArticleText text, String label) {
        List<Annotation> list = new ArrayList<>();
        for (int i = 0, at = 0; i < 4000 && at + 5 < text.length(); i++, at += 7) {
            list.add(new Annotation("a" + i, label, at, at + 5, null, "note " + i, "crash-test",
                    "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", null));
        }
        return new SidecarContent(text, list, List.of(), java.util.Map.of(), java.util.Map.of());
    }

    static void writeArticle(Path article) throws Exception {
        Files.writeString(article, "word ".repeat(6000));
    }
}
