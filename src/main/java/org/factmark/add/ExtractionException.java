package org.factmark.add;

/**
 * A source that cannot become an article, said so that a user can act on it: what is wrong, and where there is
 * one, what to try instead ("run it through OCR first", "add it with --whole-page"). The message never names
 * the source: the caller puts it in front.
 */
public class ExtractionException extends Exception {
    private final String hint;

    public ExtractionException(String problem) {
        this(problem, null, null);
    }

    public ExtractionException(String problem, String hint) {
        this(problem, hint, null);
    }

    public ExtractionException(String problem, String hint, Throwable cause) {
        super(problem, cause);
        this.hint = hint;
    }

    /** What is wrong, without the hint. */
    public String problem() {
        return super.getMessage();
    }

    /** What to try instead, or null. */
    public String hint() {
        return hint;
    }

    /** The problem, then the hint when there is one: "it has no text layer (a scan?): run it through OCR first". */
    @Override
    public String getMessage() {
        return hint == null ? problem() : problem() + ": " + hint;
    }
}
