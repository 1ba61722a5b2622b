package org.factmark.formats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.LabelSet;
import org.factmark.model.SidecarContent;

/**
 * The article the golden tests of brat, CoNLL, HTML and ClaimReview share: CRLF line endings (offsets count
 * the LF-normalised text), a five-code-point ZWJ emoji (👩‍👩‍👧) and a one-code-point astral emoji (😀), a
 * figure inside an assertion inside a quote, an event over a blank line, and two crossing spans.
 */
final class NewsFixture {
    static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String GRIN = "\uD83D\uDE00";
    static final String RAW = "Minister " + FAMILY + " Ana Diaz said: \u201CWe counted 1,200 people in Gaza.\u201D\r\n"
            + "Officials called it mostly accurate.\r\n\r\n"
            + "Hamas said 12,300 people died " + GRIN + " since October 7! Critics disagreed.\r\n";
    static final Path PATH = Path.of("/news/desk/speech.txt");
    static final LabelSet LABELS = LabelSchemaLoader.bundledDefault();

    private NewsFixture() {
    }

    static ArticleText article() {
        return ArticleLoader.fromString("speech.txt", RAW);
    }

    /** The annotations, in span order, with UTF-16 offsets found by {@code indexOf}. */
    static List<Annotation> annotations(ArticleText article) {
        List<Annotation> out = new ArrayList<>();
        out.add(at(article, "q1", "quote", "Minister " + FAMILY + " Ana Diaz", map("speaker", "Ana Diaz"), ""));
        out.add(at(article, "q2", "quote", "We counted 1,200 people in Gaza.",
                map("speaker", "Ana Diaz", "kind", "direct"), "Said twice.\nOnce on TV."));
        out.add(at(article, "a1", "assertion", "counted 1,200 people in Gaza",
                map("claimant", "Ana Diaz", "check_worthiness", "high", "verdict", "mostly accurate",
                        "explanation", "Close to the official count.",
                        "evidence", List.of("https://example.org/count", "https://example.org/tv")), ""));
        out.add(at(article, "f1", "figure", "1,200 people", map("value", 1200, "unit", "people", "kind", "count"),
                ""));
        out.add(at(article, "e1", "event", "Officials called it mostly accurate.\n\nHamas said",
                map("date", "2023-10-07", "status", "alleged"), ""));
        out.add(at(article, "f2", "figure", "12,300 people died " + GRIN, map("value", 12300, "kind", "count"), ""));
        out.add(at(article, "a2", "assertion", "people died " + GRIN + " since October 7",
                map("claimant", "Hamas government", "verdict", "false"), "Counts <b>all</b> deaths & more."));
        return out;
    }

    static Annotation at(ArticleText article, String id, String label, String quote, Map<String, Object> attributes,
                         String note) {
        int from = article.text().indexOf(quote);
        if (from < 0) {
            throw new IllegalArgumentException(quote);
        }
        return new Annotation(id, label, from, from + quote.length(), attributes, note, "Ana Checker",
                "2026-11-24T09:00:00Z", "2026-11-25T10:30:00Z", Map.of());
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static ExportInput input() {
        ArticleText article = article();
        return input(PATH, article, annotations(article));
    }

    static ExportInput input(Path path, ArticleText article, List<Annotation> annotations) {
        return new ExportInput(path, new SidecarContent(article, annotations, List.of(), Map.of(), Map.of()),
                LABELS);
    }

    /** The code-point offset of the first {@code quote} in the text, counted independently of the exporters. */
    static int cp(ArticleText article, String quote) {
        return article.text().codePointCount(0, article.text().indexOf(quote));
    }

    static String utf8(ExportResult.OutputFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    static ExportResult.OutputFile file(ExportResult result, String name) {
        return result.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + result.files().stream()
                        .map(ExportResult.OutputFile::name).toList()));
    }
}
