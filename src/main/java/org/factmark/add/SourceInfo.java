package org.factmark.add;

/**
 * What is known about the bytes an {@link Extractor} is given, besides the bytes.
 *
 * @param name        the file name the source had, or the URL's last path segment ("" when none)
 * @param url         the address the bytes were fetched from, after redirects; null for a file
 * @param contentType the declared media type without parameters ("text/html"), or null
 * @param charset     the declared character set (from the HTTP header), or null
 * @param wholePage   true when the user asked for the whole page's text rather than the article found in it
 */
public record SourceInfo(String name, String url, String contentType, String charset, boolean wholePage) {
    public SourceInfo {
        name = name == null ? "" : name;
    }

    /** A local file, by its name. */
    public static SourceInfo file(String name) {
        return new SourceInfo(name, null, null, null, false);
    }
}
