package org.factmark.formats;

import java.util.List;
import org.factmark.model.Annotation;

/**
 * Annotations read from another tool's file, placed in the article (UTF-16 offsets, as in the model), and
 * what could not be taken: one line per skipped item or kind, e.g. "R1 (relation): Factmark holds spans only".
 */
public record ImportResult(List<Annotation> annotations, List<String> skipped) {
    public ImportResult {
        annotations = List.copyOf(annotations);
        skipped = List.copyOf(skipped);
    }

    public String summary() {
        return annotations.size() + (annotations.size() == 1 ? " annotation" : " annotations") + " imported"
                + (skipped.isEmpty() ? "." : "; skipped " + skipped.size() + ": " + String.join("; ", skipped) + ".");
    }
}
