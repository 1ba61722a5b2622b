package org.factmark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.Lanes;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.article.highlight.HighlightProjection;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The floor a document is measured against: a bare RichTextFX area given the same text and style spans in one
 * call (open, heap) or one small span (an edit), and bare Jackson reading and writing the same sidecar.
 */
record Floor(Stats open, List<Frames.Timing> restyle, Stats write, Stats read, long heap) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A word-aligned span of a few words near the {@code i}th of {@code n} even steps through the text. */
    static int[] spanNear(String text, int n, int i, Random random, int pass) {
        long at = (long) text.length() * (2L * i + pass) / (2L * n);
        int space = text.indexOf(' ', (int) at);
        if (space < 0 || space > at + 200) { // a text written without spaces: a few characters
            int from = (int) Math.min(at, text.length() - 2);
            return new int[] {from, Math.min(text.length(), from + 2 + random.nextInt(8))};
        }
        int from = Math.max(0, text.indexOf(' ', (int) at) + 1);
        int to = text.indexOf(' ', Math.min(text.length(), from + 3 + random.nextInt(20)));
        return new int[] {from, Math.min(text.length(), Math.max(from + 1, to < 0 ? text.length() : to))};
    }

    /** Measures the floor of {@code doc}: open and heap {@code repeats} times after a warm-up, edits as given. */
    static Floor measure(Corpus.Doc doc, int repeats, int operations, Path folder) throws Exception {
        byte[] sidecar = Files.readAllBytes(SidecarStore.sidecarFor(doc.article()));
        StyleSpans<Collection<String>> spans = floorSpans(doc, sidecar);
        long heapBefore = usedHeap();
        // the text the bare area is given counts in its heap, as the document's text counts in Factmark's
        String text = ArticleLoader.load(doc.article()).text();
        Stage stage = Frames.onFx(() -> new Stage());
        StyleClassedTextArea area = Frames.onFx(() -> {
            StyleClassedTextArea a = new StyleClassedTextArea();
            a.setWrapText(true);
            // as Factmark's: no undo history, which would keep every text the repetitions give it
            a.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
            stage.setScene(new Scene(new VirtualizedScrollPane<>(a), 1360, 860));
            stage.show();
            return a;
        });
        Random phase = new Random(11);
        java.util.function.Supplier<Long> once = () -> {
            Frames.untilNextFrame(stage::getScene, () -> area.replaceText(""));
            Frames.anyPhase(phase);
            return Frames.untilNextFrame(stage::getScene, () -> {
                area.replaceText(text);
                area.setStyleSpans(0, spans);
            }).latency();
        };
        // a text without a line break is one paragraph, which the bare area takes minutes to lay out: once is
        // enough to know the floor, warm or not
        List<Long> open = doc.singleParagraph() ? List.of(once.get()) : Rounds.measure(repeats, once);
        Thread.sleep(1500); // settled, as Factmark's is measured
        Frames.untilNextFrame(stage::getScene, () -> { });
        long heap = usedHeap() - heapBefore;
        // the floor of one edit: one small range restyled in one setStyleSpans call, to the next frame
        List<Frames.Timing> restyle = new ArrayList<>();
        // (not on one huge paragraph: there every restyle lays the whole paragraph out again, for seconds)
        for (int pass = 0; pass < 2 && !doc.singleParagraph(); pass++) {
            Random random = new Random(7 + pass);
            for (int i = 0; i < operations; i++) {
                int[] span = spanNear(text, operations, i, random, pass);
                StyleSpans<Collection<String>> one = StyleSpans.singleton(List.of("figure"), span[1] - span[0]);
                Frames.Timing t = Frames.untilNextFrame(stage::getScene, () -> area.setStyleSpans(span[0], one));
                if (pass == 1) {
                    restyle.add(t);
                }
            }
        }
        Frames.onFx(() -> {
            area.replaceText("");
            stage.close();
        });
        Path target = folder.resolve("jackson-floor.json");
        List<long[]> jackson = Rounds.measure(repeats, () -> {
            try {
                long t0 = System.nanoTime();
                JsonNode tree = JSON.readTree(sidecar);
                long t1 = System.nanoTime();
                JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), tree);
                return new long[] {t1 - t0, System.nanoTime() - t1};
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Floor(Stats.of(open), restyle, Stats.of(jackson.stream().map(t -> t[1]).toList()),
                Stats.of(jackson.stream().map(t -> t[0]).toList()), heap);
    }

    /** The style spans of the whole document, as Factmark would show them. */
    private static StyleSpans<Collection<String>> floorSpans(Corpus.Doc doc, byte[] sidecar) throws Exception {
        ArticleText article = ArticleLoader.load(doc.article());
        List<Annotation> all = SidecarReader.read(sidecar, article).content().annotations();
        return HighlightProjection.project(all, Lanes.assign(all), 0, article.text().length(), LABELS);
    }


    /** The heap in use after full collections. */
    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The label ids the projection knows (the default schema's). */
    private static final java.util.Set<String> LABELS = java.util.Set.of("quote", "figure", "assertion", "event");
}
