package org.factmark.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureSuggesterTest {
    private final FigureSuggester figures = new FigureSuggester();

    @Test
    void theSpanHoldsQualifierNumberAndUnit() {
        assertEquals(List.of("more than 5,000 children", "about 1,200 people"),
                Texts.spans(figures, "The strikes killed more than 5,000 children and about 1,200 people died."));
    }

    @Test
    void valuesUnitsAndKinds() {
        List<Suggestion> s = Texts.run(figures, "Inflation hit 40.5% while the deficit reached $1.2 billion. "
                + "Wages rose to £15 an hour.");
        assertEquals(List.of(40.5, 1200000000L, 15L), s.stream().map(x -> x.attributes().get("value")).toList());
        assertEquals(List.of("percentage", "money", "rate"), s.stream().map(x -> x.attributes().get("kind")).toList());
        assertEquals("USD", s.get(1).attributes().get("unit"));
    }

    @Test
    void writtenNumbersFractionsAndScales() {
        assertEquals(List.of("two-thirds", "a dozen countries", "1.2 million barrels a day"),
                Texts.spans(figures, "Nearly everyone agreed, and two-thirds of voters said so. "
                        + "Then a dozen countries pumped 1.2 million barrels a day."));
    }

    @Test
    void rangesAreOneFigure() {
        assertEquals(List.of("between 20 and 30 percent", "5,000-6,000 troops"),
                Texts.spans(figures, "Prices rose between 20 and 30 percent as 5,000-6,000 troops moved."));
    }

    @Test
    void persianAndArabicDigitsAreRead() {
        List<Suggestion> s = Texts.run(figures, "آمار: ۱۲۳۴ نفر و ٥٠ درصد");
        assertEquals(List.of(1234L, 50L), s.stream().map(x -> x.attributes().get("value")).toList());
    }

    @Test
    void yearsDatesTimesIdentifiersAndListsAreNotFigures() {
        assertEquals(List.of(), Texts.spans(figures, "In 2023, on October 7, at 3 pm, Resolution 2334 and "
                + "COVID-19 were cited. 1,2,3,4,5,6 and 24/7 too. It began three weeks ago."));
    }
}
