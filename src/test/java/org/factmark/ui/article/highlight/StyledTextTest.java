package org.factmark.ui.article.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.factmark.model.Annotation;
import org.factmark.model.Lanes;
import org.factmark.model.SpanOrder;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prepared document is made paragraph by paragraph (in two halves for a long text); it must hold exactly
 * what the text area's own way gives: the text split into paragraphs, then the whole projection laid over it.
 */
class StyledTextTest {
    private static final Set<String> LABELS = Set.of("quote", "figure", "event");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void eachParagraphHasTheTextAndTheStylesTheAreaWouldGiveIt(int seed) {
        Random random = new Random(seed);
        boolean longText = seed % 2 == 0; // past the length that is made in two halves
        String text = text(random, longText ? 260_000 : 3_000);
        List<Annotation> annotations = annotations(random, text, longText ? 3_000 : 60);

        StyledText made = StyledText.prepare(text, annotations, LABELS);

        String shown = DisplayText.of(text);
        SimpleEditableStyledDocument<Collection<String>, Collection<String>> reference =
                new SimpleEditableStyledDocument<>(ReadOnlyStyledDocument.fromString(shown,
                        Collections.<String>emptyList(), Collections.<String>emptyList(), SegmentOps.styledTextOps()));
        reference.setStyleSpans(0, StyledText.withScripts(shown, 0, HighlightProjection.project(annotations,
                Lanes.assign(annotations), 0, shown.length(), LABELS))); // as ArticleView.restyle styles

        assertEquals(shown, made.document().getText(), "seed " + seed);
        assertEquals(reference.getParagraphs().size(), made.document().getParagraphs().size(), "seed " + seed);
        for (int p = 0; p < reference.getParagraphs().size(); p++) {
            Paragraph<Collection<String>, String, Collection<String>> want = reference.getParagraphs().get(p);
            Paragraph<Collection<String>, String, Collection<String>> got = made.document().getParagraphs().get(p);
            assertEquals(want.getText(), got.getText(), "seed " + seed + ", paragraph " + p);
            for (int i = 0; i < want.length(); i++) {
                assertEquals(want.getStyleOfChar(i), got.getStyleOfChar(i),
                        "seed " + seed + ", paragraph " + p + ", character " + i);
            }
        }
    }

    /** Words, emoji, empty lines, a text that may start or end with a line break. */
    private static String text(Random random, int length) {
        String[] words = {"the ", "minister ", "said ", "1,200 ", "😀 ", "people ", "\n", "\n\n", "Zoë ", "died. "};
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "\n" : "");
        while (b.length() < length) {
            b.append(words[random.nextInt(words.length)]);
        }
        return b.toString();
    }

    private static List<Annotation> annotations(Random random, String text, int count) {
        String[] labels = {"quote", "figure", "event", "unknown"};
        List<Annotation> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(text.length() - 1);
            int end = Math.min(text.length(), start + 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 40));
            if (Character.isLowSurrogate(text.charAt(start))) {
                start--;
            }
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            all.add(new Annotation("a" + i, labels[random.nextInt(labels.length)], start, end, null, null, null,
                    null, null, null));
        }
        all.sort(SpanOrder.ORDER);
        return all;
    }
}
