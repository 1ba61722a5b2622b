package org.factmark.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factmark.model.DocumentStatus;

/** The article's status as an undoable step: the sidecar's {@code document} fields with a new {@code status}. */
final class StatusChange {
    private StatusChange() {
    }

    static DocumentStatus of(Map<String, Object> document) {
        return document.get(DocumentStatus.KEY) instanceof Map<?, ?> map ? DocumentStatus.fromMap(map) : null;
    }

    /** The step that sets {@code value}, by {@code who} at {@code when}; empty when it is already the status. */
    static Optional<Edit> to(Map<String, Object> document, String value, String who, String when) {
        DocumentStatus now = of(document);
        if (now != null && now.value().equals(value)) {
            return Optional.empty();
        }
        Map<String, Object> after = new LinkedHashMap<>(document);
        after.put(DocumentStatus.KEY, new DocumentStatus(value, who == null || who.isBlank() ? null : who, when).toMap());
        return Optional.of(new Edit("Status: " + value, List.of(), List.of(), List.of(), List.of(), document, after));
    }
}
