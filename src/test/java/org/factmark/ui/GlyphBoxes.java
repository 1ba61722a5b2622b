package org.factmark.ui;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Reads the glyphs JavaFX laid out for a paragraph (its text flow's layout runs, through reflection: the
 * layout is internal) and names the characters drawn with a font's missing glyph — the box — where the box
 * can be seen (the character's {@code Text} node is not transparent).
 */
final class GlyphBoxes {
    private GlyphBoxes() {
    }

    /**
     * "U+200C at 3 in “…”" for each missing-glyph box that can be seen in {@code flow}: a glyph 0 of its font
     * whose character's {@code Text} node is not transparent.
     */
    static List<String> visibleBoxes(TextFlow flow) {
        List<Text> texts = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                texts.add(t);
                all.append(t.getText());
            }
        }
        String s = all.toString();
        List<String> boxes = new ArrayList<>();
        try {
            Method layoutOf = TextFlow.class.getDeclaredMethod("getTextLayout");
            layoutOf.setAccessible(true);
            Object layout = layoutOf.invoke(flow);
            Method runsOf = layout.getClass().getMethod("getRuns");
            runsOf.setAccessible(true);
            for (Object run : (Object[]) runsOf.invoke(layout)) {
                Method count = method(run, "getGlyphCount");
                Method code = method(run, "getGlyphCode", int.class);
                Method offset = method(run, "getCharOffset", int.class);
                Method start = method(run, "getStart");
                int n = (int) count.invoke(run);
                for (int i = 0; i < n; i++) {
                    int glyph = (int) code.invoke(run, i) & 0xFFFFFF; // the low bits: the glyph in its slot's font
                    int at = (int) start.invoke(run) + (int) offset.invoke(run, i);
                    if (glyph == 0 && at < s.length() && isSeen(texts, at)) {
                        boxes.add(String.format("U+%04X", s.codePointAt(at)) + " at " + at + " in “" + s + "”");
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("JavaFX's text layout could not be read", e);
        }
        return boxes;
    }

    /** Whether the node holding the paragraph's character {@code at} paints it. */
    private static boolean isSeen(List<Text> texts, int at) {
        int from = 0;
        for (Text t : texts) {
            int to = from + t.getText().length();
            if (at < to) {
                return t.isVisible() && t.getOpacity() > 0 && !(t.getFill() instanceof Color c && c.getOpacity() == 0);
            }
            from = to;
        }
        return false;
    }

    private static Method method(Object on, String name, Class<?>... params) throws NoSuchMethodException {
        Method m = on.getClass().getMethod(name, params);
        m.setAccessible(true);
        return m;
    }
}
