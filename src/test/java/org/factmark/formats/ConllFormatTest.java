package org.factmark.formats;

import static org.factmark.formats.NewsFixture.FAMILY;
import static org.factmark.formats.NewsFixture.GRIN;
import static org.factmark.formats.NewsFixture.at;
import static org.factmark.formats.NewsFixture.file;
import static org.factmark.formats.NewsFixture.map;
import static org.factmark.formats.NewsFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.junit.jupiter.api.Test;

class ConllFormatTest {
    private static final ConllFormat CONLL = new ConllFormat();

    @Test
    void tagsTheOutermostSpansTokenBySentence() {
        ExportResult result = CONLL.export(List.of(NewsFixture.input()));
        assertEquals(List.of("speech.conll"), result.files().stream().map(ExportResult.OutputFile::name).toList());
        String expected = String.join("\n",
                "Minister\tB-quote", FAMILY + "\tI-quote", "Ana\tI-quote", "Diaz\tI-quote", "said\tO", ":\tO",
                "\u201C\tO", "We\tB-quote", "counted\tI-quote", "1,200\tI-quote", "people\tI-quote", "in\tI-quote",
                "Gaza\tI-quote", ".\tI-quote", "\u201D\tO",
                "",
                // the event runs over the blank line: its two sentences stay one, so it reads back whole
                "Officials\tB-event", "called\tI-event", "it\tI-event", "mostly\tI-event", "accurate\tI-event",
                ".\tI-event", "Hamas\tI-event", "said\tI-event", "12,300\tB-figure", "people\tI-figure",
                "died\tI-figure", GRIN + "\tI-figure", "since\tO", "October\tO", "7\tO", "!\tO",
                "",
                "Critics\tO", "disagreed\tO", ".\tO") + "\n";
        assertEquals(expected, utf8(file(result, "speech.conll")));
        assertEquals(List.of(
                "3 spans nested or overlapping others: a token holds one tag, so only the outermost span is written",
                "details of 7 annotations: CoNLL carries labels only",
                "2 notes: CoNLL carries labels only",
                "annotation ids, creators and dates: CoNLL has no place for them"), result.lost());
    }

    @Test
    void aFigureInsideAnAssertionInsideAQuoteLeavesOnlyTheQuote() {
        ArticleText article = ArticleLoader.fromString("nested.txt",
                "He said: \"Troops killed 40 people.\" Nobody denied it.");
        List<Annotation> spans = List.of(
                at(article, "q", "quote", "Troops killed 40 people.", Map.of(), ""),
                at(article, "a", "assertion", "killed 40 people", Map.of(), ""),
                at(article, "f", "figure", "40 people", Map.of(), ""));
        ExportResult result = CONLL.export(List.of(NewsFixture.input(Path.of("nested.txt"), article, spans)));
        assertEquals(String.join("\n", "He\tO", "said\tO", ":\tO", "\"\tO", "Troops\tB-quote", "killed\tI-quote",
                "40\tI-quote", "people\tI-quote", ".\tI-quote", "\"\tO", "", "Nobody\tO", "denied\tO", "it\tO", ".\tO")
                + "\n", utf8(file(result, "nested.conll")));
        assertEquals("2 spans nested or overlapping others: a token holds one tag, so only the outermost span is "
                + "written", result.lost().get(0));
        assertEquals(List.of("annotation ids, creators and dates: CoNLL has no place for them"),
                result.lost().subList(1, result.lost().size()));
    }

    @Test
    void spansEndingInsideATokenAreWidenedAndCounted() {
        ArticleText article = ArticleLoader.fromString("w.txt", "Troops advanced.  Critics disagreed.");
        List<Annotation> spans = List.of(
                at(article, "t1", "event", "Troo", Map.of(), ""),
                at(article, "t2", "event", "ps adv", Map.of(), ""), // shares "Troops" with t1 once widened
                at(article, "w", "figure", "  ", Map.of(), ""),
                at(article, "c", "event", "ritics disagree", map("status", "denied"), ""));
        ExportResult result = CONLL.export(List.of(NewsFixture.input(Path.of("w.txt"), article, spans)));
        assertEquals(String.join("\n", "Troops\tB-event", "advanced\tO", ".\tO", "", "Critics\tB-event",
                "disagreed\tI-event", ".\tO") + "\n", utf8(file(result, "w.conll")));
        assertEquals(List.of(
                "1 span nested or overlapping others: a token holds one tag, so only the outermost span is written",
                "2 spans with a boundary inside a token: widened to whole tokens",
                "1 span covering no token (white space only): not written",
                "details of 1 annotation: CoNLL carries labels only",
                "annotation ids, creators and dates: CoNLL has no place for them"), result.lost());
    }

    @Test
    void tokensAreWordsNumbersAndWholeGraphemeClusters() {
        String text = "Iran’s Iran-backed 1,200.5 Cafe\u0301 " + FAMILY + "!";
        List<String> tokens = ConllFormat.tokens(text).stream().map(t -> text.substring(t[0], t[1])).toList();
        assertEquals(List.of("Iran’s", "Iran-backed", "1,200.5", "Cafe\u0301", FAMILY, "!"), tokens);
    }
}
