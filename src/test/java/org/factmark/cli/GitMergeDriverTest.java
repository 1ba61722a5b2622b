package org.factmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.factmark.model.Annotation;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge driver as git runs it: a real {@code git merge} in a temporary repository where {@code factmark
 * git-setup} installed it (pointing at these classes), for each kind of concurrent change to one sidecar.
 */
class GitMergeDriverTest {
    private static final String NOW = "2026-12-02T10:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repo;
    Path article;
    Path sidecar;

    @BeforeEach
    void repositoryWithTheDriver() throws Exception {
        assumeTrue(git("--version").code == 0, "git is not on this machine");
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Tester");
        git("config", "user.email", "tester@example.org");
        git("config", "commit.gpgsign", "false");
        article = repo.resolve("story.txt");
        sidecar = repo.resolve("story.txt.annotations.json");
        Files.copy(Path.of("src/test/resources/agree/story.txt"), article);
        Files.copy(Path.of("src/test/resources/agree/story.alice.annotations.json"), sidecar);
        CliTest.Run setup = CliTest.run("git-setup", "--repository", repo.toString());
        assertEquals(0, setup.code(), setup.err());
        commitAll("base");
        git("branch", "theirs");
    }

    @Test
    void gitSetupIsIdempotent() throws Exception {
        CliTest.Run again = CliTest.run("git-setup", "--repository", repo.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of(GitSetupCommand.ATTRIBUTE), Files.readAllLines(repo.resolve(".gitattributes")));
        assertTrue(git("config", "merge.factmark.driver").out.contains("merge-driver %O %A %B %P"));
        assertEquals("", git("status", "--porcelain").out, "nothing changed by running it again");
    }

    @Test
    void gitSetupOutsideARepositoryIsRefused(@TempDir Path elsewhere) {
        CliTest.Run run = CliTest.run("git-setup", "--repository", elsewhere.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is not in a git repository"), run.err());
    }

    @Test
    void disjointAdditionsAreBothKept() throws Exception {
        onBranch("main", c -> add(c, "assertion", "The mayor said", "alice"));
        onBranch("theirs", c -> add(c, "event", "rents rose", "bob"));
        assertEquals(0, merge().code, "a clean merge");
        List<Annotation> merged = annotations();
        assertEquals(8, merged.size());
        assertTrue(has(merged, "The mayor said") && has(merged, "rents rose"));
        assertValid();
    }

    @Test
    void aDeletionOnOneSideIsAppliedWhenTheOtherDidNotTouchIt() throws Exception {
        onBranch("main", c -> without(c, "12 percent"));
        onBranch("theirs", c -> change(c, "\"a formality\"", a -> a.withNote("their note", NOW)));
        assertEquals(0, merge().code);
        List<Annotation> merged = annotations();
        assertFalse(has(merged, "12 percent"));
        assertEquals("their note", find(merged, "\"a formality\"").note());
        assertValid();
    }

    @Test
    void differentFieldsOfOneAnnotationAreBothKept() throws Exception {
        onBranch("main", c -> change(c, "1,200 new flats", a -> a.withNote("checked with the city", NOW)));
        onBranch("theirs", c -> change(c, "1,200 new flats", a -> a.withAttributes(Map.of("unit", "flats"), NOW)));
        assertEquals(0, merge().code);
        Annotation merged = find(annotations(), "1,200 new flats");
        assertEquals("checked with the city", merged.note());
        assertEquals(Map.of("unit", "flats"), merged.attributes());
        assertEquals(6, annotations().size());
        assertValid();
    }

    @Test
    void oneFieldChangedDifferentlyIsAConflictKeptInValidJsonWithBothValues() throws Exception {
        onBranch("main", c -> change(c, "1,200 new flats", a -> a.withNote("ours: true", NOW)));
        onBranch("theirs", c -> change(c, "1,200 new flats", a -> a.withNote("theirs: false", NOW)));
        Result merge = merge();
        assertNotEquals(0, merge.code, "git reports the conflict");
        assertTrue(merge.out.contains("CONFLICT") && merge.out.contains("story.txt.annotations.json"), merge.out);
        String text = Files.readString(sidecar);
        assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), "no text conflict markers");
        JsonNode root = JSON.readTree(text); // valid JSON
        List<String> notes = new ArrayList<>();
        root.get("annotations").forEach(a -> {
            if (a.get("text").asText().equals("1,200 new flats")) {
                notes.add(a.get("note").asText() + (a.has("conflict") ? " marked " + a.get("conflict") : ""));
            }
        });
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.contains("ours: true"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("theirs: false marked {\"kind\":\"both changed\"")
                && n.contains("\"fields\":[\"note\"]")), notes.toString());
        CliTest.Run validate = CliTest.run("validate", article.toString());
        assertEquals(1, validate.code());
        assertTrue(validate.err().contains("1 unresolved merge conflict"), validate.err());
        assertTrue(validate.err().contains("both changed note"), validate.err());
    }

    @Test
    void theSameAnnotationAddedOnBothSidesIsKeptOnce() throws Exception {
        onBranch("main", c -> add(c, "figure", "800", "alice"));
        onBranch("theirs", c -> add(c, "figure", "800", "bob"));
        assertEquals(0, merge().code);
        assertEquals(1, annotations().stream().filter(a -> a.label().equals("figure")
                && text(a).equals("800")).count());
        assertEquals(7, annotations().size());
        assertValid();
    }

    @Test
    void annotationsMovedByReanchoringOnOneSideMeetTheOtherSidesChanges() throws Exception {
        onBranch("theirs", c -> c);
        Files.writeString(article, "Updated at noon.\n" + Files.readString(article));
        CliTest.Run reanchor = CliTest.run("reanchor", article.toString());
        assertEquals(0, reanchor.code(), reanchor.err());
        commitAll("theirs: the article gained a line, the annotations moved");
        onBranch("main", c -> add(change(c, "\"a formality\"", a -> a.withNote("ours", NOW)), "event",
                "rents rose", "alice"));
        Result merge = merge();
        assertEquals(0, merge.code, merge.out);
        assertTrue(merge.out.contains("different versions of the article"), merge.out);
        CliTest.Run before = CliTest.run("validate", article.toString());
        assertTrue(before.err().contains("the article changed since it was annotated"), before.err());
        CliTest.Run placed = CliTest.run("reanchor", article.toString()); // as opening it does
        assertEquals(0, placed.code(), placed.err());
        List<Annotation> merged = annotations();
        assertEquals(7, merged.size());
        assertEquals("ours", find(merged, "\"a formality\"").note());
        assertTrue(has(merged, "rents rose"));
        assertValid();
    }

    // --- helpers

    private void assertValid() {
        CliTest.Run validate = CliTest.run("validate", article.toString());
        assertEquals(0, validate.code(), validate.err());
    }

    private interface Edit {
        SidecarContent apply(SidecarContent c) throws Exception;
    }

    private void onBranch(String branch, Edit edit) throws Exception {
        git("checkout", "-q", branch);
        SidecarContent c = SidecarStore.open(article).content();
        SidecarStore.save(article, edit.apply(c), false);
        commitAll("on " + branch);
    }

    private Result merge() throws Exception {
        git("checkout", "-q", "main");
        return git("merge", "--no-edit", "theirs");
    }

    private List<Annotation> annotations() throws Exception {
        return SidecarStore.open(article).content().annotations();
    }

    private SidecarContent add(SidecarContent c, String label, String quote, String who) {
        int at = c.article().text().indexOf(quote);
        List<Annotation> all = new ArrayList<>(c.annotations());
        all.add(Annotation.create(label, at, at + quote.length(), who, NOW));
        return with(c, all);
    }

    private SidecarContent without(SidecarContent c, String quote) {
        return with(c, c.annotations().stream().filter(a -> !text(c, a).equals(quote)).toList());
    }

    private SidecarContent change(SidecarContent c, String quote, UnaryOperator<Annotation> how) {
        return with(c, c.annotations().stream().map(a -> text(c, a).equals(quote) ? how.apply(a) : a).toList());
    }

    private static SidecarContent with(SidecarContent c, List<Annotation> annotations) {
        return new SidecarContent(c.article(), annotations, c.orphans(), c.topExtra(), c.documentExtra(),
                c.labelSchema());
    }

    private static String text(SidecarContent c, Annotation a) {
        return c.article().text().substring(a.start(), a.end());
    }

    private String text(Annotation a) {
        try {
            return Files.readString(article).substring(a.start(), a.end());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean has(List<Annotation> list, String quote) {
        return list.stream().anyMatch(a -> text(a).equals(quote));
    }

    private Annotation find(List<Annotation> list, String quote) {
        return list.stream().filter(a -> text(a).equals(quote)).findFirst().orElseThrow();
    }

    private void commitAll(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    private record Result(int code, String out) {
    }

    private Result git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "git " + command + " hung");
        return new Result(p.exitValue(), out);
    }
}
