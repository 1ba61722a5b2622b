package org.factmark.compare;

import java.util.List;
import org.factmark.model.Annotation;

/**
 * What a choice does to my annotations, as one step: {@code remove} leave, {@code add} join (an annotation added
 * under the id of one removed replaces it).
 */
public record Change(List<Annotation> remove, List<Annotation> add) {
    public Change {
        remove = List.copyOf(remove);
        add = List.copyOf(add);
    }

    public boolean isEmpty() {
        return remove.isEmpty() && add.isEmpty();
    }
}
