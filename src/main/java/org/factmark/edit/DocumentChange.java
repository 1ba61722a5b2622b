package org.factmark.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.factmark.model.DocumentStatus;

/** Changes to the sidecar's {@code document} fields as undoable steps: the article's status, its direction. */
final class DocumentChange {
    private DocumentChange() {
    }

    static DocumentStatus of(Map<String, Object> document) {
        return document.get(DocumentStatus.KEY) instanceof Map<?, ?> map ? DocumentStatus.fromMap(map) : null;
    }

    /** The step that sets {@code value}, by {@code who} at {@code when}; empty when it is already the status. */
    static Optional<Edit> status(Map<String, Object> document, String value, String who, String when) {
        DocumentStatus now = of(document);
        if (now != null && now.value().equals(value)) {
            return Optional.empty();
        }
        Map<String, Object> after = new LinkedHashMap<>(document);
        after.put(DocumentStatus.KEY, new DocumentStatus(value, who == null || who.isBlank() ? null : who, when).toMap());
        return Optional.of(Edit.ofDocument("Status: " + value, document, after));
    }

    /** The step that sets the reading direction; empty when it is already that one. */
    static Optional<Edit> direction(Map<String, Object> document, org.factmark.model.TextDirection direction) {
        if (org.factmark.model.TextDirection.in(document) == direction) {
            return Optional.empty();
        }
        return Optional.of(Edit.ofDocument("Text Direction", document, direction.into(document)));
    }
}
