package org.factmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.compare.Kind;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarWriter;
import org.factmark.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Compare With…: a colleague's sidecar beside mine, difference by difference, each choice undoable. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    static final String TEXT = "Officials said 1,200 people died. The ministry denied everything. Ten schools closed "
            + "and 40 teachers left.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    static Annotation at(String id, String label, String words, String creator) {
        int s = TEXT.indexOf(words);
        return new Annotation(id, label, s, s + words.length(), Map.of(), "", creator, "2026-12-01T10:00:00Z",
                "2026-12-01T10:00:00Z", Map.of());
    }

    static Path sidecar(Path file, List<Annotation> annotations) throws Exception {
        ArticleText article = ArticleLoader.fromString("story.txt", TEXT);
        Files.write(file, SidecarWriter.write(new SidecarContent(article, annotations, List.of(), Map.of(), Map.of())));
        return file;
    }

    private AnnotationDocument openMineAndCompare(FxRobot robot, List<Annotation> theirs) throws Exception {
        Path article = fx.write("story.txt", TEXT);
        sidecar(dir.resolve("story.txt.annotations.json"), List.of(at("m1", "quote", "Officials said", "ana"),
                at("m2", "figure", "1,200 people", "ana"), at("m3", "event", "denied everything", "ana")));
        fx.open(article);
        Path bob = sidecar(dir.resolve("bob.annotations.json"), theirs);
        robot.interact(() -> fx.window.compareWith(bob));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return fx.window.document();
    }

    @SuppressWarnings("unchecked")
    private static ListView<CompareView.Row> list(FxRobot robot) {
        return robot.lookup("#compare-list").queryAs(ListView.class);
    }

    /** The list as the user reads it: group titles, and the kind of each difference under them. */
    private static List<String> shown(FxRobot robot) {
        return list(robot).getItems().stream().map(r -> r.difference() == null
                ? DifferenceText.group(r.kind()) + " · " + r.count() : "  " + r.kind()).toList();
    }

    private static void select(FxRobot robot, Kind kind) {
        robot.interact(() -> {
            ListView<CompareView.Row> l = list(robot);
            for (int i = 0; i < l.getItems().size(); i++) {
                if (l.getItems().get(i).kind() == kind && l.getItems().get(i).difference() != null) {
                    l.getSelectionModel().clearAndSelect(i);
                    l.requestFocus();
                    return;
                }
            }
            throw new AssertionError("no " + kind + " listed");
        });
    }

    private static List<String> labelsAt(AnnotationDocument doc, String words) {
        int s = TEXT.indexOf(words);
        return doc.annotations().all().stream().filter(a -> a.start() == s && a.end() == s + words.length())
                .map(Annotation::label).sorted().toList();
    }

    @Test
    void takeKeepAndBothChangeMyDocumentOneUndoStepEach(FxRobot robot) throws Exception {
        AnnotationDocument doc = openMineAndCompare(robot, List.of(at("m2", "figure", "1,200 people", "bob"),
                at("t3", "assertion", "denied everything", "bob"), at("t4", "figure", "Ten schools", "bob")));
        assertEquals(List.of("Only theirs · 1", "  ONLY_THEIRS", "Only mine · 1", "  ONLY_MINE",
                "Same span, other label · 1", "  OTHER_LABEL"), shown(robot), "the identical figure is not listed");
        assertTrue(robot.lookup("#compare-summary").queryAs(Label.class).getText().contains("1 the same"));
        assertTrue(robot.lookup("#compare-agreement").queryAs(Label.class).getText().contains("F1 exact 0.33"),
                robot.lookup("#compare-agreement").queryAs(Label.class).getText());

        select(robot, Kind.ONLY_THEIRS);
        robot.type(KeyCode.T);
        assertEquals(List.of("figure"), labelsAt(doc, "Ten schools"), "T took their figure");
        assertFalse(shown(robot).contains("  ONLY_THEIRS"));
        robot.interact(doc::undo);
        assertEquals(List.of(), labelsAt(doc, "Ten schools"), "one undo takes it back");
        assertTrue(shown(robot).contains("  ONLY_THEIRS"), "and the difference is listed again");

        select(robot, Kind.OTHER_LABEL);
        robot.type(KeyCode.B);
        assertEquals(List.of("assertion", "event"), labelsAt(doc, "denied everything"), "B keeps mine beside theirs");
        assertFalse(shown(robot).contains("  OTHER_LABEL"));
        assertEquals(1, shown(robot).stream().filter(r -> r.equals("  ONLY_MINE")).count(),
                "my event, kept beside theirs, is not listed again as only mine");

        select(robot, Kind.ONLY_MINE);
        robot.type(KeyCode.K);
        assertEquals(List.of("quote"), labelsAt(doc, "Officials said"), "K keeps my quote");
        assertFalse(shown(robot).contains("  ONLY_MINE"));

        robot.interact(doc::undo);
        assertEquals(List.of("event"), labelsAt(doc, "denied everything"), "undo takes the two back to mine");
        assertTrue(shown(robot).contains("  OTHER_LABEL"));

        select(robot, Kind.OTHER_LABEL);
        robot.type(KeyCode.T);
        assertEquals(List.of("assertion"), labelsAt(doc, "denied everything"), "T replaces my label with theirs");
        assertTrue(doc.isDirty(), "the result is the open document, saved as usual");
    }

    @Test
    void shiftTakesTheirsForEveryDifferenceOfAKindInOneStep(FxRobot robot) throws Exception {
        AnnotationDocument doc = openMineAndCompare(robot, List.of(at("m1", "quote", "Officials said", "bob"),
                at("m2", "figure", "1,200 people", "bob"), at("m3", "event", "denied everything", "bob"),
                at("t4", "figure", "Ten schools", "bob"), at("t5", "figure", "40 teachers", "bob")));
        assertEquals(List.of("Only theirs · 2", "  ONLY_THEIRS", "  ONLY_THEIRS"), shown(robot));
        select(robot, Kind.ONLY_THEIRS);
        robot.press(KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT);
        assertEquals(5, doc.annotations().size());
        assertTrue(list(robot).getItems().isEmpty(), "nothing left to decide");
        assertTrue(robot.lookup("#compare-summary").queryAs(Label.class).getText().startsWith("Nothing left"));
        robot.interact(doc::undo);
        assertEquals(3, doc.annotations().size(), "one undo step for the whole kind");
        assertEquals(2, list(robot).getItems().size() - 1);
    }

    @Test
    void theirSpansThatDifferAreOutlinedInTheText(FxRobot robot) throws Exception {
        AnnotationDocument doc = openMineAndCompare(robot, List.of(at("t4", "figure", "Ten schools", "bob")));
        int s = TEXT.indexOf("Ten schools");
        assertTrue(fx.area(robot).getStyleAtPosition(s + 2).contains(TheirsOutlines.STYLE));
        assertFalse(fx.area(robot).getStyleAtPosition(TEXT.indexOf("1,200") + 1).contains(TheirsOutlines.STYLE));
        select(robot, Kind.ONLY_THEIRS);
        robot.type(KeyCode.T);
        assertFalse(fx.area(robot).getStyleAtPosition(s + 2).contains(TheirsOutlines.STYLE), "decided: no outline");
        assertEquals(4, doc.annotations().size());
        robot.interact(doc::undo);
        assertTrue(fx.area(robot).getStyleAtPosition(s + 2).contains(TheirsOutlines.STYLE), "undone: outlined again");
        robot.interact(() -> robot.lookup("#compare-list").query().getScene().getWindow().hide());
        assertFalse(fx.area(robot).getStyleAtPosition(s + 2).contains(TheirsOutlines.STYLE), "closed: no outlines");
    }
}
