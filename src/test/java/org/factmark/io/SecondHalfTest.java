package org.factmark.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.junit.jupiter.api.Test;

/**
 * A long annotation list is read in two halves on two cores. Whatever the file holds, what comes out — the
 * annotations with their places in the list, the other fields, or the message about what is wrong — must be
 * what one parser reading it all makes.
 */
class SecondHalfTest {
    private static final long SEED = 20261124L;
    private static final int ALWAYS = 0;
    private static final int NEVER = Integer.MAX_VALUE;

    private final ArticleText article = ArticleLoader.fromString("long.txt", text());
    private final String sidecar = new String(SidecarWriter.write(SidecarFixtures.content(article, annotations())),
            StandardCharsets.UTF_8);

    @Test
    void aWellFormedListReadInHalvesIsTheListReadWhole() throws Exception {
        String halves = inHalves(sidecar, true);
        assertTrue(halves.contains("id=a199,"), "all the annotations were read");
        assertTrue(sidecar.contains("\"id\": \"a180\""), "the file as the tests below change it");
    }

    @Test
    void anIdOfTheFirstHalfUsedAgainInTheSecondIsReportedWhereOneParserFindsIt() throws Exception {
        String twice = sidecar.replace("\"id\": \"a180\"", "\"id\": \"a3\"");
        String halves = inHalves(twice, true);
        assertTrue(halves.contains("annotations[180] (id a3): the id \"a3\" is used twice"), halves);
    }

    @Test
    void aProblemInTheSecondHalfIsWordedAsOneParserWordsIt() throws Exception {
        String bad = sidecar.replaceFirst("(\"id\": \"a170\",\\s+\"label\": )\"[a-z]+\"", "$17");
        assertTrue(!bad.equals(sidecar));
        reported(bad, false, "annotations[170] (id a170).label\" must be a string");
    }

    @Test
    void aQuoteThatIsNotTheArticlesTextIsReportedWithBoth() throws Exception {
        String changed = quoteChanged(sidecar, "a160");
        // the quotes are compared after the reading: the second half is taken
        reported(changed, true, "annotations[160] (id a160): \"text\" is “X");
    }

    @Test
    void quotesWrittenBeforeTheirSpanAreComparedAllTheSame() throws Exception {
        // another tool's order: the quote first, then the span
        String reordered = sidecar.replaceAll("(\"start\": \\d+,\\s+\"end\": \\d+,)(\\s+)(\"text\": \"[^\"]*\",)",
                "$3$2$1");
        assertTrue(!reordered.equals(sidecar));
        same(read(sidecar, NEVER), inHalves(reordered, true)); // the same annotations as the file in order
        String changed = quoteChanged(reordered, "a150");
        reported(changed, true, "annotations[150] (id a150): \"text\" is “X");
    }

    @Test
    void brokenJsonInTheSecondHalfIsReportedWithItsLineAndColumnInTheFile() throws Exception {
        int at = sidecar.indexOf("\"id\": \"a190\"");
        String broken = sidecar.substring(0, at) + "\"id\": \"a190\" \"x\"," + sidecar.substring(at + 13);
        reported(broken, false, "line ");
    }

    @Test
    void fieldsAfterTheListAreReadAndARepeatedOneIsReported() throws Exception {
        int end = sidecar.lastIndexOf('}');
        String after = sidecar.substring(0, end) + ", \"x-tool\" : {\"run\" : 3}, \"orphans\" : []\n}\n";
        String halves = inHalves(after, true);
        assertTrue(halves.contains("x-tool"), halves);

        String repeated = sidecar.substring(0, end) + ", \"version\" : 1\n}\n";
        reported(repeated, false, "Duplicate field 'version'");
    }

    @Test
    void textAfterTheClosingBraceIsReported() throws Exception {
        String trailing = sidecar + "{}";
        reported(trailing, false, "more after the closing brace");
    }

    @Test
    void aGuessThatLandsInsideAnAnnotationIsDroppedAndTheListIsStillReadWhole() throws Exception {
        // annotations that start on the line of the one before, each holding an object on a line of its own
        String nested = sidecar.replace("},\n    {", "}, {")
                .replace("\"note\": \"\"", "\"note\": \"\", \"x-nested\" : [\n{ \"k\" : 1 } ]");
        assertTrue(nested.contains("x-nested"));
        String halves = inHalves(nested, false);
        assertTrue(halves.contains("x-nested"), halves);
    }

    @Test
    void aListWithoutLineBreaksIsReadByOneParser() throws Exception {
        String oneLine = sidecar.replace("\n", "");
        same(read(sidecar, NEVER), inHalves(oneLine, false));
    }

    /** The file with the first letter of the quote of annotation {@code id} changed to X. */
    private static String quoteChanged(String json, String id) {
        int at = json.indexOf("\"text\": \"", json.indexOf("\"id\": \"" + id + "\"")) + 9;
        return json.substring(0, at) + "X" + json.substring(at + 1);
    }

    /** Read in halves as by one parser, the file is refused with a message that holds {@code words}. */
    private void reported(String json, boolean taken, String words) {
        String message = inHalves(json, taken);
        assertTrue(message.startsWith("problem: ") && message.contains(words), message);
    }

    /** Equal texts, or a failure that shows where they part. */
    private static void same(String whole, String halves) {
        int at = 0;
        while (at < Math.min(whole.length(), halves.length()) && whole.charAt(at) == halves.charAt(at)) {
            at++;
        }
        if (at < Math.max(whole.length(), halves.length())) {
            int from = Math.max(0, at - 80);
            throw new AssertionError("read whole and in halves, they differ at " + at + ":\n  whole:  "
                    + whole.substring(from, Math.min(whole.length(), at + 80)) + "\n  halves: "
                    + halves.substring(from, Math.min(halves.length(), at + 80)) + "\n(seed " + SEED + ")");
        }
    }

    /**
     * Reads with a split wherever possible, checks whether the second half was taken and that what was read is
     * what one parser reads; returns it.
     */
    private String inHalves(String json, boolean taken) {
        long before = SecondHalf.TAKEN.get()[0];
        String halves = read(json, ALWAYS);
        assertEquals(taken, SecondHalf.TAKEN.get()[0] > before, "second half taken (seed " + SEED + ")");
        same(read(json, NEVER), halves);
        return halves;
    }

    private String read(String json, int splitAbove) {
        try {
            SidecarReader.Result r = SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), article, splitAbove);
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
