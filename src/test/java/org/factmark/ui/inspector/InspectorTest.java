package org.factmark.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector: details typed with the keyboard, validated, undone, saved and read back. */
@ExtendWith(ApplicationExtension.class)
class InspectorTest {
    private static final String TEXT = "Khamenei said that about 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private Path openWithQuoteAndFigure(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(0, TEXT.indexOf(" The ministry")));
        robot.type(KeyCode.DIGIT1, KeyCode.ESCAPE);
        int figure = TEXT.indexOf("1,200");
        robot.interact(() -> fx.area(robot).selectRange(figure, figure + "1,200 people".length()));
        robot.type(KeyCode.DIGIT2); // the new figure stays selected
        return article;
    }

    private Annotation figure(FxRobot robot) {
        return fx.rows(robot).stream().filter(a -> a.label().equals("figure")).findFirst().orElseThrow();
    }

    @Test
    void enterOpensTheDetailsAndTypedValuesAreStoredWithTheirTypes(FxRobot robot) throws Exception {
        Path article = openWithQuoteAndFigure(robot);
        assertEquals("Figure", ((Label) robot.lookup("#inspector-title").query()).getText());
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#attr-value").query().isFocused(), "Enter goes to the first field");
        robot.write("1,200");
        robot.type(KeyCode.TAB);
        robot.write("people");
        robot.type(KeyCode.ESCAPE);
        assertTrue(fx.area(robot).isFocused(), "Escape goes back to the text");

        Annotation f = figure(robot);
        assertEquals(1200L, f.attributes().get("value"), "a number, not text");
        assertEquals("people", f.attributes().get("unit"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        String saved = Files.readString(dir.resolve("speech.txt.annotations.json"));
        assertTrue(saved.contains("\"value\": 1200,") && saved.contains("\"unit\": \"people\""), saved);
        assertTrue(saved.contains("\"labelSchema\": {"), "the schema the annotations were made with is recorded");

        fx.open(fx.write("other.txt", "Other."));
        fx.open(article);
        robot.clickOn(fx.pointOnChar(robot, TEXT.indexOf("1,200") + 1));
        assertEquals("1200", ((TextField) robot.lookup("#attr-value").query()).getText(), "read back");
    }

    @Test
    void everyDetailEditIsUndoneAndRedoneOnItsOwn(FxRobot robot) throws Exception {
        openWithQuoteAndFigure(robot);
        robot.type(KeyCode.ENTER);
        robot.write("1200");
        robot.type(KeyCode.TAB);
        robot.write("people");
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertNull(figure(robot).attributes().get("unit"));
        assertEquals(1200L, figure(robot).attributes().get("value"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertNull(figure(robot).attributes().get("value"));
        assertEquals("", ((TextField) robot.lookup("#attr-value").query()).getText(), "the field follows undo");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(1200L, figure(robot).attributes().get("value"));
    }

    @Test
    void aValueThatDoesNotFitIsKeptAndFlaggedButNeverBlocksSaving(FxRobot robot) throws Exception {
        openWithQuoteAndFigure(robot);
        robot.type(KeyCode.ENTER);
        robot.write("about twelve hundred");
        robot.type(KeyCode.ENTER);
        assertEquals("about twelve hundred", figure(robot).attributes().get("value"));
        assertTrue(robot.lookup("#attr-value").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("invalid")));
        String problems = ((Label) robot.lookup("#inspector-problems").query()).getText();
        assertTrue(problems.contains("is not a number"), problems);
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertTrue(Files.readString(dir.resolve("speech.txt.annotations.json"))
                .contains("\"value\": \"about twelve hundred\""));
    }

    @Test
    void aChoiceAndTheNoteAreEditedFromTheKeyboard(FxRobot robot) throws Exception {
        fx.open(fx.write("speech.txt", TEXT));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(TEXT.indexOf("The ministry"), TEXT.length()));
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.ENTER); // claimant
        robot.write("The ministry");
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB); // claim type, check-worthiness, verdict
        @SuppressWarnings("unchecked")
        ComboBox<String> verdict = robot.lookup("#attr-verdict").queryAs(ComboBox.class);
        assertTrue(verdict.isFocused());
        robot.interact(verdict::show);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER); // —, unrated, accurate, mostly accurate
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB); // explanation, evidence, note
        assertTrue(robot.lookup("#inspector-note").query().isFocused());
        robot.write("Denial only; no evidence offered.");
        robot.type(KeyCode.ESCAPE);
        Annotation a = fx.rows(robot).get(0);
        assertEquals("The ministry", a.attributes().get("claimant"));
        assertEquals("mostly accurate", a.attributes().get("verdict"));
        assertEquals("Denial only; no evidence offered.", a.note());
        assertFalse(robot.lookup("#inspector-problems").query().isVisible(), "nothing required is missing");
    }
}
