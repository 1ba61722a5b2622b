package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;

/**
 * A long annotation list, read by one streaming parser: whatever the file holds, what comes out is the
 * annotations with their places in the list and the other fields, or the message about what is wrong, with
 * its place.
 */
class SidecarLongListTest {
    private static final long SEED = 20261124L;

    private final ArticleText article = ArticleLoader.fromString("long.txt", text());
    private final String sidecar = new String(SidecarWriter.write(SidecarFixtures.content(article, annotations())),
            StandardCharsets.UTF_8);

    @Test
    void aWellFormedLongListIsReadWhole() throws Exception {
        String read = read(sidecar);
        assertTrue(read.contains("id=a0,") && read.contains("id=a199,"), "all the annotations were read");
        assertTrue(sidecar.contains("\"id\": \"a180\""), "the file as the tests below change it");
    }

    @Test
    void anIdUsedAgainFarDownTheListIsReportedWhereItIsUsedAgain() throws Exception {
        String twice = sidecar.replace("\"id\": \"a180\"", "\"id\": \"a3\"");
        reported(twice, "annotations[180] (id a3): the id \"a3\" is used twice");
    }

    @Test
    void aWrongFieldFarDownTheListIsReportedWithItsPlace() throws Exception {
        String bad = sidecar.replaceFirst("(\"id\": \"a170\",\\s+\"label\": )\"[a-z]+\"", "$17");
        assertTrue(!bad.equals(sidecar));
        reported(bad, "annotations[170] (id a170).label\" must be a string");
    }

    @Test
    void aQuoteThatIsNotTheArticlesTextIsReportedWithBoth() throws Exception {
        String changed = quoteChanged(sidecar, "a160");
        reported(changed, "annotations[160] (id a160): \"text\" is “X");
    }

    @Test
    void quotesWrittenBeforeTheirSpanAreComparedAllTheSame() throws Exception {
        // another tool's order: the quote first, then the span
        String reordered = sidecar.replaceAll("(\"start\": \\d+,\\s+\"end\": \\d+,)(\\s+)(\"text\": \"[^\"]*\",)",
                "$3$2$1");
        assertTrue(!reordered.equals(sidecar));
        assertEquals(read(sidecar), read(reordered), "the same annotations as the file in order (seed " + SEED + ")");
        String changed = quoteChanged(reordered, "a150");
        reported(changed, "annotations[150] (id a150): \"text\" is “X");
    }

    @Test
    void brokenJsonFarDownTheListIsReportedWithItsLineAndColumnInTheFile() throws Exception {
        int at = sidecar.indexOf("\"id\": \"a190\"");
        String broken = sidecar.substring(0, at) + "\"id\": \"a190\" \"x\"," + sidecar.substring(at + 13);
        reported(broken, "line ");
    }

    @Test
    void fieldsAfterTheListAreReadAndARepeatedOneIsReported() throws Exception {
        int end = sidecar.lastIndexOf('}');
        String after = sidecar.substring(0, end) + ", \"x-tool\" : {\"run\" : 3}, \"orphans\" : []\n}\n";
        String read = read(after);
        assertTrue(read.contains("x-tool") && read.contains("id=a199,"), read);

        String repeated = sidecar.substring(0, end) + ", \"version\" : 1\n}\n";
        reported(repeated, "Duplicate field 'version'");
    }

    @Test
    void textAfterTheClosingBraceIsReported() throws Exception {
        String trailing = sidecar + "{}";
        reported(trailing, "more after the closing brace");
    }

    @Test
    void aListWithoutLineBreaksIsReadAsTheSameList() throws Exception {
        String oneLine = sidecar.replace("\n", "");
        assertEquals(read(sidecar), read(oneLine));
    }

    /** The file with the first letter of the quote of annotation {@code id} changed to X. */
    private static String quoteChanged(String json, String id) {
        int at = json.indexOf("\"text\": \"", json.indexOf("\"id\": \"" + id + "\"")) + 9;
        return json.substring(0, at) + "X" + json.substring(at + 1);
    }

    /** The file is refused with a message that holds {@code words}. */
    private void reported(String json, String words) {
        String message = read(json);
        assertTrue(message.startsWith("problem: ") && message.contains(words), message + " (seed " + SEED + ")");
    }

    private String read(String json) {
        try {
            SidecarReader.Result r = SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), article);
            SidecarContent c = r.content();
            return c.annotations() + " " + c.orphans() + " " + c.topExtra() + " " + c.documentExtra();
        } catch (SidecarException e) {
            return "problem: " + e.getMessage();
        }
    }

    private static String text() {
        Random random = new Random(SEED);
        StringBuilder s = new StringBuilder();
        String[] words = {"minister", "said", "1,200", "people", "🇺🇦", "died", "Café", "«faux»", "and"};
        while (s.length() < 20_000) {
            s.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ".\n" : " ");
        }
        return s.toString();
    }

    private List<Annotation> annotations() {
        Random random = new Random(SEED);
        List<Annotation> out = new ArrayList<>();
        String t = article.text();
        String[] labels = {"quote", "figure", "assertion", "event"};
        for (int i = 0; i < 200; i++) {
            int from = t.indexOf(' ', i * (t.length() / 210)) + 1;
            int to = t.indexOf(' ', from + 1 + random.nextInt(30));
            out.add(new Annotation("a" + i, labels[i % 4], from, to, i % 3 == 0 ? Map.of("verdict", "true") : Map.of(),
                    "", "tester", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", Map.of()));
        }
        return out;
    }
}
