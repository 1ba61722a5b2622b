package org.factmark.sidecar;

import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;

/** Small articles and annotations the sidecar tests share. */
public final class SidecarFixtures {
    /** Emoji (astral and ZWJ), a flag, a combining mark, right-to-left text, CRLF and a BOM. */
    public static final String RAW = "\uFEFFThe minister 👩‍👩‍👧 said 🇺🇦 that 1,200 people died.\r\n"
            + "Cafe\u0301 owners disagreed: «faux».\r\nفارسی\u200Cها ends it.";

    private SidecarFixtures() {
    }

    static ArticleText article() {
        return ArticleLoader.fromString("speech.txt", RAW);
    }

    public static Annotation at(ArticleText article, String label, String quote, int occurrence, String id) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = article.text().indexOf(quote, from + 1);
        }
        if (from < 0) {
            throw new IllegalArgumentException(quote);
        }
        return new Annotation(id, label, from, from + quote.length(), Map.of(), "", "tester",
                "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", Map.of());
    }

    public static SidecarContent content(ArticleText article, List<Annotation> annotations) {
        return new SidecarContent(article, annotations, List.of(), Map.of(), Map.of());
    }
}
