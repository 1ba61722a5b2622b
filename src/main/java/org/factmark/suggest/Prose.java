package org.factmark.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.factmark.model.ArticleText;
import org.factmark.model.CodePoints;

/**
 * An article as the suggesters read it: its text, its sentences (found once, shared by all suggesters), the
 * date relative dates are resolved against, and a way to be told to stop. Offsets inside are UTF-16 (Java's);
 * {@link #suggestion} turns them into the code points a {@link Suggestion} holds.
 */
public final class Prose {
    private final ArticleText article;
    private final String text;
    private final LocalDate published;
    private final BooleanSupplier cancelled;
    private final CodePoints codePoints;
    private List<Sentences.Span> sentences;

    private Prose(ArticleText article, LocalDate published, BooleanSupplier cancelled) {
        this.article = article;
        this.text = article.text();
        this.published = published;
        this.cancelled = cancelled == null ? () -> false : cancelled;
        this.codePoints = CodePoints.of(text);
    }

    /** The article, with {@code published} (may be null: relative dates stay unresolved) as its date. */
    public static Prose of(ArticleText article, LocalDate published) {
        return new Prose(article, published, null);
    }

    /** As {@link #of(ArticleText, LocalDate)}, stopping with a {@link CancellationException} when told to. */
    public static Prose of(ArticleText article, LocalDate published, BooleanSupplier cancelled) {
        return new Prose(article, published, cancelled);
    }

    public ArticleText article() {
        return article;
    }

    public String text() {
        return text;
    }

    /** The article's date, or null when not known. */
    public LocalDate published() {
        return published;
    }

    /** The sentences, in order, as UTF-16 spans without their surrounding white space. */
    public synchronized List<Sentences.Span> sentences() {
        if (sentences == null) {
            sentences = Sentences.split(text, this::checkCancelled);
        }
        return sentences;
    }

    /** Throws {@link CancellationException} when the run was cancelled; suggesters call it as they go. */
    public void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("suggestions cancelled");
        }
    }

    /** The text between two code-point offsets. */
    public String slice(int startCodePoint, int endCodePoint) {
        return text.substring(codePoints.toUtf16(startCodePoint), codePoints.toUtf16(endCodePoint));
    }

    /** The UTF-16 offset of a code-point offset. */
    public int toUtf16(int codePoint) {
        return codePoints.toUtf16(codePoint);
    }

    /** The code-point offset of a UTF-16 offset. */
    public int toCodePoint(int utf16) {
        return codePoints.toCodePoint(utf16);
    }

    /** A suggestion for the UTF-16 span [start, end), converted to code points. */
    public Suggestion suggestion(String label, int start, int end, Map<String, Object> attributes, String rule,
                                 double score, String reason) {
        return new Suggestion(label, codePoints.toCodePoint(start), codePoints.toCodePoint(end), attributes, rule,
                score, reason);
    }
}
