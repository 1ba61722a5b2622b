package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.ui.list.AnnotationList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Step 1: the application, started as `mvn javafx:run` starts it, opens the article named on its command line. */
class LaunchTest {
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theAppOpensTheArticleGivenOnTheCommandLineWithItsSidecar() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FactmarkApp.class, "samples/khamenei-gaza-speech.txt");
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        assertEquals("khamenei-gaza-speech.txt — Factmark", stage.getTitle());
        List<Annotation> rows = robot.lookup("#annotation-list").queryAs(AnnotationList.class)
                .items();
        assertTrue(rows.size() >= 30, "the bundled sample comes annotated: " + rows.size());
        assertTrue(robot.lookup("#article").query().isVisible());
    }
}
