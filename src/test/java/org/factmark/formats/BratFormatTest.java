package org.factmark.formats;

import static org.factmark.formats.NewsFixture.FAMILY;
import static org.factmark.formats.NewsFixture.GRIN;
import static org.factmark.formats.NewsFixture.cp;
import static org.factmark.formats.NewsFixture.file;
import static org.factmark.formats.NewsFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.junit.jupiter.api.Test;

class BratFormatTest {
    private static final BratFormat BRAT = new BratFormat();

    /** What the exporter writes for the fixture, offsets as Python (brat) counts them. */
    private static final List<String> ANN = List.of(
            "T1\tquote 0 23\tMinister " + FAMILY + " Ana Diaz",
            "T2\tquote 31 63\tWe counted 1,200 people in Gaza.",
            "A1\tquote_kind T2 direct",
            "#1\tAnnotatorNotes T2\tSaid twice. Once on TV.",
            "T3\tassertion 34 62\tcounted 1,200 people in Gaza",
            "A2\tcheck_worthiness T3 high",
            "A3\tverdict T3 mostly_accurate",
            "T4\tfigure 42 54\t1,200 people",
            "A4\tfigure_kind T4 count",
            "T5\tevent 65 101;103 113\tOfficials called it mostly accurate. Hamas said",
            "A5\tstatus T5 alleged",
            "T6\tfigure 114 134\t12,300 people died " + GRIN,
            "A6\tfigure_kind T6 count",
            "T7\tassertion 121 150\tpeople died " + GRIN + " since October 7",
            "A7\tverdict T7 false",
            "#2\tAnnotatorNotes T7\tCounts <b>all</b> deaths & more.");

    @Test
    void exportsCodePointOffsetsFragmentsAtLineBreaksChoicesAndNotes() {
        ArticleText article = NewsFixture.article();
        // The numbers above, counted independently: code points of the LF-normalised text.
        assertEquals(31, cp(article, "We counted"));
        assertEquals(114, cp(article, "12,300"));
        assertEquals(150, cp(article, "people died") + ("people died " + GRIN + " since October 7")
                .codePointCount(0, ("people died " + GRIN + " since October 7").length()));
        assertEquals(101, cp(article, "\n\nHamas"));
        assertEquals(103, cp(article, "Hamas"));

        ExportResult result = BRAT.export(List.of(NewsFixture.input()));
        assertEquals(List.of("annotation.conf", "speech.ann", "speech.txt"),
                result.files().stream().map(ExportResult.OutputFile::name).toList());
        assertEquals(String.join("\n", ANN) + "\n", utf8(file(result, "speech.ann")));
        assertEquals(article.text(), utf8(file(result, "speech.txt")), "the LF-normalised text brat counts in");
        assertTrue(!utf8(file(result, "speech.txt")).contains("\r"));
        assertEquals(List.of(
                "10 text, number, date, URL or yes/no values: brat carries only one-of details (claimant 2, date 1, "
                        + "evidence 1, explanation 1, speaker 2, unit 1, value 2)",
                "line breaks in 1 note: written as spaces (a brat note is one line)",
                "annotation ids, creators and dates: brat has no place for them"), result.lost());
    }

    @Test
    void theConfListsEveryLabelAndEachOneOfDetailWithItsValues() {
        String conf = utf8(file(BRAT.export(List.of(NewsFixture.input())), "annotation.conf"));
        List<String> lines = conf.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("[entities]", "quote", "figure", "assertion", "event", "",
                "[relations]", "", "[events]", "", "[attributes]",
                "quote_kind\tArg:quote, Value:direct|indirect|partial",
                "figure_kind\tArg:figure, Value:count|percentage|money|rate|date|other",
                "claim_type\tArg:assertion, Value:quantity|correlation_or_causation|law_or_rule|prediction"
                        + "|personal_experience|other",
                "check_worthiness\tArg:assertion, Value:high|medium|low|not_a_claim",
                "verdict\tArg:assertion, Value:unrated|accurate|mostly_accurate|misleading|false|unverifiable",
                "status\tArg:event, Value:occurred|planned|alleged|denied"), lines);
    }

    @Test
    void factmarkToBratToFactmarkKeepsLabelsOffsetsNotesAndChoices() throws Exception {
        ArticleText article = NewsFixture.article();
        List<Annotation> original = NewsFixture.annotations(article);
        byte[] ann = file(BRAT.export(List.of(NewsFixture.input())), "speech.ann").bytes();
        ImportResult back = BRAT.read(ann, article, NewsFixture.LABELS);
        assertEquals(List.of(), back.skipped());
        assertEquals(original.size(), back.annotations().size());
        Set<String> choices = Set.of("kind", "check_worthiness", "verdict", "status", "claim_type");
        for (int i = 0; i < original.size(); i++) {
            Annotation o = original.get(i);
            Annotation b = back.annotations().get(i);
            assertEquals(List.of(o.label(), o.start(), o.end(), o.note().replace('\n', ' ')),
                    List.of(b.label(), b.start(), b.end(), b.note()), o.id());
            Map<String, Object> expected = o.attributes().entrySet().stream()
                    .filter(e -> choices.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(expected, b.attributes(), o.id());
        }
        assertEquals("mostly accurate", back.annotations().get(2).attributes().get("verdict"),
                "the underscore brat needs is taken back out");
    }

    @Test
    void bratToFactmarkToBratGivesTheSameLines() throws Exception {
        ArticleText article = NewsFixture.article();
        // brat's own order: a tool appends lines as they are made, so ids and kinds come interleaved.
        List<String> shuffled = ANN.stream().sorted((x, y) -> y.compareTo(x)).toList();
        ImportResult imported = BRAT.read(String.join("\r\n", shuffled).getBytes(StandardCharsets.UTF_8),
                article, NewsFixture.LABELS);
        assertEquals(List.of(), imported.skipped());
        ExportResult again = BRAT.export(List.of(NewsFixture.input(NewsFixture.PATH, article,
                imported.annotations())));
        assertEquals(ANN.stream().sorted().toList(),
                utf8(file(again, "speech.ann")).lines().sorted().toList());
    }

    @Test
    void relationsEventsNormalisationsModificationsAndEquivalencesAreReportedNotDropped() throws Exception {
        ArticleText article = NewsFixture.article();
        String ann = String.join("\n",
                "T1\tquote 31 63\tWe counted 1,200 people in Gaza.",
                "T2\tfigure 42 54\t1,200 people",
                "T3\tSpeak 0 8\tMinister",
                "R1\tQuantifies Arg1:T2 Arg2:T1",
                "R2\tSupports Arg1:T1 Arg2:T2",
                "E1\tSpeak:T3 Speaker:T1",
                "N1\tReference T2 Wikidata:Q42\t1,200",
                "M1\tNegation E1",
                "*\tEquiv T1 T2",
                "A1\tverdict E1 false",
                "A2\tfigure_kind T2 money",
                "A3\tNegated T1",
                "A4\tColour T1 blue",
                "#1\tAnnotatorNotes R1\ta relation's note",
                "T4\tfigure 10 14\tnot at 10",
                "T5\tquote 0 8;17 25\tMinister Ana Diaz",
                "A5\tverdict T4 false",
                "T6\tevent 999 1005\tbeyond",
                "just some words",
                "") + "\n";
        ImportResult result = BRAT.read(ann.getBytes(StandardCharsets.UTF_8), article, NewsFixture.LABELS);
        assertEquals(List.of("Speak", "quote", "figure"),
                result.annotations().stream().map(Annotation::label).toList());
        assertEquals("money", result.annotations().get(2).attributes().get("kind"));
        List<String> skipped = result.skipped();
        assertTrue(skipped.contains("2 relations (R1, R2): Factmark holds spans only, not links between them"),
                skipped::toString);
        assertTrue(skipped.contains("1 event (E1): Factmark holds spans only (an event's trigger T line is read "
                + "as a span)"), skipped::toString);
        assertTrue(skipped.contains("1 normalisation (N1): Factmark keeps no links to knowledge bases"),
                skipped::toString);
        assertTrue(skipped.contains("1 modification (M1): brat's old-style flags are not kept"), skipped::toString);
        assertTrue(skipped.contains("1 equivalence (Equiv T1 T2): Factmark holds spans only, not that they are "
                + "the same"), skipped::toString);
        assertTrue(skipped.contains("A1 (verdict E1 false): it is on E1, which is not a span"), skipped::toString);
        assertTrue(skipped.contains("A3 (Negated T1): a yes/no flag; Factmark reads one-of values only"),
                skipped::toString);
        assertTrue(skipped.contains("A4 (Colour T1 blue): \"Colour\" is not a one-of detail of the label quote"),
                skipped::toString);
        assertTrue(skipped.contains("#1 (AnnotatorNotes R1): it is on R1, which is not a span"), skipped::toString);
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("T4 (figure 10 14): its text \"not at 10\" is not "
                + "the article's \"\u200D" + FAMILY.substring(3, 8) + "\" at those offsets")), skipped::toString);
        assertTrue(skipped.contains("T5 (quote 0 8;17 25): its fragments leave out text other than line breaks; "
                + "Factmark spans are continuous"), skipped::toString);
        assertTrue(skipped.contains("A5 (verdict T4 false): its span T4 is missing or was skipped"),
                skipped::toString);
        assertTrue(skipped.stream().anyMatch(s -> s.startsWith("T6 (event 999 1005): offsets 999 1005 are not a "
                + "span of the article")), skipped::toString);
        assertTrue(skipped.contains("line 19: not a brat annotation line (ID, tab, …)"), skipped::toString);
        assertEquals(14, skipped.size(), skipped::toString);
    }

    @Test
    void aFragmentedSpanJoinsOnlyOverLineBreaks() throws Exception {
        ArticleText article = NewsFixture.article();
        String ann = "T1\tevent 65 101;103 113\tOfficials called it mostly accurate. Hamas said\n";
        Annotation a = BRAT.read(ann.getBytes(StandardCharsets.UTF_8), article, NewsFixture.LABELS)
                .annotations().get(0);
        assertEquals("Officials called it mostly accurate.\n\nHamas said", article.text().substring(a.start(), a.end()));
    }

    @Test
    void somethingElseEntirelyIsAFormatError() {
        ArticleText article = NewsFixture.article();
        assertThrows(FormatException.class, () -> BRAT.read("{\"format\": \"factmark.annotations\"}\n"
                .getBytes(StandardCharsets.UTF_8), article, NewsFixture.LABELS));
        assertThrows(FormatException.class, () -> BRAT.read(new byte[] {'T', '1', '\t', (byte) 0xFF},
                article, NewsFixture.LABELS));
    }

    @Test
    void labelsWithSpacesAndArticlesWithTheSameStem() throws Exception {
        LabelSet labels = new LabelSet(List.of(new LabelDef("named entity", "Named entity", "#123456", 1)));
        ArticleText a = org.factmark.article.ArticleLoader.fromString("a.txt", "Ada Lovelace\n");
        ArticleText b = org.factmark.article.ArticleLoader.fromString("a.md", "Ada\n");
        Annotation ada = new Annotation("x", "named entity", 0, 12, Map.of(), "", "", "", "", Map.of());
        ExportResult result = BRAT.export(List.of(
                new ExportInput(Path.of("one/a.txt"), new org.factmark.model.SidecarContent(a, List.of(ada),
                        List.of(), Map.of(), Map.of()), labels),
                new ExportInput(Path.of("two/a.md"), org.factmark.model.SidecarContent.empty(b), labels),
                new ExportInput(Path.of("three/A.TXT"), org.factmark.model.SidecarContent.empty(b), labels)));
        assertEquals(List.of("annotation.conf", "a.ann", "a.txt", "a.md.ann", "a.md.txt", "A-2.ann", "A-2.txt"),
                result.files().stream().map(ExportResult.OutputFile::name).toList());
        assertEquals("T1\tnamed_entity 0 12\tAda Lovelace\n", utf8(file(result, "a.ann")));
        assertTrue(Arrays.asList(utf8(file(result, "annotation.conf")).split("\n")).contains("named_entity"));
        ImportResult back = BRAT.read(file(result, "a.ann").bytes(), a, labels);
        assertEquals("named entity", back.annotations().get(0).label());
    }
}
