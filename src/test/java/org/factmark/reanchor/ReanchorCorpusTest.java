package org.factmark.reanchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revisions of the bundled article with known right answers. Each annotation's boundaries are marked in the
 * text with private-use characters before the revision is applied, so wherever the revision moves or edits the
 * text, the markers say where the annotation belongs afterwards (or that its text is gone). The sidecar of the
 * original is then read against the revision.
 */
class ReanchorCorpusTest {
    private static final Path ARTICLE = Path.of("samples/khamenei-gaza-speech.txt");
    private static String original;
    private static byte[] sidecar;
    private static List<Annotation> annotations;

    @BeforeAll
    static void load() throws Exception {
        ArticleText text = ArticleLoader.load(ARTICLE);
        original = text.text();
        sidecar = Files.readAllBytes(SidecarStore.sidecarFor(ARTICLE));
        annotations = SidecarReader.read(sidecar, text).content().annotations();
    }

    /** Tally of one revision. */
    record Tally(int unchangedExact, int unchangedTotal, int editedRecovered, int editedTotal, int goneOrphaned,
                 int goneTotal) {
    }

    private static final Map<String, UnaryOperator<String>> REVISIONS = new java.util.LinkedHashMap<>();

    static {
        REVISIONS.put("typo fixes", t -> t.replace("criticized", "criticised").replace("behavior", "behaviour"));
        REVISIONS.put("a sentence rewritten", t -> t.replace("had suffered a defeat in its war against",
                "had been defeated in its war on").replace("made this statement during", "said this in"));
        REVISIONS.put("a paragraph inserted", t -> t.replaceFirst("\n\n", "\n\nEditor's note: this article was "
                + "updated on 20 November to correct the casualty figures.\n\n"));
        REVISIONS.put("a paragraph removed", t -> {
            int paragraph = t.lastIndexOf("\n\n", t.indexOf("Muslim countries with formal"));
            int next = t.indexOf("\n\n", paragraph + 2);
            return t.substring(0, paragraph) + t.substring(next);
        });
        REVISIONS.put("paragraphs reordered", t -> {
            String[] p = t.split("\n\n");
            String swap = p[3];
            p[3] = p[4];
            p[4] = swap;
            return String.join("\n\n", p);
        });
        REVISIONS.put("whitespace re-flowed", t -> t.replace(", mostly civilians", ",  mostly civilians")
                .replace(" the Gaza Strip", "\nthe Gaza Strip"));
        REVISIONS.put("figures corrected", t -> t.replace("12,300", "13,000").replace("5,000 children", "5,500 children"));
    }

    @Test
    void everyAnnotationWhoseTextSurvivesLandsExactlyOnItAndLightEditsAreMostlyRecovered() throws Exception {
        StringBuilder report = new StringBuilder("\nrevision                  unchanged exact   edited recovered   removed orphaned\n");
        for (Map.Entry<String, UnaryOperator<String>> revision : REVISIONS.entrySet()) {
            Tally t = run(revision.getValue());
            report.append(String.format("%-25s %7d / %-7d %8d / %-8d %7d / %d%n", revision.getKey(), t.unchangedExact,
                    t.unchangedTotal, t.editedRecovered, t.editedTotal, t.goneOrphaned, t.goneTotal));
            assertEquals(t.unchangedTotal, t.unchangedExact, revision.getKey() + ": text that survives must land on it");
        }
        System.out.println(report);
    }

    @Test
    void lineEndingsAloneChangeNothing() throws Exception {
        ArticleText crlf = ArticleLoader.fromString("khamenei-gaza-speech.txt", original.replace("\n", "\r\n"));
        SidecarReader.Result r = SidecarReader.read(sidecar, crlf);
        assertFalse(r.reanchor().reanchored());
        assertEquals(annotations, r.content().annotations());
    }

    private static Tally run(UnaryOperator<String> revise) throws Exception {
        String marked = mark();
        String revisedMarked = revise.apply(marked);
        Map<String, int[]> expected = new HashMap<>();
        StringBuilder plain = new StringBuilder();
        Map<Integer, Integer> starts = new HashMap<>();
        for (int i = 0; i < revisedMarked.length(); i++) {
            char c = revisedMarked.charAt(i);
            if (c >= '\uE000' && c < '\uE000' + 2000) {
                int index = (c - '\uE000') / 2;
                if ((c - '\uE000') % 2 == 0) {
                    starts.put(index, plain.length());
                } else if (starts.containsKey(index)) {
                    expected.put(annotations.get(index).id(), new int[] {starts.get(index), plain.length()});
                }
            } else {
                plain.append(c);
            }
        }
        String revised = plain.toString();
        SidecarReader.Result r = SidecarReader.read(sidecar, ArticleLoader.fromString("a.txt", revised));
        Map<String, Annotation> placed = new HashMap<>();
        r.content().annotations().forEach(a -> placed.put(a.id(), a));
        int unchangedExact = 0;
        int unchangedTotal = 0;
        int editedRecovered = 0;
        int editedTotal = 0;
        int goneOrphaned = 0;
        int goneTotal = 0;
        for (Annotation a : annotations) {
            int[] want = expected.get(a.id());
            Annotation got = placed.get(a.id());
            if (want == null) {
                goneTotal++;
                goneOrphaned += got == null ? 1 : 0;
                continue;
            }
            boolean exact = got != null && got.start() == want[0] && got.end() == want[1];
            if (revised.substring(want[0], want[1]).equals(original.substring(a.start(), a.end()))) {
                unchangedTotal++;
                unchangedExact += exact ? 1 : 0;
            } else {
                editedTotal++;
                editedRecovered += got != null && overlapShare(got, want) >= 0.8 ? 1 : 0;
            }
        }
        assertTrue(r.content().annotations().size() + r.content().orphans().size() == annotations.size(),
                "nothing is dropped");
        return new Tally(unchangedExact, unchangedTotal, editedRecovered, editedTotal, goneOrphaned, goneTotal);
    }

    /** The article with a start and an end marker around each annotation (private-use characters). */
    private static String mark() {
        List<int[]> events = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            events.add(new int[] {annotations.get(i).start(), 1, i});
            events.add(new int[] {annotations.get(i).end(), 0, i});
        }
        // at one offset: ends before starts, so a span never swallows its neighbour's marker
        events.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] e : events) {
            out.append(original, at, e[0]).append((char) ('\uE000' + 2 * e[2] + (e[1] == 1 ? 0 : 1)));
            at = e[0];
        }
        return out.append(original.substring(at)).toString();
    }

    private static double overlapShare(Annotation got, int[] want) {
        int overlap = Math.max(0, Math.min(got.end(), want[1]) - Math.max(got.start(), want[0]));
        int union = Math.max(got.end(), want[1]) - Math.min(got.start(), want[0]);
        return union == 0 ? 0 : (double) overlap / union;
    }
}
