package org.factmark.article;

/** An article that cannot be opened; the message names the file and says what is wrong with it. */
public final class ArticleException extends Exception {
    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
