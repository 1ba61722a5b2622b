package org.factmark.labels;

/** A label schema that cannot be used; the message says where and what. */
public final class LabelSchemaException extends Exception {
    public LabelSchemaException(String message) {
        super(message);
    }
}
