package org.factmark.add;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A file name made from a source's name, a URL or a title, safe on Linux, macOS and Windows: no folder
 * separators, no characters Windows refuses, no control characters, no leading dot, not a reserved device name,
 * at most {@link #MAX_BYTES} bytes of UTF-8; letters of any script are kept.
 */
public final class SafeName {
    static final int MAX_BYTES = 100;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");
    private static final Set<String> MEANINGLESS = Set.of("", "index", "default", "article", "story", "amp",
            "print", "view");

    private SafeName() {
    }

    /** The base name for an article from a file: its name without the extension ("report.pdf" → "report"). */
    public static String ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return clean(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /**
     * The base name for an article from a URL: its last path segment without an extension; when that says
     * nothing ("index.html", a number, none) the title; else the host.
     */
    public static String ofUrl(URI url, String title) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String[] segments = path.split("/");
        String last = "";
        for (int i = segments.length - 1; i >= 0 && last.isEmpty(); i--) {
            last = segments[i];
        }
        String segment = ofFile(decode(last));
        if (!MEANINGLESS.contains(segment.toLowerCase(Locale.ROOT)) && !segment.matches("[0-9-]+")) {
            return segment;
        }
        String fromTitle = title == null ? "" : clean(title);
        if (!fromTitle.isEmpty() && !fromTitle.equals("article")) {
            return fromTitle;
        }
        return clean(url.getHost() == null ? "" : url.getHost());
    }

    /** {@code name} made safe; "article" when nothing of it is left. */
    public static String clean(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}/\\\\:*?\"<>|]", " ")
                .replaceAll("\\s+", " ").strip()
                .replaceAll("^[.\\s-]+", "").replaceAll("[.\\s]+$", "");
        s = shorten(s).replaceAll("[.\\s]+$", "");
        if (s.isEmpty() || RESERVED.contains(s.toLowerCase(Locale.ROOT).split("\\.")[0])) {
            return s.isEmpty() ? "article" : s + "-article";
        }
        return s;
    }

    /** At most {@link #MAX_BYTES} bytes of UTF-8, cut between code points (at a space when there is one). */
    private static String shorten(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return s;
        }
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int c = s.codePointAt(end);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        int space = s.lastIndexOf(' ', end);
        return s.substring(0, space > end / 2 ? space : end);
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // a stray % sign: the segment as it is
        }
    }
}
