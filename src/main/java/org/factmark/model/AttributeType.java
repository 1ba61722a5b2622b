package org.factmark.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of value an attribute holds, by the name a label schema gives them. */
public enum AttributeType {
    /** Free text; stored as a JSON string. */
    TEXT("text"),
    /** A number; stored as a JSON number (kept as typed, as a string, while it does not parse). */
    NUMBER("number"),
    /** An ISO-8601 date where known (2023-10-07, 2023-10, 2023), free text otherwise; a JSON string. */
    DATE("date"),
    /** One of the values the schema lists; a JSON string. */
    CHOICE("choice"),
    /** A list of web addresses; a JSON array of strings. */
    URLS("urls"),
    /** Yes or no; a JSON boolean. */
    BOOLEAN("boolean");

    private final String jsonName;

    AttributeType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<AttributeType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
