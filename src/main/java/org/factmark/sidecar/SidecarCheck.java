package org.factmark.sidecar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;

/**
 * Puts annotations from elsewhere (an import) through exactly what a sidecar read checks — limits on nesting,
 * number and string length, spans inside the article, strings that can be written — by writing them as a
 * sidecar in memory and reading that back, which must give the same sidecar again. What would make a sidecar Factmark cannot read is refused here,
 * before anything is written.
 */
public final class SidecarCheck {
    private SidecarCheck() {
    }

    /**
     * @param passed  the annotations that a sidecar can hold, in the order given
     * @param refused one line per annotation refused: which one and why
     */
    public record Checked(List<Annotation> passed, List<String> refused) {
        public Checked {
            passed = List.copyOf(passed);
            refused = List.copyOf(refused);
        }
    }

    public static Checked check(ArticleText article, List<Annotation> annotations) {
        List<Annotation> passed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        sort(article, annotations, passed, refused);
        return new Checked(passed, refused);
    }

    /** All at once when they pass (the usual case); else halves, down to the single annotations that fail. */
    private static void sort(ArticleText article, List<Annotation> some, List<Annotation> passed,
                             List<String> refused) {
        if (some.isEmpty()) {
            return;
        }
        String problem = problem(article, some);
        if (problem == null) {
            passed.addAll(some);
        } else if (some.size() == 1) {
            Annotation a = some.get(0);
            refused.add(a.label() + " " + a.id() + ": not imported, a sidecar holding it could not be read ("
                    + problem + ")");
        } else {
            int half = some.size() / 2;
            sort(article, some.subList(0, half), passed, refused);
            sort(article, some.subList(half, some.size()), passed, refused);
        }
    }

    private static String problem(ArticleText article, List<Annotation> some) {
        try {
            String json = SidecarWriter.toJson(new SidecarContent(article, some, List.of(), Map.of(), Map.of()));
            SidecarContent back = SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), article).content();
            // what is read back must be what was given: text UTF-8 cannot carry (a lone surrogate) would change
            return json.equals(SidecarWriter.toJson(back)) ? null
                    : "it would change on saving (text UTF-8 cannot carry, such as a lone surrogate, or a value "
                    + "that reads back otherwise)";
        } catch (SidecarException e) {
            return e.getMessage().replaceFirst(" \\(line \\d+, column \\d+\\)", "")
                    .replaceFirst("^it is not valid JSON: ", "");
        } catch (RuntimeException e) {
            return "it cannot be written as a sidecar (" + e.getMessage() + ")";
        }
    }
}
