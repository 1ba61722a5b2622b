package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the real text area draws for format characters, emoji and the scripts of the bundled fonts. */
@ExtendWith(ApplicationExtension.class)
class GlyphsInTheArticleTest {
    static final String TEXT = String.join("\n",
            "من می\u200cخواهم بروم و ۱۲۰۰ نفر",
            "a\u200cb a\u200db a\u200eb a\u200fb a\u00adb a\ufeffb a\u2060b a\u2066b\u2069 a\u061cb",
            "I \u2764\ufe0f NY \ud83d\ude00 \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "部长说有一千二百人死亡。日本語のテキスト。",
            "השר אמר ש-1200 איש נהרגו",
            "मंत्री ने कहा कि 1200 लोग मारे गए।",
            "Министр сказал, что погибли 1200 человек.");
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void noCharacterIsDrawnAsAMissingGlyphBox(FxRobot robot) throws Exception {
        fx.open(fx.write("scripts.txt", TEXT));
        List<String> boxes = WindowFixture.onFx(() -> {
            List<String> found = new ArrayList<>();
            for (var node : fx.area(robot).lookupAll(".paragraph-text")) {
                found.addAll(GlyphBoxes.visibleBoxes((javafx.scene.text.TextFlow) node));
            }
            return found;
        });
        assertEquals(List.of(), boxes);
    }

    @Test
    void theFormatCharactersAreThereButUnseen(FxRobot robot) throws Exception {
        fx.open(fx.write("scripts.txt", TEXT));
        assertEquals(TEXT, fx.area(robot).getText(), "no character is removed or replaced for display");
        List<String> invisible = WindowFixture.onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (var node : fx.area(robot).lookupAll(".invisible-char")) {
                texts.add(((Text) node).getText());
            }
            return texts;
        });
        assertTrue(invisible.contains("\u200c") && invisible.contains("\u200d") && invisible.contains("\ufe0f"),
                invisible.toString());
    }
}
