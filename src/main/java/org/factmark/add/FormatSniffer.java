package org.factmark.add;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What kind of document some bytes are: by their first bytes (a PDF, a zip, an image), then by the media type
 * the server declared, then by the file name's extension, then by a look at the start of the text. The formats
 * are "html", "pdf", "docx", "md" and "txt".
 */
public final class FormatSniffer {
    /** The extension each format's archived original gets: {@code NAME.source.EXT}. */
    public static final Map<String, String> EXTENSIONS = Map.of("html", "html", "pdf", "pdf", "docx", "docx",
            "md", "md", "txt", "txt");
    private static final Map<String, String> BY_EXTENSION = Map.of("html", "html", "htm", "html", "xhtml", "html",
            "pdf", "pdf", "docx", "docx", "md", "md", "markdown", "md", "txt", "txt", "text", "txt");
    private static final Map<String, String> BY_MEDIA_TYPE = Map.of("text/html", "html",
            "application/xhtml+xml", "html", "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "text/markdown", "md", "text/x-markdown", "md", "text/plain", "txt");
    private static final String READS = "Factmark adds web pages (.html), PDF, Word (.docx), Markdown (.md) and "
            + "plain text (.txt)";

    private FormatSniffer() {
    }

    /**
     * The format of {@code bytes}.
     *
     * @param name        the source's file name (or URL's last segment), for its extension
     * @param contentType the declared media type without parameters, or null
     * @throws ExtractionException when they are an image, audio, a binary or a kind of document Factmark does
     *                             not read
     */
    public static String detect(byte[] bytes, String name, String contentType) throws ExtractionException {
        String magic = magic(bytes);
        if (magic != null) {
            return magic;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("font/")) {
            throw new ExtractionException("it is " + type + ", not an article", READS);
        }
        String extension = extension(name);
        String format = BY_MEDIA_TYPE.get(type);
        if (format == null) {
            format = BY_EXTENSION.get(extension);
        }
        if (format == null && looksLikeHtml(bytes)) {
            format = "html";
        }
        if (binary(bytes)) {
            throw new ExtractionException("it is a binary file" + (type.isEmpty() ? "" : " (" + type + ")")
                    + ", not an article", READS);
        }
        if (format == null) {
            throw new ExtractionException("it is not a kind of document Factmark reads ("
                    + (!extension.isEmpty() ? "." + extension : !type.isEmpty() ? type : "unknown format") + ")",
                    READS);
        }
        return format;
    }

    private static String magic(byte[] b) throws ExtractionException {
        if (starts(b, "%PDF-")) {
            return "pdf";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            if (contains(b, "word/document.xml") || contains(b, "[Content_Types].xml")
                    && contains(b, "word/")) {
                return "docx";
            }
            throw new ExtractionException("it is a zip archive, not a Word document or an article", READS);
        }
        String image = b.length >= 8 && (b[0] & 0xFF) == 0x89 && starts(b, 1, "PNG") ? "a PNG image"
                : b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF
                ? "a JPEG image"
                : starts(b, "GIF87a") || starts(b, "GIF89a") ? "a GIF image"
                : starts(b, "RIFF") && starts(b, 8, "WEBP") ? "a WebP image" : null;
        if (image != null) {
            throw new ExtractionException("it is " + image + ", not an article", READS);
        }
        return null;
    }

    /** The lower-case extension of a file name, without the dot; "" when it has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body");
    }

    /** A NUL byte early on: no text document (UTF-16 aside, which has its byte-order mark) has one. */
    private static boolean binary(byte[] b) {
        boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
        for (int i = 0; i < Math.min(b.length, 8192) && !utf16; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] b, String ascii) {
        return starts(b, 0, ascii);
    }

    private static boolean starts(byte[] b, int at, String ascii) {
        if (b.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, String ascii) {
        return new String(b, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}
