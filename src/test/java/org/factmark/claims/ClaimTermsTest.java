package org.factmark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimTermsTest {
    @Test
    void numbersAreValuesWhateverTheirWriting() {
        for (String text : List.of("1,200 dead", "1200 dead", "۱۲۰۰ dead", "١٬٢٠٠ dead", "1.2 thousand dead",
                "１２００ dead", "1.2k dead")) {
            assertEquals(Set.of("1200"), ClaimTerms.of(text).numbers(), text);
        }
        assertEquals(Set.of("12000"), ClaimTerms.of("12,000 dead").numbers());
        assertEquals(Set.of("4.2"), ClaimTerms.of("4.2% of voters").numbers());
        assertEquals(Set.of("2000000000"), ClaimTerms.of("$2bn and two billion").numbers());
        assertEquals(Set.of("3"), ClaimTerms.of("costs tripled").numbers());
    }

    @Test
    void wordsAreStemmedContentWordsOnly() {
        assertEquals(ClaimTerms.of("the ministry says the attack killed 1,200").words(),
                List.of("ministry", "attack", "kill"));
        assertEquals(List.of("person", "kill", "attack", "ministry"),
                ClaimTerms.of("1,200 people were killed in the attack, the ministry said").words());
        assertEquals(ClaimTerms.of("prices increased").words(), ClaimTerms.of("Prices are increasing").words());
        assertEquals(ClaimTerms.of("the schools stopped").words(), ClaimTerms.of("a school stops").words());
    }
}
