package org.factmark.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheirVersionTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied everything.";
    @TempDir
    Path dir;

    private final ArticleText article = ArticleLoader.fromString("story.txt", TEXT);

    private Path write(Path file, ArticleText of, List<Annotation> annotations) throws Exception {
        Files.write(file, SidecarWriter.write(new SidecarContent(of, annotations, List.of(), Map.of(), Map.of())));
        return file;
    }

    private static Annotation at(String id, String label, String text, String words) {
        int s = text.indexOf(words);
        return new Annotation(id, label, s, s + words.length(), Map.of(), "", "bo", "", "", Map.of());
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@e",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", args) + ": " + out);
    }

    @Test
    void aColleaguesSidecarOfTheSameTextIsReadAsItIs() throws Exception {
        Path theirs = write(dir.resolve("bo.annotations.json"), article,
                List.of(at("f", "figure", TEXT, "1,200 people")));
        TheirVersion read = TheirVersion.fromFile(theirs, article);
        assertFalse(read.otherText());
        assertEquals(List.of("figure"), read.annotations().stream().map(Annotation::label).toList());
    }

    @Test
    void aSidecarOfAnotherTextIsReanchoredAndSaysSo() throws Exception {
        String older = "Yesterday officials said 1,200 people died. The ministry denied everything.";
        ArticleText old = ArticleLoader.fromString("story.txt", older);
        Path theirs = write(dir.resolve("bo.annotations.json"), old, List.of(at("f", "figure", older, "1,200 people"),
                at("g", "quote", older, "Yesterday")));
        TheirVersion read = TheirVersion.fromFile(theirs, article);
        assertTrue(read.otherText());
        assertEquals(1, read.annotations().size());
        assertEquals(TEXT.indexOf("1,200"), read.annotations().get(0).start(), "found where it is in this text");
        assertEquals(1, read.orphaned(), "“Yesterday” is not in this text");
    }

    @Test
    void aBrokenSidecarIsRefusedWithTheReasonAndLeftAsItWas() throws Exception {
        Path broken = dir.resolve("bo.annotations.json");
        byte[] bytes = "{\"format\": \"factmark.annotations\", \"version\": 1, \"annotations\": [".getBytes();
        Files.write(broken, bytes);
        SidecarException e = assertThrows(SidecarException.class, () -> TheirVersion.fromFile(broken, article));
        assertFalse(e.getMessage().isBlank());
        assertArrayEquals(bytes, Files.readAllBytes(broken));
    }

    @Test
    void theSidecarOnAnotherBranchIsReadWithGitAndTheBranchesAreListed() throws Exception {
        Path sidecar = dir.resolve("story.txt.annotations.json");
        git("init", "-q", "-b", "main");
        write(sidecar, article, List.of(at("f", "figure", TEXT, "1,200 people")));
        git("add", ".");
        git("commit", "-q", "-m", "mine");
        git("checkout", "-q", "-b", "bo");
        write(sidecar, article, List.of(at("f", "figure", TEXT, "1,200 people"), at("q", "quote", TEXT, "denied")));
        git("commit", "-q", "-am", "theirs");
        git("checkout", "-q", "main");

        assertEquals(java.util.Set.of("main", "bo"), java.util.Set.copyOf(GitRevisions.refs(dir)));
        assertEquals(2, TheirVersion.atRevision(sidecar, "bo", article).annotations().size());
        assertEquals(1, TheirVersion.atRevision(sidecar, "HEAD", article).annotations().size());
        java.io.IOException missing = assertThrows(java.io.IOException.class,
                () -> TheirVersion.atRevision(sidecar, "no-such-branch", article));
        assertTrue(missing.getMessage().contains("no-such-branch"), missing.getMessage());
        assertThrows(java.io.IOException.class, () -> GitRevisions.show(sidecar, "--output=/tmp/x"),
                "an option is never passed to git as a revision");
    }

    @Test
    void outsideARepositoryThereAreNoBranches() {
        assertEquals(List.of(), GitRevisions.refs(dir));
    }
}
