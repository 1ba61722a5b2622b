package org.factmark.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factmark.model.Annotation;
import org.factmark.model.Lanes;
import org.factmark.model.SpanOrder;

/**
 * CoNLL-style token tags (IOB2), one {@code NAME.conll} per article: a {@code TOKEN<TAB>TAG} line per token of
 * the normalised text, tags {@code B-label}, {@code I-label} or {@code O}, and a blank line between sentences.
 *
 * <p>Tokens are words (letters, then letters, marks, digits, apostrophes and hyphens: {@code Iran’s},
 * {@code Iran-backed}), numbers ({@code 1,200}, {@code 3.5}), and otherwise single characters — a whole
 * grapheme cluster, so an emoji such as 👩‍👩‍👧 is one token. A sentence ends at a line break, and after
 * {@code .}, {@code !} or {@code ?} (or a closing quote or bracket right after one) followed by white space.
 * A token holds one tag, so where spans overlap or nest the outermost (earliest, then longest: lane 0 of
 * {@link Lanes}) is written and the others are reported as lost; a span whose boundary falls inside a token
 * is widened to whole tokens. A sentence does not end inside a written span (a span over a line break keeps
 * its sentences together), so every span reads back whole. Details, notes, ids and dates are not carried.
 */
public final class ConllFormat implements Exporter {
    // Possessive (*+, ++): a repeated group that may backtrack costs a stack frame per repetition in
    // java.util.regex, and "1.1.1.…" 3,000 times overflowed the stack; these match the same tokens.
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}\\p{N}'’\\-]*+|\\p{N}++(?:[.,]\\p{N}++)*+|(?=\\S)\\X");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");
    private static final Set<String> CLOSERS = Set.of("\"", "'", "”", "’", "»", ")", "]", "}");

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public String description() {
        return "CoNLL token tags (TOKEN, tab, B-/I-label or O; a blank line between sentences), NAME.conll per "
                + "article: one span per token, labels only";
    }

    @Override
    public boolean combines() {
        return false;
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        Counts counts = new Counts();
        List<ExportResult.OutputFile> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ExportInput input : articles) {
            String stem = ArticleOutputs.uniqueStem(input, taken);
            String conll = conll(input.content().article().text(), input.content().annotations(), counts);
            files.add(new ExportResult.OutputFile(stem + ".conll", conll.getBytes(StandardCharsets.UTF_8)));
            counts.orphans += input.content().orphans().size();
        }
        return new ExportResult(files, counts.lines());
    }

    /** The tokens of a text, as UTF-16 ranges. */
    static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }

    private static String conll(String text, List<Annotation> annotations, Counts counts) {
        List<int[]> tokens = tokens(text);
        String[] tags = new String[tokens.size()];
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(SpanOrder.ORDER);
        Map<String, Integer> lanes = Lanes.assign(sorted);
        int lastTagged = -1;
        for (Annotation a : sorted) {
            counts.annotations++;
            counts.withAttributes += a.attributes().isEmpty() ? 0 : 1;
            counts.withNotes += a.note().isBlank() ? 0 : 1;
            if (lanes.get(a.id()) != 0) {
                counts.overlapping++;
                continue;
            }
            int first = firstEndingAfter(tokens, a.start());
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1)[0] < a.end()) {
                last++;
            }
            if (first == tokens.size() || tokens.get(first)[0] >= a.end()) {
                counts.noToken++;
                continue;
            }
            if (first <= lastTagged) { // shares a token with the span before it once widened to whole tokens
                counts.overlapping++;
                continue;
            }
            if (tokens.get(first)[0] < a.start() || tokens.get(last)[1] > a.end()) {
                counts.widened++;
            }
            String tag = a.label().replaceAll("\\s", "_");
            for (int i = first; i <= last; i++) {
                tags[i] = (i == first ? "B-" : "I-") + tag;
            }
            lastTagged = last;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            boolean insideSpan = tags[i] != null && tags[i].startsWith("I-");
            if (i > 0 && !insideSpan && sentenceBreak(text, tokens, i)) {
                out.append('\n');
            }
            out.append(text, tokens.get(i)[0], tokens.get(i)[1]).append('\t')
                    .append(tags[i] == null ? "O" : tags[i]).append('\n');
        }
        return out.toString();
    }

    /** The first token that ends after {@code offset}: binary search over the ascending token ends. */
    private static int firstEndingAfter(List<int[]> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid)[1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a sentence ends between token {@code i - 1} and token {@code i}. */
    private static boolean sentenceBreak(String text, List<int[]> tokens, int i) {
        int[] prev = tokens.get(i - 1);
        String gap = text.substring(prev[1], tokens.get(i)[0]);
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        if (gap.isEmpty()) {
            return false;
        }
        String p = text.substring(prev[0], prev[1]);
        if (SENTENCE_END.contains(p)) {
            return true;
        }
        if (CLOSERS.contains(p) && i >= 2 && tokens.get(i - 2)[1] == prev[0]) {
            int[] before = tokens.get(i - 2);
            return SENTENCE_END.contains(text.substring(before[0], before[1]));
        }
        return false;
    }

    /** What could not be written, over every article. */
    private static final class Counts {
        int annotations;
        int withAttributes;
        int withNotes;
        int overlapping;
        int widened;
        int noToken;
        int orphans;

        List<String> lines() {
            List<String> out = new ArrayList<>();
            if (overlapping > 0) {
                out.add(ArticleOutputs.plural(overlapping, "span") + " nested or overlapping others: a token "
                        + "holds one tag, so only the outermost span is written");
            }
            if (widened > 0) {
                out.add(ArticleOutputs.plural(widened, "span") + " with a boundary inside a token: widened to "
                        + "whole tokens");
            }
            if (noToken > 0) {
                out.add(ArticleOutputs.plural(noToken, "span") + " covering no token (white space only): not "
                        + "written");
            }
            if (withAttributes > 0) {
                out.add("details of " + ArticleOutputs.plural(withAttributes, "annotation")
                        + ": CoNLL carries labels only");
            }
            if (withNotes > 0) {
                out.add(ArticleOutputs.plural(withNotes, "note") + ": CoNLL carries labels only");
            }
            if (annotations > 0) {
                out.add("annotation ids, creators and dates: CoNLL has no place for them");
            }
            String orphanLine = ArticleOutputs.orphansLost(orphans);
            if (orphanLine != null) {
                out.add(orphanLine);
            }
            return out;
        }
    }
}
