package org.factmark.article.add;

/** A source that gives no article; the message is the problem, in one line, without the source's name. */
public final class UnreadableSource extends Exception {
    public UnreadableSource(String problem) {
        super(problem);
    }

    public UnreadableSource(String problem, Throwable cause) {
        super(problem, cause);
    }
}
