package org.factmark.ui.article.highlight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * The fonts bundled in {@code /fonts} for scripts a machine's default fonts may lack, each used only where the
 * machine has no font of its own for the script, and loaded the first time a paragraph shows its script. Their licences (SIL OFL 1.1; Apache 2.0 for Droid Sans Fallback) are
 * beside them. The stylesheet {@code /css/scripts.css} names the families for the classes.
 */
public enum ScriptFont {
    ARABIC("script-arabic", "Vazirmatn-Regular.ttf", "Vazirmatn", "Noto Sans Arabic", "Noto Naskh Arabic",
            "Vazirmatn", "Segoe UI", "Arial", "Tahoma", "Geeza Pro", "Amiri", "KacstOne"),
    HEBREW("script-hebrew", "NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", "Noto Sans Hebrew",
            "Noto Serif Hebrew", "Segoe UI", "Arial", "David", "Arial Hebrew", "Culmus", "Taamey Frank CLM"),
    DEVANAGARI("script-devanagari", "NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari",
            "Noto Sans Devanagari", "Noto Serif Devanagari", "Nirmala UI", "Mangal", "Kohinoor Devanagari",
            "Lohit Devanagari", "Devanagari MT"),
    CJK("script-cjk", "DroidSansFallbackFull.ttf", "Droid Sans Fallback", "Noto Sans CJK SC", "Noto Sans CJK JP",
            "Noto Sans SC", "Droid Sans Fallback", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "Hiragino Sans", "Yu Gothic", "Source Han Sans SC"),
    /** JavaFX draws no colour emoji font on Linux: the monochrome one is used everywhere, for the same look. */
    EMOJI("script-emoji", "NotoEmoji-Regular.ttf", "Noto Emoji");

    private final String styleClass;
    private final String file;
    private final String cssFamily;
    private final List<String> installedAlternatives;
    private volatile String family;
    private volatile Boolean systemHasOne;

    ScriptFont(String styleClass, String file, String cssFamily, String... installedAlternatives) {
        this.styleClass = styleClass;
        this.file = file;
        this.cssFamily = cssFamily;
        this.installedAlternatives = List.of(installedAlternatives);
    }

    /**
     * Whether this machine has a font of its own for the script (one of a list of well-known ones), which
     * JavaFX's fallback then finds: the bundled font is for machines that lack one.
     */
    public boolean isNeeded() {
        if (systemHasOne == null) {
            Set<String> installed = new HashSet<>(Font.getFamilies());
            systemHasOne = installedAlternatives.stream().anyMatch(installed::contains);
        }
        return !systemHasOne;
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

    /** The bundled font for a script, when the script needs one and this machine has none. */
    static ScriptFont forScript(UnicodeScript script) {
        ScriptFont font = switch (script) {
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case DEVANAGARI -> DEVANAGARI;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, HANGUL -> CJK;
            default -> null;
        };
        return font != null && font.isNeeded() ? font : null;
    }
}
