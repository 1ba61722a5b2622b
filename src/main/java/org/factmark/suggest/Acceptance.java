package org.factmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.factmark.model.SidecarContent;

/**
 * Turning suggestions into annotations: each gets its details, the creator, the time and a {@code suggestedBy}
 * attribute naming its rule. One is skipped when an annotation of its label already covers part of its span,
 * or when the sidecar's {@code rejected} list holds it.
 */
public final class Acceptance {
    /** The attribute naming the rule an accepted suggestion came from. */
    public static final String SUGGESTED_BY = "suggestedBy";

    /** What accepting gave: the new content, and how many were added or skipped and why. */
    public record Result(SidecarContent content, List<Annotation> added, int alreadyThere, int rejected) {
    }

    private Acceptance() {
    }

    /** The annotation a suggestion becomes (UTF-16 offsets, a fresh id). */
    public static Annotation annotation(Suggestion s, Prose prose, String creator, String now) {
        Map<String, Object> attributes = new LinkedHashMap<>(s.attributes());
        attributes.put(SUGGESTED_BY, s.rule());
        return Annotation.create(s.label(), prose.toUtf16(s.start()), prose.toUtf16(s.end()), creator, now)
                .withAttributes(attributes, now);
    }

    /** Whether an annotation of the suggestion's label already overlaps it. */
    public static boolean alreadyThere(Suggestion s, Prose prose, List<Annotation> annotations) {
        int start = prose.toUtf16(s.start());
        int end = prose.toUtf16(s.end());
        for (Annotation a : annotations) {
            if (a.label().equals(s.label()) && a.start() < end && start < a.end()) {
                return true;
            }
        }
        return false;
    }

    public static Result accept(SidecarContent content, List<Suggestion> suggestions, Prose prose, String creator,
                                String now) {
        Rejections rejections = Rejections.of(content);
        List<Annotation> all = new ArrayList<>(content.annotations());
        List<Annotation> added = new ArrayList<>();
        int there = 0;
        int rejected = 0;
        for (Suggestion s : suggestions) {
            if (rejections.rejects(s, prose)) {
                rejected++;
            } else if (alreadyThere(s, prose, all)) {
                there++;
            } else {
                Annotation a = annotation(s, prose, creator, now);
                all.add(a);
                added.add(a);
            }
        }
        SidecarContent next = new SidecarContent(content.article(), all, content.orphans(), content.topExtra(),
                content.documentExtra(), content.labelSchema());
        return new Result(next, added, there, rejected);
    }
}
