package org.factmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeCheck;
import org.factmark.model.AttributeDef;
import org.factmark.model.LabelSet;

/** What the hover card says about the annotations under one character. */
final class HoverText {
    private static final int KEY_DETAILS = 3;

    private HoverText() {
    }

    static String describe(AnnotationDocument doc, LabelSet labels, int offset) {
        List<String> blocks = new ArrayList<>();
        for (Annotation a : doc.annotations().covering(offset)) {
            StringBuilder b = new StringBuilder(labels.nameOf(a.label()));
            int shown = 0;
            // the required details first: they are the ones that say what the annotation is about
            List<AttributeDef> defs = new ArrayList<>(labels.attributesOf(a));
            defs.sort(java.util.Comparator.comparing(d -> !d.required()));
            for (AttributeDef def : defs) {
                Object value = a.attributes().get(def.id());
                if (value != null && shown++ < KEY_DETAILS) {
                    b.append("\n  ").append(def.name()).append(": ")
                            .append(AttributeCheck.toInput(value).replace('\n', ' '));
                }
            }
            if (!a.note().isBlank()) {
                b.append("\n  Note: ").append(a.note().length() > 200 ? a.note().substring(0, 199) + "…" : a.note());
            }
            blocks.add(b.toString());
        }
        return String.join("\n", blocks);
    }
}
