package org.factmark.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSuggesterTest {
    private final QuoteSuggester quotes = new QuoteSuggester();

    private List<String> speakers(String text) {
        return Texts.run(quotes, text).stream().map(s -> (String) s.attributes().get("speaker")).toList();
    }

    @Test
    void theSpanIsTheWordsInsideTheMarks() {
        assertEquals(List.of("We will not retreat", "The talks are over."),
                Texts.spans(quotes, "“We will not retreat,” said Khamenei. Then he added: \"The talks are over.\""));
    }

    @Test
    void speakerBeforeOrAfterTheVerbAndPronounsResolved() {
        assertEquals(List.of("Ali Khamenei", "Ali Khamenei", "Maria Lopez", "Maria Lopez"),
                speakers("Iran's Supreme Leader Ali Khamenei said: “The occupiers will pay.” “They know it,” he "
                        + "added.\nHealth Minister Maria Lopez told reporters on Monday: «Hospitals are full.»\n"
                        + "“We need more beds,” she said."));
    }

    @Test
    void aSplitQuoteGivesTwoSpansWithOneSpeaker() {
        List<Suggestion> s = Texts.run(quotes, "“This is a tragedy,” the mayor said, “and it was avoidable.”");
        assertEquals(2, s.size());
        assertEquals(List.of("the mayor", "the mayor"), s.stream().map(x -> x.attributes().get("speaker")).toList());
        assertEquals("said", s.get(0).attributes().get("cue"));
    }

    @Test
    void partialQuotesAndScareQuotes() {
        List<Suggestion> s = Texts.run(quotes, "Smith called the plan “a betrayal of voters” and dismissed the "
                + "“experts” as biased.");
        assertEquals(1, s.size());
        assertEquals("partial", s.get(0).attributes().get("kind"));
        assertEquals("Smith", s.get(0).attributes().get("speaker"));
    }

    @Test
    void accordingToNamesTheSpeaker() {
        assertEquals(List.of("the World Health Organization"),
                speakers("According to the World Health Organization, “the outbreak is under control.”"));
    }
}
