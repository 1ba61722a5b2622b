package org.factmark.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factmark.model.ArticleText;
import org.factmark.model.NewlineStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article's text is exactly what Python's open(path, encoding="utf-8-sig").read() returns. */
class ArticleLoaderTest {
    @TempDir
    Path dir;

    private ArticleText load(byte[] bytes) throws Exception {
        Path p = dir.resolve("a.txt");
        Files.write(p, bytes);
        return ArticleLoader.load(p);
    }

    private ArticleText load(String s) throws Exception {
        return load(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLeadingBomIsRemovedButOnlyOne() throws Exception {
        ArticleText a = load("\uFEFF\uFEFFHello");
        assertEquals("\uFEFFHello", a.text(), "a second BOM is content: Python keeps it too");
        assertEquals(6, a.codePoints());
    }

    @Test
    void crlfAndLoneCrBecomeLfAndTheStyleIsRecorded() throws Exception {
        assertEquals("a\nb\nc", load("a\r\nb\r\nc").text());
        assertEquals(NewlineStyle.CRLF, load("a\r\nb\r\nc").newline());
        assertEquals("a\nb", load("a\rb").text());
        assertEquals(NewlineStyle.CR, load("a\rb").newline());
        assertEquals("a\n\nb\n", load("a\r\r\nb\n").text(), "CR then CRLF are two line breaks");
        assertEquals(NewlineStyle.MIXED, load("a\r\r\nb\n").newline());
        assertEquals(NewlineStyle.LF, load("a\nb").newline());
        assertEquals(NewlineStyle.NONE, load("one line").newline());
    }

    @Test
    void nothingElseIsNormalised() throws Exception {
        String raw = "e\u0301 é \u2028 \t  \u200C\u200D x\u000B\u000C\u0085";
        assertEquals(raw, load(raw).text(), "combining marks, NEL, VT, FF, tabs and joiners stay as they are");
    }

    @Test
    void theShaIsOfTheNormalisedTextInUtf8() throws Exception {
        ArticleText crlf = load("Zoë said\r\nhi");
        ArticleText lf = load("Zoë said\nhi");
        assertEquals(lf.sha256(), crlf.sha256());
        // sha256("Zoë said\nhi") computed independently: printf 'Zo\xc3\xab said\nhi' | sha256sum
        assertEquals("ac89a8d681758194a3a9b4a83ed1c8d94298fa3381dc6f8c2c8bff58406fe832", lf.sha256());
        assertEquals(lf.sha256(), load("\uFEFFZoë said\nhi").sha256(), "the BOM is not part of the text");
        assertEquals(lf.sha256(), load("Zoë said\rhi").sha256());
        ArticleText replacement = load("a \uFFFD in the text\n");
        assertEquals(ArticleLoader.sha256("a \uFFFD in the text\n"), replacement.sha256());
    }

    @Test
    void textThatIsNotUtf8OpensAsWindows1252AndSaysSo() throws Exception {
        byte[] cp1252 = "Caf\u00e9 \u201cau lait\u201d \u20ac5\r\nna\u00efve".getBytes("windows-1252");
        ArticleText a = load(cp1252);
        assertEquals("Café “au lait” €5\nnaïve", a.text());
        assertEquals("windows-1252", a.encoding());
        assertEquals(ArticleLoader.sha256("Café “au lait” €5\nnaïve"), a.sha256(), "the SHA is of the text as UTF-8");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws Exception {
        ArticleText valid = load("Caf\uFFFD said \u201chi\u201d".getBytes(StandardCharsets.UTF_8));
        assertEquals("Caf\uFFFD said \u201chi\u201d", valid.text());
        assertEquals(ArticleText.UTF8, valid.encoding());

        byte[] utf8 = "\uFFFD and ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        broken[utf8.length] = (byte) 0xE9; // a lone Latin-1 é: not UTF-8
        ArticleText guessed = load(broken);
        assertEquals("windows-1252", guessed.encoding());
        assertEquals("ï¿½ and é", guessed.text());
    }

    @Test
    void utf8IsTheNormAndIsNotGuessedAway() throws Exception {
        ArticleText a = load("Café 😀".getBytes(StandardCharsets.UTF_8));
        assertEquals("Café 😀", a.text());
        assertTrue(a.isUtf8());
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        ArticleException e = assertThrows(ArticleException.class, () -> load(png));
        assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void utf16WithAByteOrderMarkOpensInBothByteOrders() throws Exception {
        String raw = "\uFEFFHi 😀\r\nthere";
        ArticleText le = load(raw.getBytes(StandardCharsets.UTF_16LE));
        ArticleText be = load(raw.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Hi 😀\nthere", le.text());
        assertEquals("UTF-16LE", le.encoding());
        assertEquals(le.text(), be.text());
        assertEquals("UTF-16BE", be.encoding());
        assertEquals(NewlineStyle.CRLF, le.newline());
    }

    @Test
    void brokenUtf16IsRefusedNamingTheFile() {
        byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'h', 0, (byte) 0x00, (byte) 0xD8}; // a lone high surrogate
        ArticleException e = assertThrows(ArticleException.class, () -> load(odd));
        assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("UTF-16"), e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderGetsAClearMessage() {
        ArticleException missing = assertThrows(ArticleException.class,
                () -> ArticleLoader.load(dir.resolve("gone.txt")));
        assertTrue(missing.getMessage().contains("gone.txt") && missing.getMessage().contains("does not exist"));
        ArticleException folder = assertThrows(ArticleException.class, () -> ArticleLoader.load(dir));
        assertTrue(folder.getMessage().contains("folder"), folder.getMessage());
    }

    @Test
    void anEmptyFileOpens() throws Exception {
        ArticleText a = load(new byte[0]);
        assertEquals("", a.text());
        assertEquals(0, a.codePoints());
        assertEquals(NewlineStyle.NONE, a.newline());
    }

    @Test
    void anArticleOverTheLimitIsRefused() throws Exception {
        System.setProperty("factmark.maxArticleBytes", "10");
        try {
            ArticleException e = assertThrows(ArticleException.class, () -> load("more than ten bytes"));
            assertTrue(e.getMessage().contains("a.txt"), e.getMessage());
        } finally {
            System.clearProperty("factmark.maxArticleBytes");
        }
    }
}
