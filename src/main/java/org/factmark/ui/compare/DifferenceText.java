package org.factmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.factmark.compare.Difference;
import org.factmark.compare.Kind;
import org.factmark.model.Annotation;

/** The compare view's words: group titles and one short line per difference. */
final class DifferenceText {
    private static final int QUOTED = 48;

    private DifferenceText() {
    }

    static String group(Kind kind) {
        return switch (kind) {
            case ONLY_THEIRS -> "Only theirs";
            case ONLY_MINE -> "Only mine";
            case OTHER_LABEL -> "Same span, other label";
            case OVERLAP -> "Overlapping spans";
            case OTHER_DETAILS -> "Same annotation, other details or note";
        };
    }

    /** One line: the label(s) and the words, and for changed details which ones differ. */
    static String line(Difference d, String text) {
        Annotation mine = d.mine();
        Annotation theirs = d.theirs();
        return switch (d.kind()) {
            case ONLY_THEIRS -> theirs.label() + " " + quote(theirs, text) + by(theirs);
            case ONLY_MINE -> mine.label() + " " + quote(mine, text);
            case OTHER_LABEL -> quote(mine, text) + "   mine: " + mine.label() + " · theirs: " + theirs.label()
                    + by(theirs);
            case OVERLAP -> mine.label() + " " + quote(mine, text) + "   theirs: "
                    + (theirs.label().equals(mine.label()) ? "" : theirs.label() + " ") + quote(theirs, text)
                    + by(theirs);
            case OTHER_DETAILS -> mine.label() + " " + quote(mine, text) + "   differs in " + String.join(", ",
                    fields(mine, theirs)) + by(theirs);
        };
    }

    /** What differs between two versions of one annotation, in the user's words. */
    static List<String> fields(Annotation mine, Annotation theirs) {
        List<String> differ = new ArrayList<>();
        if (mine.start() != theirs.start() || mine.end() != theirs.end()) {
            differ.add("span");
        }
        if (!mine.label().equals(theirs.label())) {
            differ.add("label");
        }
        Set<String> details = new TreeSet<>(mine.attributes().keySet());
        details.addAll(theirs.attributes().keySet());
        for (String name : details) {
            if (!java.util.Objects.equals(String.valueOf(mine.attributes().get(name)),
                    String.valueOf(theirs.attributes().get(name)))) {
                differ.add(name);
            }
        }
        if (!mine.note().equals(theirs.note())) {
            differ.add("note");
        }
        return differ.isEmpty() ? List.of("details") : differ;
    }

    static String quote(Annotation a, String text) {
        String words = text.substring(Math.min(a.start(), text.length()), Math.min(a.end(), text.length()))
                .replaceAll("\\s+", " ").strip();
        if (words.length() > QUOTED) {
            words = words.substring(0, QUOTED - 1).strip() + "…";
        }
        boolean quoted = words.startsWith("“") || words.startsWith("\"") || words.startsWith("‘");
        return quoted ? words : "“" + words + "”";
    }

    private static String by(Annotation theirs) {
        return theirs.creator().isEmpty() ? "" : "  (" + theirs.creator() + ")";
    }
}
