package org.factmark.model;

import java.util.List;
import java.util.Objects;

/**
 * One typed attribute of a label, as the label schema defines it.
 *
 * @param id        the key in the annotation's {@code attributes}
 * @param name      what the user reads
 * @param type      what kind of value it holds
 * @param required  a missing value is flagged (never blocks saving)
 * @param values    the allowed values of a {@link AttributeType#CHOICE}, in menu order
 * @param suggest   offer values already used in the article and its folder (people, organisations, places)
 * @param multiline a longer text, edited in a text area
 * @param help      a hint shown with the field; may be empty
 */
public record AttributeDef(String id, String name, AttributeType type, boolean required, List<String> values,
                           boolean suggest, boolean multiline, String help) {
    public AttributeDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        name = name == null || name.isBlank() ? id : name;
        values = values == null ? List.of() : List.copyOf(values);
        help = help == null ? "" : help;
    }
}
