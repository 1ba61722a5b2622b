package org.factmark.model;

/** Which line endings the article file had before normalisation to LF. */
public enum NewlineStyle {
    LF, CRLF, CR, MIXED, NONE;

    /** The value written in the sidecar's {@code document.newline}. */
    public String jsonName() {
        return this == MIXED ? "mixed" : this == NONE ? "none" : name();
    }
}
