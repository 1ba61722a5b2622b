package org.factmark.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13.16: messages speak of the user's file, not of the library that read it; they say where; they quote
 * what was written; exit codes mean the same in every command.
 */
class MessagesTest {
    @TempDir
    Path dir;
    Path article;
    Path sidecar;
    String good;

    @BeforeEach
    void copySample() throws Exception {
        article = dir.resolve("s.txt");
        sidecar = dir.resolve("s.txt.annotations.json");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"), sidecar);
        good = Files.readString(sidecar);
    }

    private static void assertPlain(String message) {
        for (String internal : List.of("JsonReadFeature", "StreamReadConstraints", "DeserializationFeature",
                "[Source", "REDACTED", "`", "com.fasterxml", "Feature '")) {
            assertFalse(message.contains(internal), message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NaN         | \"version\": 1,   | \"version\": NaN,                  | line 3",
        "nesting     | \"attributes\": { | \"attributes\": {\"x\": DEEP,      | 64",
        "long number | \"attributes\": { | \"attributes\": {\"x\": LONG,      | 100",
        "comment     | \"version\": 1,   | \"version\": 1, // one           | line 3",
        "trailing    | LAST              | }                                | line ",
        "cut short   | \"annotations\": [ | \"annotations\": [ {\"id\":        | line ",
    })
    void jsonProblemsSayWhereAndWhatInPlainWords(String name, String from, String to, String expected)
            throws Exception {
        String bad = from.equals("LAST") ? good + to
                : to.contains("{\"id\":") ? good.substring(0, good.indexOf(from)) + to
                : good.replaceFirst(java.util.regex.Pattern.quote(from), to
                        .replace("DEEP", "[".repeat(70) + "]".repeat(70)).replace("LONG", "9".repeat(500)));
        Files.writeString(sidecar, bad);
        Cli.Run run = Cli.run("validate", article.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("s.txt.annotations.json"), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.err().contains("line ") && run.err().contains("column "), run.err());
        assertPlain(run.err());
    }

    @Test
    void aFractionalOffsetIsQuotedAsWritten() throws Exception {
        Files.writeString(sidecar, good.replaceFirst("\"start\": 31,", "\"start\": 31.0,"));
        Cli.Run run = Cli.run("validate", article.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("found 31.0"), run.err());
    }

    @Test
    void aLoneSurrogateInUtf16IsNamedAsSuch() throws Exception {
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, 0, (byte) 0xD8, '!', 0};
        Path odd = dir.resolve("u.txt");
        Files.write(odd, utf16);
        Cli.Run run = Cli.run("stats", odd.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("u.txt") && run.err().contains("U+D800") && run.err().contains("byte 6"),
                run.err());
        assertFalse(run.err().contains("0x00"), run.err());
    }

    @Test
    void aMissingArticleIsExitTwoForEveryCommand() {
        String nope = dir.resolve("nope.txt").toString();
        for (String[] command : List.of(new String[] {"validate", nope}, new String[] {"stats", nope},
                new String[] {"export", "--format", "csv", nope}, new String[] {"reanchor", nope})) {
            Cli.Run run = Cli.run(command);
            assertEquals(2, run.code(), command[0] + ": " + run.err());
            assertTrue(run.err().contains("nope.txt"), run.err());
        }
    }

    @Test
    void aLabelsColourWithALineBreakIsQuotedWhole() throws Exception {
        Files.writeString(dir.resolve("labels.json"), "{\"format\": \"factmark.labels\", \"id\": \"n\", \"version\": 1,"
                + " \"labels\": [{\"id\": \"source\", \"colour\": \"#0072B2\\nmore\"}]}");
        Cli.Run run = Cli.run("stats", article.toString());
        assertEquals(0, run.code(), run.err());
        String warning = run.err().lines().filter(l -> l.contains("warning")).findFirst().orElse("");
        assertTrue(warning.contains("#0072B2\\nmore") && warning.contains("#0072B2 ") || warning.contains("like #"),
                run.err());
        assertTrue(warning.contains("labels.json") && warning.contains("more"), run.err());
    }

    @Test
    void aLabelsVersionTooLargeIsRefusedNotWrapped() throws Exception {
        Files.writeString(dir.resolve("labels.json"), "{\"format\": \"factmark.labels\", \"id\": \"n\", "
                + "\"version\": 18446744073709551617, \"labels\": [{\"id\": \"source\"}]}");
        Cli.Run run = Cli.run("stats", article.toString());
        assertTrue(run.err().contains("labels.json") && run.err().contains("\"version\""), run.err());
        assertTrue(run.err().contains("18446744073709551617"), run.err());
    }

    @Test
    void anImportOfNothingLeavesNoSidecar() throws Exception {
        Path bare = dir.resolve("bare.txt");
        Files.writeString(bare, "Officials said 1,200 people died.\n");
        Path jsonl = dir.resolve("none.jsonl");
        Files.writeString(jsonl, "{\"text\": \"Officials said 1,200 people died.\\n\", \"label\": []}\n",
                StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("import", "--format", "jsonl", "--from", jsonl.toString(), bare.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(dir.resolve("bare.txt.annotations.json")), run.err());
        assertTrue(run.err().contains("Nothing to import"), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().contains("before-import")).count());
        }
    }

    @Test
    void w3cAndJsonlProblemsArePlainToo() throws Exception {
        Path w3c = dir.resolve("x.json");
        Files.writeString(w3c, "{\"type\": \"Annotation\", \"x\": NaN}");
        Cli.Run run = Cli.run("import", "--format", "w3c", "--from", w3c.toString(), article.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("x.json") && run.err().contains("line 1"), run.err());
        assertPlain(run.err());
        Path jsonl = dir.resolve("x.jsonl");
        Files.writeString(jsonl, "{\"text\": \"a\", \"label\": [[0, 1, \"x\"]]} {}\n");
        run = Cli.run("import", "--format", "jsonl", "--from", jsonl.toString(), article.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("x.jsonl") && run.err().contains("line 1"), run.err());
        assertPlain(run.err());
        assertEquals(good, Files.readString(sidecar));
    }
}
