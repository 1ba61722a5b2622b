package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run through its real entry point with arguments: exit codes, stdout, stderr, files. */
class CliTest {
    @TempDir
    Path dir;
    Path article;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FactmarkCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copySample() throws Exception {
        article = dir.resolve("speech.txt");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                dir.resolve("speech.txt.annotations.json"));
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("factmark "), version.out());
        for (String command : new String[] {"export", "import", "validate", "stats", "open"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("Usage: factmark " + command), help.out());
        }
    }

    @Test
    void theBundledSampleIsAModelThatValidatesWithNoDetailsToComplete() {
        String sample = Path.of("samples", "khamenei-gaza-speech.txt").toString();
        Run validate = run("validate", sample);
        assertEquals(0, validate.code(), validate.err());
        assertEquals("OK: " + sample + ".annotations.json (39 annotations)", validate.out().strip());
        assertEquals("", validate.err());
        Run stats = run("stats", sample);
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("39 annotations; 11 assertions, 11 rated"), stats.out());
        assertFalse(stats.out().contains("missing required details"), stats.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());
        assertEquals(2, run("export", article.toString()).code(), "--format is required");
        Run format = run("export", "--format", "docx", article.toString());
        assertEquals(2, format.code());
        assertTrue(format.err().contains("unknown format \"docx\""), format.err());
    }

    @Test
    void validateSaysOkForAGoodSidecarAndNamesTheProblemOfABadOne() throws Exception {
        Run good = run("validate", article.toString());
        assertEquals(0, good.code(), good.err());
        assertTrue(good.out().startsWith("OK: ") && good.out().contains("(39 annotations"), good.out());

        Path other = Files.writeString(dir.resolve("other.txt"), "Some text.");
        Files.writeString(dir.resolve("other.txt.annotations.json"), "{\"format\": \"factmark.annotations\",");
        Run bad = run("validate", article.toString(), other.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("other.txt.annotations.json") && bad.err().contains("not valid JSON"),
                bad.err());
        assertTrue(bad.out().contains("OK: "), "the good one is still reported");
    }

    @Test
    void validateReportsAnArticleEditedSinceItWasAnnotated() throws Exception {
        Files.writeString(article, Files.readString(article).replace("approximately 1,200 people",
                "about 1,200 people"));
        Run changed = run("validate", article.toString());
        assertEquals(1, changed.code());
        assertTrue(changed.err().contains("changed since it was annotated") && changed.err().contains("Not found: 1")
                && changed.err().contains("Found with changed text (check them): 1"),
                changed.err());
    }

    @Test
    void reanchorWritesTheAnnotationsWhereTheyAreNowAndKeepsThePreviousSidecar() throws Exception {
        Path sidecar = dir.resolve("speech.txt.annotations.json");
        String before = Files.readString(sidecar);
        Files.writeString(article, "Breaking.\n\n" + Files.readString(article).replace("12,300", "13,000"));
        Run run = run("reanchor", article.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("anchored 0") && run.out().contains("moved 36")
                && run.out().contains("fuzzy 3") && run.out().contains("orphaned 0"), run.out());
        try (var files = Files.list(dir)) {
            Path backup = files.filter(p -> p.getFileName().toString().contains(".before-reanchor-")).findFirst()
                    .orElseThrow();
            assertEquals(before, Files.readString(backup));
        }
        Run again = run("validate", article.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(sidecar).contains("\"text\": \"over 13,000 people\""));
    }

    @Test
    void aMissingArticleOrSidecarIsNamed() {
        Run missing = run("stats", dir.resolve("gone.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("gone.txt") && missing.err().contains("does not exist"), missing.err());
        Run noSidecar = run("validate", writeArticle("bare.txt").toString());
        assertEquals(1, noSidecar.code());
        assertTrue(noSidecar.err().contains("bare.txt.annotations.json does not exist"), noSidecar.err());
    }

    @Test
    void statsCountsPerLabelAndVerdict() {
        Run stats = run("stats", article.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("39 annotations; 11 assertions, 11 rated"), stats.out());
        assertTrue(stats.out().matches("(?s).*quote\\s+14.*figure\\s+3.*assertion\\s+11.*event\\s+11.*"), stats.out());
        assertTrue(stats.out().matches("(?s).*false\\s+1.*"), stats.out());
    }

    private Path writeArticle(String name) {
        try {
            return Files.writeString(dir.resolve(name), "Text.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void exportWritesCsvToStdoutAndJsonlToAFileAndSaysWhatItDropped() throws Exception {
        Run csv = run("export", "--format", "csv", article.toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("article,id,label,start,end,text"), csv.out().substring(0, 80));
        assertEquals(40, csv.out().split("\r\n").length, "a header and 39 rows");
        Path jsonl = dir.resolve("out/speech.jsonl");
        Run run = run("export", "--format", "jsonl", "--output", jsonl.toString(), article.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(jsonl).startsWith("{\"text\": \"Iran’s Supreme Leader"));
        assertTrue(run.err().startsWith("jsonl: Not carried: attributes and notes of 39 annotations"), run.err());
        Run strict = run("export", "--format", "jsonl", "--strict", "--output", jsonl.toString(), article.toString());
        assertEquals(1, strict.code(), "--strict: dropping something is a problem");
    }

    @Test
    void importMergesIntoTheSidecarKeepsABackupAndReportsWhatItSkipped() throws Exception {
        Path bare = Files.writeString(dir.resolve("bare.txt"), "Officials said 1,200 people died. 😀 Later 300 fled.");
        Path source = Files.writeString(dir.resolve("in.jsonl"),
                "{\"text\": \"Officials said 1,200 people died. 😀 Later 300 fled.\", "
                        + "\"label\": [[15, 27, \"figure\"], [42, 45, \"figure\"], [0, 9, \"quote\"]]}\n");
        Run first = run("import", "--format", "jsonl", "--from", source.toString(), bare.toString());
        assertEquals(0, first.code(), first.err());
        String sidecar = Files.readString(dir.resolve("bare.txt.annotations.json"));
        assertTrue(sidecar.contains("\"text\": \"1,200 people\"") && sidecar.contains("\"text\": \"300\""),
                "code points: the emoji counts once");
        Run again = run("import", "--format", "jsonl", "--from", source.toString(), bare.toString());
        assertEquals(0, again.code());
        assertTrue(again.err().contains("3 already present, not added twice"), again.err());
        Path more = Files.writeString(dir.resolve("more.jsonl"),
                "{\"text\": \"Officials said 1,200 people died. 😀 Later 300 fled.\", \"label\": [[36, 41, \"event\"]]}\n");
        Run third = run("import", "--format", "jsonl", "--from", more.toString(), bare.toString());
        assertTrue(third.err().contains("1 annotation imported"), third.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("bare.txt.annotations.json.before-import-")));
        }
        Run bad = run("import", "--format", "jsonl", "--from", article.toString(), bare.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("speech.txt"), bad.err());
    }

    @Test
    void w3cRoundTripThroughTheCommandLine() throws Exception {
        Path w3c = dir.resolve("speech.jsonld");
        assertEquals(0, run("export", "--format", "w3c", "--output", w3c.toString(), article.toString()).code());
        Path copy = dir.resolve("copy.txt");
        Files.copy(article, copy);
        Run imported = run("import", "--format", "w3c", "--from", w3c.toString(), copy.toString());
        assertEquals(0, imported.code(), imported.err());
        Run stats = run("stats", copy.toString());
        assertTrue(stats.out().contains("39 annotations; 11 assertions, 11 rated"), stats.out() + imported.err());
    }

    @Test
    void bratWritesSeveralFilesIntoAFolderAndNeverOverTheArticle() throws Exception {
        Run noOutput = run("export", "--format", "brat", article.toString());
        assertEquals(2, noOutput.code());
        assertTrue(noOutput.err().contains("give --output FOLDER"), noOutput.err());
        String before = Files.readString(article);
        Run clobber = run("export", "--format", "brat", "--output", dir.toString(), article.toString());
        assertEquals(2, clobber.code(), clobber.err());
        assertTrue(clobber.err().contains("would write over"), clobber.err());
        assertEquals(before, Files.readString(article), "the article is untouched");
        Path out = dir.resolve("brat");
        Run ok = run("export", "--format", "brat", "--output", out.toString(), article.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.exists(out.resolve("annotation.conf")) && Files.exists(out.resolve("speech.ann")));
        assertTrue(ok.err().startsWith("brat: Not carried:"), ok.err());
    }

    @Test
    void everyFormatExportsTheSample() {
        for (String format : new String[] {"w3c", "csv", "jsonl", "conll", "html", "claimreview"}) {
            Run run = run("export", "--format", format, "--output", dir.resolve("all/" + format).toString() + "/",
                    article.toString());
            assertEquals(0, run.code(), format + ": " + run.err());
        }
    }

    @Test
    void onlyOpenWithAnExistingFileSkipsTheParser() throws Exception {
        java.nio.file.Path article = java.nio.file.Files.writeString(dir.resolve("a.txt"), "text");
        org.junit.jupiter.api.Assertions.assertTrue(FactmarkCli.opensAFile(new String[] {"open", article.toString()}));
        org.junit.jupiter.api.Assertions.assertFalse(FactmarkCli.opensAFile(
                new String[] {"open", dir.resolve("missing.txt").toString()}), "the parser reports a missing file");
        org.junit.jupiter.api.Assertions.assertFalse(FactmarkCli.opensAFile(new String[] {"open", "--help"}));
        org.junit.jupiter.api.Assertions.assertFalse(FactmarkCli.opensAFile(new String[] {"open", dir.toString()}),
                "a folder is not an article");
        org.junit.jupiter.api.Assertions.assertFalse(FactmarkCli.opensAFile(
                new String[] {"export", article.toString()}));
    }
}
