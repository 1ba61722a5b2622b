package org.factmark.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.sidecar.SidecarReader;
import org.junit.jupiter.api.Test;

/**
 * The figures against an independent implementation: {@code agreement_reference.py} (plain Python, reading the
 * sidecars' code-point offsets directly) on six cases, among them perfect agreement, no overlap at all and three
 * annotators. Its output is committed as {@code agreement_expected.json}; when python3 is on the machine the
 * script is run again and its fresh output checked too.
 */
class AgreementReferenceTest {
    private static final Path DIR = Path.of("src/test/resources/agree");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void figuresMatchTheCommittedReference() throws Exception {
        JsonNode expected = JSON.readTree(DIR.resolve("agreement_expected.json").toFile());
        checkAll(expected);
    }

    @Test
    void figuresMatchTheReferenceRunNow() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", DIR.resolve("agreement_reference.py").toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not on this machine");
            return;
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertFalse(!p.waitFor(60, TimeUnit.SECONDS), "the reference script hung");
        assertEquals(0, p.exitValue(), "the reference script failed");
        checkAll(JSON.readTree(out));
    }

    private static void checkAll(JsonNode expected) throws Exception {
        assertEquals(6, expected.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            List<String> names = new ArrayList<>();
            c.getValue().get("annotators").forEach(n -> names.add(n.asText()));
            check(c.getKey(), names, c.getValue());
        }
    }

    private static void check(String name, List<String> annotators, JsonNode expected) throws Exception {
        ArticleText article = ArticleLoader.load(DIR.resolve("story.txt"));
        List<List<Annotation>> sets = new ArrayList<>();
        for (String who : annotators) {
            byte[] bytes = Files.readAllBytes(DIR.resolve("story." + who + ".annotations.json"));
            sets.add(SidecarReader.read(bytes, article).content().annotations());
        }
        Agreement.Report report = Agreement.measure(article.text(), sets);
        assertEquals(expected.get("tokens").asLong(), report.tokens(), name + ": tokens");
        figures(name + ", all labels", expected, report.overall());
        assertEquals(expected.get("labels").size(), report.labels().size(), name + ": labels");
        expected.get("labels").fields().forEachRemaining(l ->
                figures(name + ", " + l.getKey(), l.getValue(), report.labels().get(l.getKey())));
    }

    private static void figures(String where, JsonNode expected, Counts actual) {
        assertEquals(expected.get("f1Exact").asDouble(), actual.f1Exact(), 1e-9, where + ": f1Exact");
        assertEquals(expected.get("f1Overlap").asDouble(), actual.f1Overlap(), 1e-9, where + ": f1Overlap");
        assertEquals(expected.get("krippendorffAlpha").asDouble(), actual.krippendorffAlpha(), 1e-9,
                where + ": krippendorffAlpha");
        if (expected.has("cohenKappa")) {
            assertEquals(expected.get("cohenKappa").asDouble(), actual.cohenKappa(), 1e-9, where + ": cohenKappa");
        }
    }
}
