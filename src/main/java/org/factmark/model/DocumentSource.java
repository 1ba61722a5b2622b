package org.factmark.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an article came from, as the sidecar's optional {@code document.source} object holds it: the page or
 * file it was taken from, what that said about itself, and when and how it was taken. Every field may be null
 * (not known); {@link #toMap()} leaves those out.
 *
 * @param url       the address the article was fetched from, after redirects (null for a file)
 * @param title     the title the source gives itself
 * @param byline    its author(s), as written
 * @param site      the site or publisher's name
 * @param published when it was published, ISO 8601 as found in its metadata
 * @param retrieved when Factmark took it, ISO 8601 in UTC
 * @param format    what it was: html, pdf, docx, md or txt
 * @param sha256    lower-case hex SHA-256 of the original bytes
 * @param language  its language (a BCP 47 tag such as "en" or "fa")
 * @param direction its writing direction, "ltr" or "rtl"
 * @param original  the file name of the archived original beside the article (e.g. "report.source.pdf")
 */
public record DocumentSource(String url, String title, String byline, String site, String published,
                             String retrieved, String format, String sha256, String language, String direction,
                             String original) {
    /** The field names, in the order they are written. */
    public static final java.util.List<String> KEYS = java.util.List.of("url", "title", "byline", "site",
            "published", "retrieved", "format", "sha256", "language", "direction", "original");

    /** The fields that are known, in the order of {@link #KEYS}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        String[] values = {url, title, byline, site, published, retrieved, format, sha256, language, direction,
                original};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                map.put(KEYS.get(i), values[i]);
            }
        }
        return map;
    }

    /** The known fields of a {@code document.source} object read as plain JSON values; others are ignored. */
    public static DocumentSource fromMap(Map<?, ?> map) {
        String[] v = new String[KEYS.size()];
        for (int i = 0; i < v.length; i++) {
            Object value = map.get(KEYS.get(i));
            v[i] = value instanceof String s ? s : null;
        }
        return new DocumentSource(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }
}
