package org.factmark.ui.article;

import java.util.Optional;
import java.util.OptionalDouble;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;

/**
 * Home, End, Up and Down in a right-to-left paragraph. RichTextFX finds a visual line's ends and the character
 * above or below the caret by hit-testing its paragraphs from the left (FXMisc/RichTextFX#1170), which in a
 * right-to-left paragraph lands on the wrong end of the line; here the lines are told apart by the rows the
 * characters are drawn in, and Up and Down hit-test through {@link ArticleArea#hit}, which knows the direction.
 */
final class RightToLeftLines {
    private final ArticleArea area;
    /** The x on screen Up and Down keep, and the caret position they left, while the user keeps pressing them. */
    private double targetX = Double.NaN;
    private int targetCaret = -1;

    RightToLeftLines(ArticleArea area) {
        this.area = area;
    }

    /** Home (start) or End (not start): the caret to its visual line's logical start or end; false if unknown. */
    boolean lineEdge(boolean start, SelectionPolicy policy) {
        int paragraph = area.getCurrentParagraph();
        int length = area.getParagraph(paragraph).length();
        int column = area.getCaretColumn();
        int base = area.getAbsolutePosition(paragraph, 0);
        OptionalDouble row = rowOf(base, Math.min(column, length - 1));
        if (length == 0 || row.isEmpty()) {
            return false;
        }
        double y = row.getAsDouble();
        int lo;
        int hi;
        if (start) { // the first column drawn in the caret's row
            lo = 0;
            hi = Math.min(column, length - 1);
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sameRow(base, mid, y)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        } else { // past the last column drawn in the caret's row, before the space the line wraps at
            lo = Math.min(column, length - 1);
            hi = length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (sameRow(base, mid, y)) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            lo = lo == length - 1 ? length : Character.isWhitespace(area.getText(paragraph).charAt(lo)) ? lo : lo + 1;
        }
        area.moveTo(paragraph, lo, policy);
        return true;
    }

    /** Up or Down: to the character drawn at the caret's x in the row above or below; false if unknown. */
    boolean verticalMove(boolean down, SelectionPolicy policy) {
        Optional<Bounds> caret = area.getCaretBounds();
        if (caret.isEmpty()) {
            return false;
        }
        Bounds b = caret.get();
        if (area.getCaretPosition() != targetCaret || Double.isNaN(targetX)) {
            targetX = b.getCenterX();
        }
        double y = down ? b.getMaxY() + b.getHeight() / 2 : b.getMinY() - b.getHeight() / 2;
        Point2D local = area.screenToLocal(targetX, y);
        if (local == null || local.getY() < 0 || local.getY() >= area.getHeight()) {
            return false; // off the shown part: RichTextFX's own move, which scrolls
        }
        int to = area.hit(local.getX(), local.getY()).getInsertionIndex();
        double keep = targetX;
        area.moveTo(to, policy);
        area.requestFollowCaret();
        targetX = keep;
        targetCaret = area.getCaretPosition();
        return true;
    }

    private boolean sameRow(int base, int column, double y) {
        OptionalDouble row = rowOf(base, column);
        return row.isPresent() && Math.abs(row.getAsDouble() - y) < 2;
    }

    /** The middle y on screen of the character at {@code column}. */
    private OptionalDouble rowOf(int base, int column) {
        Optional<Bounds> b = area.getCharacterBoundsOnScreen(base + column, base + column + 1);
        return b.isPresent() ? OptionalDouble.of(b.get().getCenterY()) : OptionalDouble.empty();
    }
}
