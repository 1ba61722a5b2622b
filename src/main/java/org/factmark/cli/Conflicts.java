package org.factmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.gitmerge.SidecarMerge;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;
import org.factmark.model.SidecarContent;

/** The merge conflicts a sidecar still holds, for {@code factmark validate} to report. */
final class Conflicts {
    private static final int LISTED = 12;

    private Conflicts() {
    }

    /** Reports each unresolved conflict of {@code content} on {@code err}; true when there is one. */
    static boolean report(Path sidecar, SidecarContent content, PrintWriter err) {
        List<Annotation> marked = content.annotations().stream()
                .filter(a -> a.extra().containsKey(ThreeWayMerge.CONFLICT)).toList();
        List<?> fields = content.topExtra().get(SidecarMerge.CONFLICTS) instanceof List<?> l ? l : List.of();
        int total = marked.size() + fields.size();
        if (total == 0) {
            return false;
        }
        err.println("factmark: " + sidecar + ": " + total + " unresolved merge conflict" + (total == 1 ? "" : "s")
                + " (open it in Factmark to resolve them, or keep one version of each and delete the other)");
        String text = content.article().text();
        marked.stream().limit(LISTED).forEach(a -> err.println("  " + a.label() + " “" + clip(text.substring(a.start(),
                a.end())) + "” (" + a.id() + "): " + what(a.extra().get(ThreeWayMerge.CONFLICT))));
        fields.stream().limit(LISTED).forEach(f -> err.println("  " + SidecarMerge.CONFLICTS + ": both changed "
                + (f instanceof Map<?, ?> m ? m.get("field") : f)));
        if (total > 2 * LISTED) {
            err.println("  …");
        }
        return true;
    }

    private static String what(Object conflict) {
        if (!(conflict instanceof Map<?, ?> m)) {
            return "marked \"conflict\"";
        }
        String fields = m.get("fields") instanceof List<?> l && !l.isEmpty()
                ? " " + String.join(", ", l.stream().map(String::valueOf).toList()) : "";
        return m.get("kind") + fields + ", with " + m.get("with");
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 50 ? one.substring(0, 49) + "…" : one;
    }
}
