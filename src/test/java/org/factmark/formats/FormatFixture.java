package org.factmark.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.factmark.model.SidecarContent;

/**
 * The article the format tests share: a ZWJ family emoji (five code points, eight UTF-16 units), 😀, CRLF line
 * endings, a nested figure, an assertion overlapping a quote, a label the schema does not know, a non-UUID id,
 * cells that look like formulas. The golden files under {@code src/test/resources/formats} were written from
 * the same description by {@code make_golden.py}, in Python, without Factmark's code: keep the two in step.
 */
final class FormatFixture {
    static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String GRIN = "\uD83D\uDE00";
    static final String RAW = "Headline: " + FAMILY + " families " + GRIN + " celebrate\r\n"
            + "\"We counted 1,200 people " + GRIN + " in total,\" said the minister.\r\n"
            + "-5.5 degrees: the coldest night since 2019, Reuters reported.\r\n";
    static final String FILE = "fixture article.txt";
    static final Path PATH = Path.of("/srv/news", FILE);
    static final String SOURCE = "fixture%20article.txt";
    static final String ANA = "Ana Müller";
    static final String T1 = "2026-11-24T09:00:00Z";
    static final String T2 = "2026-11-24T10:30:00Z";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?q=1\",\"click me\")";

    private FormatFixture() {
    }

    static ArticleText article() {
        return ArticleLoader.fromString(FILE, RAW);
    }

    static List<Annotation> annotations(ArticleText article) {
        List<Annotation> out = new ArrayList<>();
        out.add(at(article, "11111111-1111-4111-8111-111111111111", "quote",
                "We counted 1,200 people " + GRIN + " in total",
                map("speaker", "the minister", "kind", "direct", "cue", "said"), HYPERLINK, ANA, T1, T2));
        out.add(at(article, "22222222-2222-4222-8222-222222222222", "figure", "1,200 people",
                map("value", 1200, "unit", "people", "kind", "count"), "", ANA, T1, T1));
        out.add(at(article, "33333333-3333-4333-8333-333333333333", "assertion",
                "1,200 people " + GRIN + " in total,\" said the minister",
                map("claimant", "the minister", "verdict", "unrated",
                        "evidence", List.of("https://example.org/a", "https://example.org/b?x=1,2")),
                "Two lines:\nfirst, \"quoted\"; second.", ANA, T1, T2));
        out.add(at(article, "44444444-4444-4444-8444-444444444444", "event", FAMILY + " families " + GRIN + " celebrate",
                map("type", "celebration", "date", "2019", "place", "Zürich", "status", "occurred"), "", "", "", ""));
        out.add(at(article, "55555555-5555-4555-8555-555555555555", "figure", "-5.5 degrees",
                map("value", new BigDecimal("-5.5"), "unit", "°C", "kind", "other", "as_of", "2019"),
                "+1 if confirmed", "@desk", T1, T2));
        out.add(at(article, "brat T7", "source", "Reuters", map("outlet", "Reuters", "verified", true), "", "", T1, T1));
        return out;
    }

    static ExportInput input() {
        ArticleText article = article();
        return input(PATH, new SidecarContent(article, annotations(article), List.of(), Map.of(), Map.of()));
    }

    static ExportInput input(Path path, SidecarContent content) {
        return new ExportInput(path, content, LabelSchemaLoader.bundledDefault());
    }

    static Annotation at(ArticleText article, String id, String label, String quote, Map<String, Object> attributes,
                         String note, String creator, String created, String modified) {
        int start = article.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the fixture: " + quote);
        }
        return new Annotation(id, label, start, start + quote.length(), attributes, note, creator, created, modified,
                Map.of());
    }

    /** The code-point offset of a UTF-16 offset, computed with the JDK alone. */
    static int cp(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static byte[] golden(String name) {
        try (InputStream in = FormatFixture.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
