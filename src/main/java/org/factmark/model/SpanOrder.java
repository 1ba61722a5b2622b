package org.factmark.model;

import java.util.Comparator;

/** The one order annotations are kept, listed and saved in: start ascending, end descending, label, id. */
public final class SpanOrder {
    public static final Comparator<Annotation> ORDER = Comparator
            .comparingInt(Annotation::start)
            .thenComparing(Comparator.comparingInt(Annotation::end).reversed())
            .thenComparing(Annotation::label)
            .thenComparing(Annotation::id);

    private SpanOrder() {
    }
}
