package org.factmark.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.factmark.model.ArticleText;
import org.factmark.model.NewlineStyle;

/** Articles made from a string, and suggestions shown as "text" for assertions. */
final class Texts {
    private Texts() {
    }

    static Prose prose(String text, LocalDate published) {
        return Prose.of(new ArticleText("t.txt", text, NewlineStyle.LF, "0".repeat(64),
                text.codePointCount(0, text.length())), published);
    }

    static List<String> spans(Suggester suggester, String text) {
        Prose prose = prose(text, LocalDate.of(2024, 3, 14));
        return suggester.suggest(prose).stream().map(s -> s.text(prose)).collect(Collectors.toList());
    }

    static List<Suggestion> run(Suggester suggester, String text) {
        return suggester.suggest(prose(text, LocalDate.of(2024, 3, 14)));
    }
}
