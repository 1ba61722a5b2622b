package org.factmark.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.factmark.concurrent.Cores;
import org.factmark.io.FileReads;
import org.factmark.model.ArticleText;
import org.factmark.model.NewlineStyle;

/**
 * Reads an article and normalises it exactly as Python's {@code open(path, encoding="utf-8-sig").read()}
 * does: strict UTF-8, one leading BOM removed, CRLF and lone CR turned into LF. Nothing else changes.
 */
public final class ArticleLoader {
    /** Articles larger than this are refused; {@code -Dfactmark.maxArticleBytes=N} changes it. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private ArticleLoader() {
    }

    /** The text after normalisation and the line endings the raw text had. */
    public record Normalised(String text, NewlineStyle newline) {
    }

    public static ArticleText load(Path path) throws ArticleException {
        String name = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            throw new ArticleException(path + " is a folder, not an article.");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            long max = Long.getLong("factmark.maxArticleBytes", DEFAULT_MAX_BYTES);
            if (size > max) {
                throw new ArticleException(path + " is " + mib(size) + "; Factmark opens articles up to "
                        + mib(max) + ".");
            }
            bytes = FileReads.read(path, max);
        } catch (FileReads.Refused e) {
            throw new ArticleException(e.getMessage() + ".", e);
        } catch (NoSuchFileException e) {
            throw new ArticleException(path + " does not exist (it may have been moved or deleted).", e);
        } catch (IOException e) {
            throw new ArticleException(path + " could not be read: " + e.getMessage(), e);
        }
        return decode(name, bytes, path.toString());
    }

    /**
     * An article from raw bytes; {@code where} names it in messages. UTF-8 (with or without BOM) is the norm;
     * UTF-16 with a BOM is read too; anything else that is not valid UTF-8 is read as Windows-1252, and the
     * article says so ({@link ArticleText#encoding()}) for the user to be told.
     */
    public static ArticleText decode(String fileName, byte[] bytes, String where) throws ArticleException {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return fromString(fileName, strict(bytes, 0, StandardCharsets.UTF_16LE, where), "UTF-16LE");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return fromString(fileName, strict(bytes, 0, StandardCharsets.UTF_16BE, where), "UTF-16BE");
        }
        // the text's SHA-256 is that of these bytes when they are UTF-8 that normalising leaves as it is (no BOM,
        // no CR): the usual case, digested on the other core while they are checked and decoded
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        java.util.concurrent.CompletableFuture<String> digest = bom ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> sha256(bytes), Cores.pool());
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleException(where + " looks like a binary file, not a text article (it holds a "
                        + "NUL byte at byte " + i + ").");
            }
        }
        try {
            // the platform's decoder is the fast one, but it puts U+FFFD in place of a malformed byte: only text
            // with a U+FFFD in it needs the strict decoder's verdict
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            return fromString(fileName, utf8.indexOf('\uFFFD') < 0 ? utf8 : strict(bytes, 0, StandardCharsets.UTF_8,
                    where), ArticleText.UTF8, digest);
        } catch (ArticleException notUtf8) {
            return fromString(fileName, new String(bytes, java.nio.charset.Charset.forName("windows-1252")),
                    "windows-1252");
        }
    }

    /** An article from text already decoded: normalised and measured. */
    public static ArticleText fromString(String fileName, String raw) {
        return fromString(fileName, raw, ArticleText.UTF8);
    }

    private static ArticleText fromString(String fileName, String raw, String encoding) {
        return fromString(fileName, raw, encoding, null);
    }

    /** {@code rawDigest}: the SHA-256 of the bytes {@code raw} was decoded from as UTF-8, or null. */
    private static ArticleText fromString(String fileName, String raw, String encoding,
            java.util.concurrent.CompletableFuture<String> rawDigest) {
        Normalised n = normalise(raw);
        String sha = rawDigest != null && n.text() == raw ? rawDigest.join() : sha256(n.text());
        return new ArticleText(fileName, n.text(), n.newline(), sha, n.text().codePointCount(0, n.text().length()),
                encoding);
    }

    /** Lower-case hex SHA-256 of bytes. */
    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static Normalised normalise(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (s.indexOf('\r') < 0) { // the common case, found by the vectorised search
            return new Normalised(s, s.indexOf('\n') >= 0 ? NewlineStyle.LF : NewlineStyle.NONE);
        }
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                boolean pair = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, i).append('\n');
                if (pair) {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
                copied = i + 1;
            }
        }
        String text = out == null ? s : out.append(s, copied, s.length()).toString();
        int kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
        NewlineStyle style = kinds == 0 ? NewlineStyle.NONE : kinds > 1 ? NewlineStyle.MIXED
                : crlf > 0 ? NewlineStyle.CRLF : cr > 0 ? NewlineStyle.CR : NewlineStyle.LF;
        return new Normalised(text, style);
    }

    /** Lower-case hex SHA-256 of the text encoded as UTF-8. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String strict(byte[] bytes, int skip, java.nio.charset.Charset charset, String where)
            throws ArticleException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            if (charset.name().startsWith("UTF-16")) {
                throw new ArticleException(where + " is not " + charset.name() + " text: "
                        + utf16Problem(bytes, skip, at, charset == StandardCharsets.UTF_16LE) + ".");
            }
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ArticleException(where + " is not " + charset.name() + " text: the byte 0x"
                    + HexFormat.of().withUpperCase().toHexDigits(bytes[at]) + " at byte " + at + " (line " + line
                    + ") is not valid " + charset.name() + ".");
        }
        out.flip();
        return out.toString();
    }

    /** What is wrong at byte {@code at} of UTF-16: a unit that is half a surrogate pair, or a byte too few. */
    private static String utf16Problem(byte[] bytes, int skip, int at, boolean littleEndian) {
        int line = 1;
        for (int i = skip; i + 1 < at; i += 2) {
            if (unit(bytes, i, littleEndian) == '\n') {
                line++;
            }
        }
        if (at + 1 >= bytes.length) {
            return "it ends in the middle of a character (an odd number of bytes, line " + line + ")";
        }
        int unit = unit(bytes, at, littleEndian);
        String half = Character.isHighSurrogate((char) unit) ? "the first half of a surrogate pair without its second"
                : "the second half of a surrogate pair without its first";
        return String.format(java.util.Locale.ROOT, "U+%04X at byte %d (line %d) is %s", unit, at, line, half);
    }

    private static int unit(byte[] bytes, int i, boolean littleEndian) {
        int a = bytes[i] & 0xFF;
        int b = bytes[i + 1] & 0xFF;
        return littleEndian ? a | b << 8 : a << 8 | b;
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
