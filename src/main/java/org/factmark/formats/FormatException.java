package org.factmark.formats;

/** A file that cannot be read as the format it was said to be; the message says where and what. */
public final class FormatException extends Exception {
    public FormatException(String message) {
        super(message);
    }
}
