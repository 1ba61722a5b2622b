package org.factmark.ui.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.factmark.model.Annotation;
import org.factmark.ui.article.ArticleView;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Their spans that differ from mine, drawn over my highlights as outlines ({@code fm-theirs}). */
final class TheirsOutlines implements ArticleView.Overlay {
    static final String STYLE = "fm-theirs";
    private static final List<String> MARK = List.of(STYLE);
    private final List<Annotation> spans;
    private final int longest;

    TheirsOutlines(Collection<Annotation> theirs) {
        spans = new ArrayList<>(theirs);
        spans.sort(Comparator.comparingInt(Annotation::start));
        longest = spans.stream().mapToInt(Annotation::length).max().orElse(0);
    }

    List<Annotation> spans() {
        return spans;
    }

    @Override
    public StyleSpans<Collection<String>> over(StyleSpans<Collection<String>> under, int from, int to) {
        boolean[] marked = new boolean[to - from];
        boolean any = false;
        for (int i = firstFrom(from - longest); i < spans.size() && spans.get(i).start() < to; i++) {
            Annotation a = spans.get(i);
            for (int p = Math.max(a.start(), from); p < Math.min(a.end(), to); p++) {
                marked[p - from] = true;
                any = true;
            }
        }
        if (!any) {
            return under;
        }
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int p = 1; p <= marked.length; p++) {
            if (p == marked.length || marked[p] != marked[runStart]) {
                marks.add(marked[runStart] ? MARK : List.of(), p - runStart);
                runStart = p;
            }
        }
        return under.overlay(marks.create(), (mine, theirs) -> {
            if (theirs.isEmpty()) {
                return mine;
            }
            List<String> both = new ArrayList<>(mine);
            both.add(STYLE);
            return both;
        });
    }

    private int firstFrom(int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
