package org.factmark.model;

import java.util.Objects;

/**
 * The article as Factmark works on it: its normalised text (BOM removed, CRLF and lone CR turned into LF)
 * and what the normalisation found. Created by {@code org.factmark.article.ArticleLoader}.
 *
 * @param fileName  the article's file name without folder, as written in the sidecar
 * @param text      the normalised text
 * @param newline   the line endings of the file before normalisation
 * @param sha256    lower-case hex SHA-256 of the normalised text encoded as UTF-8
 * @param codePoints the normalised text's length in code points
 * @param encoding  how the file was decoded: "UTF-8" (the norm), "UTF-16LE", "UTF-16BE" or "windows-1252"
 */
public record ArticleText(String fileName, String text, NewlineStyle newline, String sha256, int codePoints,
                          String encoding) {
    public static final String UTF8 = "UTF-8";

    public ArticleText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(newline, "newline");
        Objects.requireNonNull(sha256, "sha256");
        encoding = encoding == null ? UTF8 : encoding;
    }

    public ArticleText(String fileName, String text, NewlineStyle newline, String sha256, int codePoints) {
        this(fileName, text, newline, sha256, codePoints, UTF8);
    }

    public boolean isUtf8() {
        return UTF8.equals(encoding);
    }

    public int length() {
        return text.length();
    }
}
