package org.factmark.formats;

import java.util.Optional;
import java.util.regex.Pattern;
import org.factmark.model.DocumentSource;

/** What an export says of where its article came from: the sidecar's {@code document.source}, checked. */
final class Provenance {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final DocumentSource NONE = DocumentSource.fromMap(java.util.Map.of());

    private Provenance() {
    }

    /** The article's provenance; every field null when its sidecar records none. */
    static DocumentSource of(ExportInput input) {
        DocumentSource source = input.content().source();
        return source == null ? NONE : source;
    }

    /** The field's value when it says something, else empty. */
    static Optional<String> known(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The publication date when it is ISO 8601 (a date, or a date and time), else empty. */
    static Optional<String> published(ExportInput input) {
        return known(of(input).published()).filter(d -> ISO_DATE.matcher(d).matches());
    }
}
