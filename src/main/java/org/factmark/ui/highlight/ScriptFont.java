package org.factmark.ui.highlight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import javafx.scene.text.Font;

/**
 * The fonts bundled in {@code /fonts} for scripts a machine's default fonts may lack, each loaded the first
 * time a paragraph shows its script. Their licences (SIL OFL 1.1; Apache 2.0 for Droid Sans Fallback) are
 * beside them. The stylesheet {@code /css/scripts.css} names the families for the classes.
 */
public enum ScriptFont {
    ARABIC("script-arabic", "Vazirmatn-Regular.ttf", "Vazirmatn"),
    HEBREW("script-hebrew", "NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew"),
    DEVANAGARI("script-devanagari", "NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari"),
    CJK("script-cjk", "DroidSansFallbackFull.ttf", "Droid Sans Fallback"),
    EMOJI("script-emoji", "NotoEmoji-Regular.ttf", "Noto Emoji");

    private final String styleClass;
    private final String file;
    private final String cssFamily;
    private volatile String family;

    ScriptFont(String styleClass, String file, String cssFamily) {
        this.styleClass = styleClass;
        this.file = file;
        this.cssFamily = cssFamily;
    }

    /** The family {@code /css/scripts.css} names for this font's class. */
    public String cssFamily() {
        return cssFamily;
    }

    public String styleClass() {
        return styleClass;
    }

    /** Loads the font unless it is loaded; its family name. */
    public synchronized String load() {
        if (family == null) {
            try (InputStream in = ScriptFont.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IOException("missing /fonts/" + file);
                }
                Font font = Font.loadFont(in, 12);
                family = font == null ? "System" : font.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return family;
    }

    public boolean isLoaded() {
        return family != null;
    }

    static ScriptFont byStyleClass(String styleClass) {
        for (ScriptFont f : values()) {
            if (f.styleClass.equals(styleClass)) {
                return f;
            }
        }
        throw new IllegalArgumentException(styleClass);
    }

    static ScriptFont forScript(UnicodeScript script) {
        return switch (script) {
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case DEVANAGARI -> DEVANAGARI;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, HANGUL -> CJK;
            default -> null;
        };
    }
}
