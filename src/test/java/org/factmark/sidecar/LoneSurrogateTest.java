package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.factmark.article.ArticleLoader;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON escape such as {@code \ud800} that is half of a UTF-16 pair without its other half is no character:
 * no save could write it back (it became {@code ?}), so a sidecar holding one in any string — text, note, id,
 * label, times, an attribute's name or value, a field Factmark keeps without knowing it, an orphan — is
 * refused on read, with the field named. A whole pair, escaped, is read as its character.
 */
class LoneSurrogateTest {
    private static final String TEXT = "Officials said 😀 1,200 people died.\nThe ministry denied it.";
    private static final ArticleText ARTICLE = ArticleLoader.fromString("a.txt", TEXT);
    private static final String GOOD = SidecarWriter.toJson(SidecarFixtures.content(ARTICLE, List.of(
            SidecarFixtures.at(ARTICLE, "figure", "1,200 people", 0, "f1"),
            SidecarFixtures.at(ARTICLE, "quote", "The ministry denied it.", 0, "q1"))));

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("annotations[0] (id f1).attributes.unit",
                        replace("\"attributes\": {}", "\"attributes\": {\"value\": 1200, \"unit\": \"a\\ud800b\"}")),
                Arguments.of("annotations[0] (id f1).attributes.evidence[1]",
                        replace("\"attributes\": {}", "\"attributes\": {\"evidence\": [\"x\", \"\\udfff\"]}")),
                Arguments.of("field name", // Jackson's own refusal, with line and column, for names
                        replace("\"attributes\": {}", "\"attributes\": {\"k\\udc00\": 1}")),
                Arguments.of("annotations[0] (id f1).note", replace("\"note\": \"\"", "\"note\": \"a\\ud83d\"")),
                Arguments.of("annotations[0] (id f1).note",
                        replace("\"note\": \"\"", "\"note\": \"\\ude00\\ud83d reversed\"")),
                Arguments.of("annotations[0] (id f\\ud800).id", replace("\"id\": \"f1\"", "\"id\": \"f\\ud800\"")),
                Arguments.of("annotations[0] (id f1).label",
                        replace("\"label\": \"figure\"", "\"label\": \"fig\\ud800\"")),
                Arguments.of("annotations[0] (id f1).creator",
                        replace("\"creator\": \"tester\"", "\"creator\": \"\\udbff\"")),
                Arguments.of("annotations[0] (id f1).x.y",
                        replace("\"note\": \"\"", "\"note\": \"\", \"x\": {\"y\": \"\\ud800\"}")),
                Arguments.of("document.source.url", replace("\"newline\": \"",
                        "\"source\": {\"url\": \"https://example.org/\\ud800\"}, \"newline\": \"")),
                Arguments.of("document.file", replace("\"file\": \"a.txt\"", "\"file\": \"a\\ud800.txt\"")),
                Arguments.of("orphans[0].note", replace("\"annotations\": [",
                        "\"orphans\": [{\"note\": \"\\ud800\"}], \"annotations\": [")),
                Arguments.of("extra", replace("\"annotations\": [", "\"extra\": \"\\udc01\", \"annotations\": [")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("fields")
    void aLoneSurrogateIsRefusedWithItsFieldNamed(String field, String json) {
        SidecarException e = assertThrows(SidecarException.class,
                () -> SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), ARTICLE));
        assertTrue(e.getMessage().contains(field) && e.getMessage().contains("surrogate"), e.getMessage());
    }

    @Test
    void aLoneSurrogateBetweenLettersIsRefusedWithItsFieldNamed() {
        String json = replace("\"note\": \"\"", "\"note\": \"a\\ud800b\"");
        SidecarException e = assertThrows(SidecarException.class,
                () -> SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), ARTICLE));
        assertTrue(e.getMessage().contains("annotations[0] (id f1).note"), e.getMessage());
    }

    @Test
    void anEscapedPairIsItsCharacterAndIsWrittenBackAsIt() throws Exception {
        String json = replace("\"note\": \"\"", "\"note\": \"smile \\ud83d\\ude00\"");
        SidecarContent content = SidecarReader.read(json.getBytes(StandardCharsets.UTF_8), ARTICLE).content();
        assertEquals("smile 😀", content.annotations().get(0).note());
        assertTrue(SidecarWriter.toJson(content).contains("\"note\": \"smile 😀\""));
    }

    @Test
    void anEncodedSurrogateInTheBytesIsRefusedToo() {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        String marker = "\"note\": \"";
        int at = GOOD.indexOf(marker) + marker.length(); // ASCII before it: char index = byte index
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xED; // U+D800 encoded as if it were a character (CESU-8): not UTF-8
        bad[at + 1] = (byte) 0xA0;
        bad[at + 2] = (byte) 0x80;
        System.arraycopy(good, at, bad, at + 3, good.length - at);
        assertThrows(SidecarException.class, () -> SidecarReader.read(bad, ARTICLE));
    }

    private static String replace(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalStateException("fixture lacks " + from);
        }
        return GOOD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
}
