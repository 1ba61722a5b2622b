package org.factmark.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * What a user would see wrong with the text on screen: a label cut short (its rendered text is not the whole
 * text, or it reaches past the window's edge), or text too faint for its background (below the WCAG AA
 * contrast of 4.5:1; 3:1 for icons). It reads the rendered nodes: the colours are the ones CSS looked up in the theme in use,
 * and a background is what the node's ancestors paint under it, translucent layers blended.
 * Call it on the JavaFX thread.
 */
final class ReadableText {
    static final double AA = 4.5;
    /** WCAG's contrast for graphics that carry meaning, such as icons. */
    static final double GRAPHICS = 3;

    private final Set<String> mayClip;
    private final List<String> problems = new ArrayList<>();

    /** @param mayClip style classes of labels that cut long texts short by design (e.g. the list's snippets) */
    private ReadableText(Set<String> mayClip) {
        this.mayClip = mayClip;
    }

    /** Every clipped or faint text under {@code root}, each described for a failure message; empty when none. */
    static List<String> problems(Parent root, String... mayClip) {
        ReadableText check = new ReadableText(Set.of(mayClip));
        root.applyCss();
        root.layout();
        check.walk(root, false);
        return check.problems;
    }

    private void walk(Node node, boolean clipped) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.isDisabled()) {
            checkWhole(labeled, clipped);
        }
        if (node instanceof Text text && !text.isDisabled() && !text.getText().isBlank()) {
            checkContrast(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, clipped || node.getClip() != null);
            }
        }
    }

    private void checkWhole(Labeled labeled, boolean clipped) {
        String full = labeled.getText() == null ? "" : labeled.isMnemonicParsing()
                ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
        if (full.isEmpty() || labeled.getStyleClass().stream().anyMatch(mayClip::contains)) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible() && !shown.getText().equals(full)) {
                problems.add(describe(labeled) + " shows “" + shown.getText() + "” of “" + full + "”");
                return;
            }
        }
        if (!clipped && labeled.getScene() != null) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            double width = labeled.getScene().getWidth();
            double height = labeled.getScene().getHeight();
            if (b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5 || b.getMinX() < -0.5) {
                problems.add(describe(labeled) + " “" + full + "” reaches past the window's edge (" + b + ")");
            }
        }
    }

    private void checkContrast(Text text) {
        if (!(text.getFill() instanceof Color fill)) {
            return;
        }
        Color back = backgroundOf(text);
        Color front = over(fill, back);
        double ratio = contrast(front, back);
        double wanted = text.getStyleClass().contains("ikonli-font-icon") ? GRAPHICS : AA;
        if (ratio < wanted) {
            problems.add(String.format(Locale.ROOT, "%s “%s”: %s on %s, contrast %.2f:1 (AA wants %.1f:1)",
                    describe(text), clip(text.getText()), hex(front), hex(back), ratio, wanted));
        }
    }

    /** The colour under a node: its ancestors' fills, the nearest on top, blended until one is opaque. */
    static Color backgroundOf(Node node) {
        List<Color> layers = new ArrayList<>(); // top first
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0) {
                        layers.add(c);
                        if (c.getOpacity() >= 1) {
                            return blend(layers);
                        }
                    }
                }
            }
        }
        Color scene = node.getScene() != null && node.getScene().getFill() instanceof Color c ? c : Color.WHITE;
        layers.add(scene.getOpacity() >= 1 ? scene : Color.WHITE);
        return blend(layers);
    }

    private static Color blend(List<Color> topFirst) {
        Color result = topFirst.get(topFirst.size() - 1);
        for (int i = topFirst.size() - 2; i >= 0; i--) {
            result = over(topFirst.get(i), result);
        }
        return result;
    }

    /** A translucent colour painted over an opaque one. */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 160; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            path.insert(0, path.length() == 0 ? name : name + " > ");
            if (n.getId() != null && n != node) {
                break;
            }
        }
        return path.toString();
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 39) + "…" : one;
    }
}
