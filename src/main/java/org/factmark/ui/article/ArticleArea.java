package org.factmark.ui.article;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.collections.ListChangeListener;
import java.util.OptionalInt;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.factmark.ui.article.highlight.DisplayText;
import javafx.geometry.Point2D;
import javafx.scene.text.HitInfo;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import org.factmark.text.WordBreaks;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.EditableStyledDocument;

/**
 * The article's text area: RichTextFX's style-classed area whose paragraphs can each read right to left.
 *
 * <p>A paragraph whose style holds {@value #RTL} gets a right-to-left node orientation, so JavaFX lays it out
 * with a right-to-left base direction (the Unicode bidi order, aligned to the right). RichTextFX has no such
 * paragraphs (FXMisc/RichTextFX#1170), and JavaFX 21's {@code TextFlow} gives its caret and range shapes and
 * takes its hit-test points in unmirrored coordinates (fixed in later JavaFX: JDK-8319844, JDK-8323880), so in a
 * right-to-left paragraph RichTextFX would draw the caret, the selection and the highlights mirrored, and a
 * click would find the mirrored character. This class turns both back: the shapes RichTextFX adds to a
 * right-to-left paragraph are mirrored once more, and a hit in one is mirrored before RichTextFX looks it up.
 * Left and right arrows move the other way in a right-to-left paragraph, as they do in other editors.
 */
public class ArticleArea extends StyledTextArea<Collection<String>, Collection<String>> {
    /** The paragraph style class of a right-to-left paragraph. */
    public static final String RTL = "fm-rtl";

    /** The right-to-left paragraphs now shown (a paragraph's node goes when it scrolls away). */
    private final Map<TextFlow, Boolean> rightToLeftFlows;
    /** Where the article's offsets are shown (very long paragraphs are shown split, see {@link DisplayText}). */
    private final DisplayText display;
    private final RightToLeftLines rightToLeftLines;
    private boolean swapping;

    public ArticleArea(EditableStyledDocument<Collection<String>, String, Collection<String>> document) {
        this(document, DisplayText.split(document.getText()));
    }

    /** An area showing {@code document}, the article's text as {@code display} shows it. */
    public ArticleArea(EditableStyledDocument<Collection<String>, String, Collection<String>> document,
                       DisplayText display) {
        this(document, display, new WeakHashMap<>());
    }

    private ArticleArea(EditableStyledDocument<Collection<String>, String, Collection<String>> document,
                        DisplayText display, Map<TextFlow, Boolean> flows) {
        super(Collections.emptyList(),
                (paragraph, classes) -> {
                    paragraph.getStyleClass().addAll(classes);
                    if (classes.contains(RTL)) {
                        paragraph.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                        unmirrorShapes(paragraph);
                        flows.put(paragraph, Boolean.TRUE);
                    }
                },
                Collections.emptyList(),
                (text, classes) -> text.getStyleClass().addAll(classes),
                document, true);
        rightToLeftFlows = flows;
        this.display = display;
        this.rightToLeftLines = new RightToLeftLines(this);
        addEventFilter(KeyEvent.KEY_PRESSED, this::arrowsFollowDirection);
        addEventFilter(KeyEvent.KEY_PRESSED, this::upAndDownInRightToLeft);
    }

    /** The map between the article's offsets and the area's. */
    public DisplayText display() {
        return display;
    }

    /** The caret, as an offset in the article. */
    public int articleCaret() {
        return display.toModel(getCaretPosition());
    }

    /** The selection, as offsets in the article. */
    public IndexRange articleSelection() {
        IndexRange shown = getSelection();
        return new IndexRange(display.toModel(shown.getStart()), display.toModel(shown.getEnd()));
    }

    /** Selects the article's {@code [start, end)}. */
    public void selectArticleRange(int start, int end) {
        int from = display.toShown(start);
        selectRange(from, Math.max(from, display.toShownEnd(end)));
    }

    /** Puts the caret at the article's offset {@code offset}, selecting nothing. */
    public void moveToArticle(int offset) {
        moveTo(display.toShown(offset));
    }

    /** Copies the selected text as it is in the article, without the line breaks added for display. */
    @Override
    public void copy() {
        IndexRange shown = getSelection();
        if (shown.getLength() > 0) {
            ClipboardContent content = new ClipboardContent();
            content.putString(display.articleText(shown.getStart(), shown.getEnd()));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /**
     * The caret, selection and highlight shapes of a right-to-left paragraph, mirrored about the paragraph's
     * middle, so that with the paragraph's own mirroring they land where JavaFX drew the characters.
     */
    private static void unmirrorShapes(TextFlow paragraph) {
        paragraph.getChildren().forEach(child -> unmirror(paragraph, child));
        paragraph.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(child -> unmirror(paragraph, child));
            }
        });
    }

    private static void unmirror(TextFlow paragraph, Node child) {
        if (child instanceof Path && child.getTransforms().stream().noneMatch(t -> t instanceof Scale)) {
            Scale flip = new Scale(-1, 1);
            flip.pivotXProperty().bind(paragraph.widthProperty().divide(2));
            child.getTransforms().add(flip);
        }
    }

    /**
     * The character at a point. In a right-to-left paragraph the point is mirrored and looked up by JavaFX
     * itself (see the class); RichTextFX's own lookup there measures its lines from left to right and fails.
     */
    @Override
    public CharacterHit hit(double x, double y) {
        Point2D scene = localToScene(x, y);
        for (TextFlow flow : rightToLeftFlows.keySet()) {
            if (flow.getScene() == getScene() && flow.isVisible() && inThisArea(flow)) {
                Point2D local = flow.sceneToLocal(scene);
                Bounds box = flow.getLayoutBounds();
                if (local.getY() >= box.getMinY() && local.getY() < box.getMaxY()) {
                    OptionalInt paragraph = paragraphAt(flow.localToScreen(box));
                    if (paragraph.isPresent()) {
                        HitInfo hit = flow.hitTest(new Point2D(box.getWidth() - local.getX(), local.getY()));
                        int start = getAbsolutePosition(paragraph.getAsInt(), 0);
                        return hit.isLeading() ? CharacterHit.leadingHalfOf(start + hit.getCharIndex())
                                : CharacterHit.trailingHalfOf(start + hit.getCharIndex());
                    }
                }
            }
        }
        return super.hit(x, y);
    }

    /** The index of the shown paragraph whose box is {@code onScreen}. */
    private OptionalInt paragraphAt(Bounds onScreen) {
        double middle = (onScreen.getMinY() + onScreen.getMaxY()) / 2;
        for (int i = 0; i < getVisibleParagraphs().size(); i++) {
            Bounds b = getVisibleParagraphBoundsOnScreen(i);
            if (middle >= b.getMinY() && middle < b.getMaxY()) {
                return OptionalInt.of(visibleParToAllParIndex(i));
            }
        }
        return OptionalInt.empty();
    }

    private boolean inThisArea(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Left and Right (with Shift or Ctrl too) swapped while the caret is in a right-to-left paragraph. */
    private void arrowsFollowDirection(KeyEvent e) {
        if (swapping || e.isAltDown() || e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT) {
            return;
        }
        if (!getParagraph(getCurrentParagraph()).getParagraphStyle().contains(RTL)) {
            return;
        }
        e.consume();
        KeyCode other = e.getCode() == KeyCode.LEFT ? KeyCode.RIGHT : KeyCode.LEFT;
        swapping = true;
        try {
            fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), other.getName(),
                    other, e.isShiftDown(), e.isControlDown(), e.isAltDown(), e.isMetaDown()));
        } finally {
            swapping = false;
        }
    }

    private boolean caretInRightToLeft() {
        return getParagraph(getCurrentParagraph()).getParagraphStyle().contains(RTL);
    }

    /** Up and Down (with Shift too) in a right-to-left paragraph keep the caret's x on screen. */
    private void upAndDownInRightToLeft(KeyEvent e) {
        if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isControlDown() && !e.isAltDown()
                && !e.isMetaDown() && caretInRightToLeft() && rightToLeftLines.verticalMove(e.getCode() == KeyCode.DOWN,
                        e.isShiftDown() ? SelectionPolicy.ADJUST : SelectionPolicy.CLEAR)) {
            e.consume();
        }
    }

    @Override
    public void nextLine(SelectionPolicy policy) {
        if (!caretInRightToLeft() || !rightToLeftLines.verticalMove(true, policy)) {
            super.nextLine(policy);
        }
    }

    @Override
    public void prevLine(SelectionPolicy policy) {
        if (!caretInRightToLeft() || !rightToLeftLines.verticalMove(false, policy)) {
            super.prevLine(policy);
        }
    }

    /** Home: the start of the caret's visual line, also in a right-to-left paragraph. */
    @Override
    public void lineStart(SelectionPolicy policy) {
        if (!caretInRightToLeft() || !rightToLeftLines.lineEdge(true, policy)) {
            super.lineStart(policy);
        }
    }

    /** End: the end of the caret's visual line, also in a right-to-left paragraph. */
    @Override
    public void lineEnd(SelectionPolicy policy) {
        if (!caretInRightToLeft() || !rightToLeftLines.lineEdge(false, policy)) {
            super.lineEnd(policy);
        }
    }

    /** Double-click: the word under the caret, by a word breaker that knows scripts written without spaces. */
    @Override
    public void selectWord() {
        int paragraph = getCurrentParagraph();
        int start = getAbsolutePosition(paragraph, 0);
        int[] word = new WordBreaks(getText(paragraph)).wordAt(getCaretColumn());
        selectRange(start + word[0], start + word[1]);
    }

    /** Ctrl+Right: over {@code n} word boundaries (as RichTextFX counts them), by the same word breaker. */
    @Override
    public void wordBreaksForwards(int n, SelectionPolicy policy) {
        int paragraph = getCurrentParagraph();
        int column = getCaretColumn();
        WordBreaks words = new WordBreaks(getText(paragraph));
        for (int i = 0; i < n; i++) {
            if (column < getParagraph(paragraph).length()) {
                column = words.nextBoundary(column);
            } else if (paragraph + 1 < getParagraphs().size()) {
                paragraph++;
                column = 0;
                words = new WordBreaks(getText(paragraph));
            }
        }
        moveTo(paragraph, column, policy);
    }

    /** Ctrl+Left: back over {@code n} word boundaries, by the same word breaker. */
    @Override
    public void wordBreaksBackwards(int n, SelectionPolicy policy) {
        int paragraph = getCurrentParagraph();
        int column = getCaretColumn();
        WordBreaks words = new WordBreaks(getText(paragraph));
        for (int i = 0; i < n; i++) {
            if (column > 0) {
                column = words.previousBoundary(column);
            } else if (paragraph > 0) {
                paragraph--;
                words = new WordBreaks(getText(paragraph));
                column = getParagraph(paragraph).length();
            }
        }
        moveTo(paragraph, column, policy);
    }

    /** Right (Left in a right-to-left paragraph): past one whole character as the reader sees it (an emoji). */
    @Override
    public void nextChar(SelectionPolicy policy) {
        int column = getCaretColumn();
        if (column >= getParagraph(getCurrentParagraph()).length()) {
            super.nextChar(policy);
        } else {
            moveTo(getCurrentParagraph(), new WordBreaks(getText(getCurrentParagraph())).nextCharacter(column), policy);
        }
    }

    /** Left (Right in a right-to-left paragraph): back one whole character as the reader sees it. */
    @Override
    public void previousChar(SelectionPolicy policy) {
        int column = getCaretColumn();
        if (column == 0) {
            super.previousChar(policy);
        } else {
            moveTo(getCurrentParagraph(), new WordBreaks(getText(getCurrentParagraph())).previousCharacter(column),
                    policy);
        }
    }
}
