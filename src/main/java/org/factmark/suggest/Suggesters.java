package org.factmark.suggest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factmark.model.ArticleText;
import org.factmark.model.DocumentSource;

/** Every suggester Factmark has, and running them over an article. */
public final class Suggesters {
    /** Suggestions in text order: by start, longer first, then label. */
    public static final Comparator<Suggestion> ORDER = Comparator.comparingInt(Suggestion::start)
            .thenComparing(Comparator.comparingInt(Suggestion::end).reversed())
            .thenComparing(Suggestion::label);

    private static final List<Suggester> ALL = List.of(new FigureSuggester(), new QuoteSuggester(),
            new DateSuggester(), new AssertionSuggester());

    private Suggesters() {
    }

    /** One of each, in the label order of the default schema's menu: figure, quote, event, assertion. */
    public static List<Suggester> all() {
        return ALL;
    }

    /** The label ids they suggest. */
    public static List<String> labels() {
        return ALL.stream().map(Suggester::label).distinct().toList();
    }

    /**
     * The suggestions of the suggesters for {@code labels} (all when null), in text order. Runs on the calling
     * thread; {@link SuggestionRun} runs it off it.
     *
     * @throws java.util.concurrent.CancellationException when the prose's run was cancelled
     */
    public static List<Suggestion> run(Prose prose, Collection<String> labels) {
        List<Suggestion> out = new ArrayList<>();
        for (Suggester suggester : ALL) {
            if (labels == null || labels.contains(suggester.label())) {
                prose.checkCancelled();
                out.addAll(suggester.suggest(prose));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** All suggestions for an article whose date is known (or null). */
    public static List<Suggestion> run(ArticleText article, LocalDate published) {
        return run(Prose.of(article, published), null);
    }

    /**
     * The date of an article from its provenance ({@code document.source.published}, an ISO 8601 date or
     * date-time), or null when it has none that reads as one.
     */
    public static LocalDate publishedDate(DocumentSource source) {
        if (source == null || source.published() == null || source.published().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(source.published().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Label ids as typed by a user ("Figure, quote"), lower-cased; unknown ones are kept for the caller to report. */
    public static List<String> parseLabels(String typed) {
        List<String> out = new ArrayList<>();
        for (String part : typed.split(",")) {
            String id = part.strip().toLowerCase(Locale.ROOT);
            if (!id.isEmpty() && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
