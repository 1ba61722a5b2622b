package org.factmark.sidecar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files: each gives a clear message naming the file, fails fast, and changes nothing on disk. The
 * sidecars are built from a good one by one small damage each; the articles are broken in their own ways.
 */
class HostileInputTest {
    private static final String TEXT = "Officials said 😀 1,200 people died.\nThe ministry denied it.";
    private static final String GOOD = good();

    @TempDir
    Path dir;

    private static String good() {
        org.factmark.model.ArticleText article = ArticleLoader.fromString("a.txt", TEXT);
        return SidecarWriter.toJson(SidecarFixtures.content(article, List.of(
                SidecarFixtures.at(article, "figure", "1,200 people", 0, "f1"),
                SidecarFixtures.at(article, "quote", "The ministry denied it.", 0, "q1"))));
    }

    private static String replace(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalStateException("fixture lacks " + from);
        }
        return GOOD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static Stream<Arguments> sidecars() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("empty file", ""));
        cases.add(Arguments.of("only whitespace", "   \n"));
        cases.add(Arguments.of("truncated in the middle", GOOD.substring(0, GOOD.length() / 2)));
        cases.add(Arguments.of("truncated by one byte", GOOD.substring(0, GOOD.length() - 2)));
        cases.add(Arguments.of("a JSON array", "[]"));
        cases.add(Arguments.of("a JSON string", "\"factmark\""));
        cases.add(Arguments.of("null", "null"));
        cases.add(Arguments.of("trailing garbage", GOOD + "}"));
        cases.add(Arguments.of("two documents", GOOD + GOOD));
        cases.add(Arguments.of("single quotes", GOOD.replace('"', '\'')));
        cases.add(Arguments.of("comments", "// note\n" + GOOD));
        cases.add(Arguments.of("wrong format", replace("factmark.annotations", "brat.annotations")));
        cases.add(Arguments.of("format missing", replace("\"format\": \"factmark.annotations\",", "")));
        cases.add(Arguments.of("unknown version", replace("\"version\": 1", "\"version\": 7")));
        cases.add(Arguments.of("version zero", replace("\"version\": 1", "\"version\": 0")));
        cases.add(Arguments.of("version as text", replace("\"version\": 1", "\"version\": \"1\"")));
        cases.add(Arguments.of("version NaN", replace("\"version\": 1", "\"version\": NaN")));
        cases.add(Arguments.of("version fraction", replace("\"version\": 1", "\"version\": 1.5")));
        cases.add(Arguments.of("document missing", GOOD.replaceFirst("(?s)\"document\": \\{.*?\\},", "")));
        cases.add(Arguments.of("document as list", replace("\"document\": {", "\"document\": [{").replaceFirst("\n  },", "\n  }],")));
        cases.add(Arguments.of("length as text", GOOD.replaceFirst("\"length\": (\\d+)", "\"length\": \"$1\"")));
        cases.add(Arguments.of("length wrong", GOOD.replaceFirst("\"length\": (\\d+)", "\"length\": 3")));
        cases.add(Arguments.of("annotations missing", GOOD.replaceFirst("(?s),\\s*\"annotations\": \\[.*\\]", "")));
        cases.add(Arguments.of("annotations as object", replace("\"annotations\": [", "\"annotations\": {\"a\": [").replaceFirst("\n  ]\n}", "]}\n}")));
        cases.add(Arguments.of("an annotation as text", replace("\"annotations\": [", "\"annotations\": [\"x\",")));
        cases.add(Arguments.of("an annotation as null", replace("\"annotations\": [", "\"annotations\": [null,")));
        cases.add(Arguments.of("negative start", GOOD.replaceFirst("\"start\": \\d+", "\"start\": -4")));
        cases.add(Arguments.of("reversed offsets", GOOD.replaceFirst("\"start\": \\d+", "\"start\": 40")));
        cases.add(Arguments.of("empty span", GOOD.replaceFirst("\"end\": (\\d+)", "\"end\": 0").replaceFirst("\"start\": \\d+", "\"start\": 0")));
        cases.add(Arguments.of("end out of range", GOOD.replaceFirst("\"end\": \\d+", "\"end\": 100000")));
        cases.add(Arguments.of("start beyond int", GOOD.replaceFirst("\"start\": \\d+", "\"start\": 99999999999")));
        cases.add(Arguments.of("offset as float", GOOD.replaceFirst("\"start\": (\\d+)", "\"start\": $1.0")));
        cases.add(Arguments.of("offset as text", GOOD.replaceFirst("\"start\": (\\d+)", "\"start\": \"$1\"")));
        cases.add(Arguments.of("offset as boolean", GOOD.replaceFirst("\"start\": (\\d+)", "\"start\": true")));
        cases.add(Arguments.of("offset as null", GOOD.replaceFirst("\"start\": (\\d+)", "\"start\": null")));
        cases.add(Arguments.of("text does not match", replace("\"text\": \"1,200 people\"", "\"text\": \"1,200 peopl\"")));
        cases.add(Arguments.of("text missing", replace("\"text\": \"1,200 people\",", "")));
        cases.add(Arguments.of("id missing", replace("\"id\": \"f1\",", "")));
        cases.add(Arguments.of("id empty", replace("\"id\": \"f1\"", "\"id\": \"\"")));
        cases.add(Arguments.of("id as number", replace("\"id\": \"f1\"", "\"id\": 1")));
        cases.add(Arguments.of("duplicate ids", replace("\"id\": \"q1\"", "\"id\": \"f1\"")));
        cases.add(Arguments.of("duplicate keys", replace("\"id\": \"f1\",", "\"id\": \"f1\", \"id\": \"f2\",")));
        cases.add(Arguments.of("label empty", replace("\"label\": \"figure\"", "\"label\": \"\"")));
        cases.add(Arguments.of("label as list", replace("\"label\": \"figure\"", "\"label\": [\"figure\"]")));
        cases.add(Arguments.of("attributes as text", replace("\"attributes\": {}", "\"attributes\": \"none\"")));
        cases.add(Arguments.of("note as number", replace("\"note\": \"\"", "\"note\": 5")));
        cases.add(Arguments.of("orphans as text", replace("\"annotations\": [", "\"orphans\": \"x\", \"annotations\": [")));
        cases.add(Arguments.of("labelSchema as text", replace("\"annotations\": [", "\"labelSchema\": \"x\", \"annotations\": [")));
        cases.add(Arguments.of("thousands-deep nesting", replace("\"attributes\": {}", "\"attributes\": {\"x\": "
                + "[".repeat(5000) + "]".repeat(5000) + "}")));
        cases.add(Arguments.of("a number of 500 digits", replace("\"attributes\": {}", "\"attributes\": {\"x\": "
                + "9".repeat(500) + "}")));
        cases.add(Arguments.of("NaN in attributes", replace("\"attributes\": {}", "\"attributes\": {\"x\": NaN}")));
        cases.add(Arguments.of("unescaped control character", replace("\"note\": \"\"", "\"note\": \"a\u0001b\"")));
        cases.add(Arguments.of("lone surrogate escape in text", replace("\"text\": \"1,200 people\"", "\"text\": \"\\ud83d\"")));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sidecars")
    void aHostileSidecarGivesAClearMessageAndChangesNothing(String what, String json) throws Exception {
        assertRefused(what, json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rawSidecars")
    void hostileSidecarBytes(String what, byte[] bytes) throws Exception {
        assertRefused(what, bytes);
    }

    static Stream<Arguments> rawSidecars() {
        byte[] bad = GOOD.getBytes(StandardCharsets.UTF_8).clone();
        bad[GOOD.indexOf("figure") + 1] = (byte) 0xC3; // a lead byte with nothing after it
        byte[] bom = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = GOOD.getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(Arguments.of("invalid UTF-8", bad), Arguments.of("a BOM before the JSON", bom),
                Arguments.of("UTF-16 JSON", utf16), Arguments.of("binary zeros", new byte[4096]),
                Arguments.of("a 50 MB string", ("{\"format\": \"factmark.annotations\", \"version\": 1, \"x\": \""
                        + "a".repeat(50 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRefused(String what, byte[] sidecar) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Files.write(SidecarStore.sidecarFor(article), sidecar);
        Map<String, byte[]> before = snapshot();
        long t0 = System.nanoTime();
        OpenedDocument opened = SidecarStore.open(article);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String problem = opened.sidecarProblem().orElse("");
        if ((what.equals("a BOM before the JSON") || what.equals("UTF-16 JSON")) && problem.isEmpty()) {
            // Jackson detects these encodings; reading them correctly is as good as refusing them
            assertEquals(2, opened.content().annotations().size(), what + ": read correctly");
            return;
        }
        assertTrue(opened.sidecarBroken(), what + ": refused");
        assertTrue(problem.contains("a.txt.annotations.json") && problem.length() > 40, what + ": " + problem);
        assertTrue(opened.content().annotations().isEmpty());
        // a bound against a hang or a quadratic read, not a timing: the machine may be shared and slow
        assertTrue(ms < 30_000, what + ": fails without hanging (" + ms + " ms)");
        assertEquals(before.keySet(), snapshot().keySet(), what + ": no file added or removed");
        before.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, read(name)), what + ": " + name));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("articles")
    void aHostileArticleIsRefusedByName(String what, byte[] bytes) throws Exception {
        Path article = dir.resolve("bad.txt");
        Files.write(article, bytes);
        Map<String, byte[]> before = snapshot();
        ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleException.class,
                () -> SidecarStore.open(article));
        assertTrue(e.getMessage().contains("bad.txt"), what + ": " + e.getMessage());
        assertEquals(before.keySet(), snapshot().keySet());
    }

    static Stream<Arguments> articles() {
        return Stream.of(Arguments.of("NUL bytes", "Hello\0world".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                Arguments.of("broken UTF-16", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xD8}));
    }

    @org.junit.jupiter.api.Test
    void aFolderGivenAsAnArticleIsRefused() {
        ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleException.class,
                () -> SidecarStore.open(dir));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void anUnreadableArticleIsRefusedByName() throws Exception {
        Path article = Files.writeString(dir.resolve("locked.txt"), "text");
        org.junit.jupiter.api.Assumptions.assumeTrue(article.toFile().setReadable(false)
                && !Files.isReadable(article), "running as root: every file is readable");
        ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleException.class,
                () -> SidecarStore.open(article));
        assertTrue(e.getMessage().contains("locked.txt"), e.getMessage());
    }

    private Map<String, byte[]> snapshot() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                if (Files.isRegularFile(p)) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private byte[] read(String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
