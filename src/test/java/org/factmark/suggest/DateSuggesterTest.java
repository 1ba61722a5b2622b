package org.factmark.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article date in these tests is Thursday 14 March 2024. */
class DateSuggesterTest {
    private final DateSuggester dates = new DateSuggester();

    private List<String> found(String text) {
        return Texts.run(dates, text).stream()
                .map(s -> s.text(Texts.prose(text, null)) + "=" + s.attributes().get("date")).toList();
    }

    @Test
    void absoluteDates() {
        assertEquals(List.of("7 October 2023=2023-10-07", "March 2022=2022-03", "2019=2019",
                        "October 7=2023-10-07", "2024-01-02=2024-01-02"),
                found("It began on 7 October 2023, after March 2022 and since 2019. The attack of October 7 "
                        + "was logged on 2024-01-02."));
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() {
        assertEquals(List.of("Sunday=2024-03-10", "yesterday=2024-03-13", "last June=2023-06",
                        "three weeks ago=2024-02-22", "last year=2023", "Friday=2024-03-15"),
                found("The vote on Sunday was confirmed yesterday. Prices peaked last June and fell three weeks "
                        + "ago, below last year. Ministers will meet on Friday."));
    }

    @Test
    void mayTheVerbAndMarchTheWalkAreNotDates() {
        assertEquals(List.of(), found("Prices may rise as workers march to the centre."));
    }

    @Test
    void withoutAnArticleDateRelativeDatesHaveNoDate() {
        Prose prose = Texts.prose("He spoke on Sunday.", null);
        assertEquals(1, dates.suggest(prose).size());
        assertEquals(null, dates.suggest(prose).get(0).attributes().get("date"));
        assertEquals(LocalDate.of(2024, 3, 14).getDayOfWeek(), java.time.DayOfWeek.THURSDAY);
    }
}
