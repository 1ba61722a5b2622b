package org.factmark.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factmark.model.Annotation;
import org.factmark.model.CodePoints;

/**
 * The hits of a query in one article, found in the article itself (never taken from the index): the article is
 * found when every word and phrase of the query is in its text or in an annotation's note or details; its hits
 * are then every place in the text where one of them is, and every annotation whose note or details hold one,
 * kept to the query's label and verdict.
 */
final class HitFinder {
    private static final int CONTEXT = 50;

    private HitFinder() {
    }

    /** The hits, in text order; empty when the article is not found. */
    static List<Hit> find(Searchable article, String name, SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Words.Word> words = Words.of(article.text());
        List<int[]> spans = new ArrayList<>();
        boolean[] found = new boolean[query.phrases().size()];
        for (int p = 0; p < found.length; p++) {
            List<String> phrase = query.phrases().get(p);
            for (int at : occurrences(words, phrase)) {
                spans.add(new int[] {words.get(at).start(), words.get(at + phrase.size() - 1).end()});
                found[p] = true;
            }
        }
        List<Annotation> noted = new ArrayList<>();
        for (Annotation a : article.annotations()) {
            boolean inNotes = false;
            for (String value : Searchable.notesAndDetails(a)) {
                List<Words.Word> valueWords = Words.of(value);
                for (int p = 0; p < found.length; p++) {
                    if (!occurrences(valueWords, query.phrases().get(p)).isEmpty()) {
                        found[p] = true;
                        inNotes = true;
                    }
                }
            }
            if (inNotes) {
                noted.add(a);
            }
        }
        for (boolean f : found) {
            if (!f) {
                return List.of();
            }
        }
        CodePoints cps = CodePoints.of(article.text());
        List<Hit> hits = new ArrayList<>();
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        int[] last = null;
        for (int[] span : spans) {
            if (last != null && last[0] == span[0] && last[1] == span[1]) {
                continue; // one place found by two words of the query
            }
            last = span;
            Optional<Annotation> in = around(article.annotations(), span[0], span[1], query);
            hits.add(hit(article.text(), cps, name, span[0], span[1], in, false));
        }
        for (Annotation a : noted) {
            hits.add(hit(article.text(), cps, name, a.start(), a.end(), Optional.of(a), true));
        }
        hits.removeIf(h -> !kept(h, article.annotations(), query));
        hits.sort(Comparator.comparingInt(Hit::from).thenComparing(Hit::inNote));
        return hits;
    }

    /** Where {@code phrase} starts as consecutive words of {@code words}. */
    static List<Integer> occurrences(List<Words.Word> words, List<String> phrase) {
        List<Integer> at = new ArrayList<>();
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!words.get(i + k).term().equals(phrase.get(k))) {
                    continue outer;
                }
            }
            at.add(i);
        }
        return at;
    }

    /** The annotation the span lies in: one of the query's label when asked for, else the shortest. */
    private static Optional<Annotation> around(List<Annotation> annotations, int from, int to, SearchQuery query) {
        return annotations.stream()
                .filter(a -> a.start() <= from && to <= a.end())
                .min(Comparator.<Annotation>comparingInt(a -> matches(a, query) ? 0 : 1)
                        .thenComparingInt(Annotation::length).thenComparingInt(Annotation::start));
    }

    private static boolean kept(Hit hit, List<Annotation> annotations, SearchQuery query) {
        if (query.label().isEmpty() && query.verdict().isEmpty()) {
            return true;
        }
        return hit.annotation().flatMap(ref -> annotations.stream().filter(a -> a.id().equals(ref.id())).findFirst())
                .map(a -> matches(a, query)).orElse(false);
    }

    private static boolean matches(Annotation a, SearchQuery query) {
        return query.label().map(l -> l.equalsIgnoreCase(a.label())).orElse(true)
                && query.verdict().map(v -> v.equalsIgnoreCase(Objects.toString(a.attributes().get("verdict"), "")))
                .orElse(true);
    }

    private static Hit hit(String text, CodePoints cps, String name, int from, int to, Optional<Annotation> in,
                           boolean inNote) {
        return new Hit(name, cps.toCodePoint(from), cps.toCodePoint(to), from, to, text.substring(from, to),
                context(text, from, to), in.map(a -> new Hit.AnnotationRef(a.id(), a.label())), inNote);
    }

    /** The hit with up to {@link #CONTEXT} chars of its line either side, whole surrogate pairs. */
    static String context(String text, int from, int to) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        int lineEnd = text.indexOf('\n', to);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int s = Math.max(lineStart, from - CONTEXT);
        int e = Math.min(lineEnd, to + CONTEXT);
        if (s > 0 && Character.isLowSurrogate(text.charAt(s))) {
            s++;
        }
        if (e < text.length() && Character.isLowSurrogate(text.charAt(e))) {
            e--;
        }
        return (s > lineStart ? "…" : "") + text.substring(s, e).strip() + (e < lineEnd ? "…" : "");
    }
}
