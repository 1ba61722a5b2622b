package org.factmark.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Done when": valid sidecars, W3C, brat and JSONL files, damaged at random for a fixed number of
 * seeded rounds, go through every command. Each command must succeed or fail with exit 1 or 2 and a message
 * (never a trace or an internal error), within a time bound, and leave its inputs as they were on disk; an
 * import may change only its article's sidecar, keeping the old one as a backup. A failure names the seed
 * and round, which replay it: {@code mvn test -Dtest=FuzzTest -Dfuzz.seed=SEED} ({@code -Dfuzz.rounds=N} runs more).
 */
class FuzzTest {
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 32);
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final List<String> FORMATS = List.of("w3c", "brat", "csv", "jsonl", "conll", "html",
            "claimreview");
    private static final String[] PIECES = {"{", "}", "[", "]", "\"", ",", ":", "0", "-1", "null", "true", "NaN",
        "1e999999999", "99999999999999999999", "0.5", "\\ud800", "\\u0000", "\n", "\r", "\t", "😀", "é", "\\",
        "\"start\": ", "\"end\": ", "\"text\": ", "[".repeat(80), "9".repeat(200), "a".repeat(3000), "\u2028",
        "T1\tquote 0 5\tOffic\n", "{\"text\": \"x\", \"label\": [[0, 1, \"q\"]]}\n", "#1\tAnnotatorNotes T1\tx\n"};

    @TempDir
    Path dir;
    /** How many runs ended with each exit code: the damage must lead to failures and successes both. */
    private final Map<Integer, Integer> codes = new TreeMap<>();

    @Test
    void damagedFilesThroughEveryCommand() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261202L);
        System.out.println("FuzzTest seed " + seed + " (replay: -Dfuzz.seed=" + seed + ")");
        Path base = dir.resolve("base");
        Files.createDirectories(base);
        Path article = base.resolve("s.txt");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                base.resolve("s.txt.annotations.json"));
        Map<String, byte[]> valid = new TreeMap<>();
        valid.put("sidecar", Files.readAllBytes(base.resolve("s.txt.annotations.json")));
        for (String format : List.of("w3c", "jsonl")) {
            Path out = dir.resolve("valid." + format);
            Cli.run("export", "--format", format, "--output", out.toString(), article.toString());
            valid.put(format, Files.readAllBytes(out));
        }
        Cli.run("export", "--format", "brat", "--output", dir.resolve("brat").toString(), article.toString());
        valid.put("brat", Files.readAllBytes(dir.resolve("brat/s.ann")));
        List<String> kinds = new ArrayList<>(valid.keySet());
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            String kind = kinds.get(round % kinds.size());
            byte[] damaged = damage(valid.get(kind), random);
            Path here = dir.resolve("round-" + round);
            Files.createDirectories(here);
            Path a = here.resolve("s.txt");
            Files.copy(article, a);
            Path sidecar = here.resolve("s.txt.annotations.json");
            String where = "seed " + seed + ", round " + round + " (" + kind + ")";
            if (kind.equals("sidecar")) {
                Files.write(sidecar, damaged);
                commandsOnASidecar(here, a, where);
            } else {
                Files.write(sidecar, valid.get("sidecar"));
                Path source = here.resolve("from." + kind);
                Files.write(source, damaged);
                anImport(here, a, kind, source, where);
            }
        }
        System.out.println("FuzzTest exit codes (code=runs): " + codes);
        assertTrue(codes.containsKey(0) && codes.size() > 1, "the damage never made a command fail: " + codes);
    }

    /** Every reading command, then reanchor, on an article whose sidecar is damaged. */
    private void commandsOnASidecar(Path here, Path article, String where) throws Exception {
        Map<String, byte[]> before = snapshot(here);
        check(where, "validate", article.toString());
        check(where, "stats", article.toString());
        for (String format : FORMATS) {
            Path out = here.resolve("out-" + format);
            Files.createDirectories(out);
            check(where, "export", "--format", format, "--output", out.toString(), article.toString());
        }
        unchanged(before, snapshot(here), where);
        Cli.Run reanchored = check(where, "reanchor", article.toString());
        changedOnlyTheSidecar(before, snapshot(here), reanchored.code(), "before-reanchor", where);
    }

    private void anImport(Path here, Path article, String format, Path source, String where) throws Exception {
        Map<String, byte[]> before = snapshot(here);
        Cli.Run run = check(where, "import", "--format", format, "--from", source.toString(), article.toString());
        changedOnlyTheSidecar(before, snapshot(here), run.code(), "before-import", where);
        Cli.Run stats = check(where, "stats", article.toString());
        assertTrue(stats.code() == 0, where + ": the sidecar the import left cannot be read: " + stats.err());
    }

    private Cli.Run check(String where, String... args) {
        Cli.Run run;
        try {
            run = assertTimeoutPreemptively(BOUND, () -> Cli.run(args), where + ": " + args[0] + " took too long");
        } catch (RuntimeException e) {
            fail(where + ": " + String.join(" ", args) + " threw " + e, e);
            return null;
        }
        assertTrue(run.clean() && !run.err().contains("internal error"),
                where + ": " + String.join(" ", args) + " exit " + run.code() + "\n" + run.err());
        codes.merge(run.code(), 1, Integer::sum);
        return run;
    }

    /** Values put in place of a JSON value: each well-formed, each hostile somewhere. */
    private static final String[] VALUES = {"NaN", "1e999999999", "14.0", "-1", "0", "99999999999", "\"\\ud800\"",
        "[".repeat(70) + "]".repeat(70), "9".repeat(150), "\"\"", "null", "{}", "[]", "true", "\"a\\nb\"",
        "\"</script><script>x()</script>\"", "1e-999999999", "-0.0", "\"" + "x".repeat(5000) + "\"",
        "{\"a\": {\"b\": [1, 2, {\"c\": null}]}}", "\"=cmd|' /C calc'!A0\""};

    /** One to three damages: a value replaced, a piece of JSON or brat inserted, a range cut out or doubled. */
    private static byte[] damage(byte[] valid, Random random) {
        byte[] bytes = valid;
        if (random.nextBoolean()) {
            bytes = replaceAValue(bytes, random);
        }
        for (int n = random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(bytes.length + 1);
            int length = Math.min(bytes.length - at, random.nextInt(40));
            byte[] piece = switch (random.nextInt(4)) {
                case 0 -> PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8);
                case 1 -> new byte[0];
                case 2 -> java.util.Arrays.copyOfRange(bytes, at, at + length);
                default -> new byte[] {(byte) random.nextInt(256)};
            };
            int cut = switch (piece.length == 0 ? 1 : random.nextInt(3)) {
                case 1 -> length; // replace
                default -> 0; // insert
            };
            byte[] next = new byte[bytes.length - cut + piece.length];
            System.arraycopy(bytes, 0, next, 0, at);
            System.arraycopy(piece, 0, next, at, piece.length);
            System.arraycopy(bytes, at + cut, next, at + piece.length, bytes.length - at - cut);
            bytes = next;
        }
        return bytes;
    }

    /** A value after one of the file's {@code ": "} (or a brat field after a tab) replaced by a hostile one. */
    private static byte[] replaceAValue(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf(": "); i >= 0; i = text.indexOf(": ", i + 1)) {
            starts.add(i + 2);
        }
        for (int i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) {
            starts.add(i + 1);
        }
        if (starts.isEmpty()) {
            return bytes;
        }
        int start = starts.get(random.nextInt(starts.size()));
        int end = start;
        boolean quoted = end < text.length() && text.charAt(end) == '"';
        for (end += quoted ? 1 : 0; end < text.length(); end++) {
            char c = text.charAt(end);
            if (quoted ? c == '"' && text.charAt(end - 1) != '\\' : ",}]\n\t ".indexOf(c) >= 0) {
                end += quoted ? 1 : 0;
                break;
            }
        }
        String value = VALUES[random.nextInt(VALUES.length)];
        return (text.substring(0, start) + value + text.substring(Math.min(end, text.length())))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (!name.startsWith("out-")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void unchanged(Map<String, byte[]> before, Map<String, byte[]> after, String where) {
        assertTrue(before.keySet().equals(after.keySet()), where + ": files before " + before.keySet() + ", after "
                + after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), where + ": " + name + " changed"));
    }

    /** Only the sidecar may change, and only with a backup of what it was; on failure nothing changes. */
    private static void changedOnlyTheSidecar(Map<String, byte[]> before, Map<String, byte[]> after, int code,
            String backupMark, String where) {
        String sidecar = "s.txt.annotations.json";
        Map<String, byte[]> rest = new TreeMap<>(after);
        byte[] now = rest.remove(sidecar);
        byte[] backup = null;
        for (String name : List.copyOf(rest.keySet())) {
            if (name.contains(backupMark) && !before.containsKey(name)) {
                backup = rest.remove(name);
            }
        }
        Map<String, byte[]> others = new TreeMap<>(before);
        byte[] was = others.remove(sidecar);
        unchanged(others, rest, where);
        if (now != null && was != null && !java.util.Arrays.equals(was, now)) {
            assertTrue(code != 2, where + ": the sidecar changed although the command failed");
            assertTrue(backup != null, where + ": the sidecar changed without a backup");
            assertArrayEquals(was, backup, where + ": the backup is not the old sidecar");
        }
        assertTrue(was == null || now != null, where + ": the sidecar was removed");
    }
}
