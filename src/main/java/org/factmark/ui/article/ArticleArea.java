package org.factmark.ui.article;

import java.util.Collection;
import java.util.Collections;
import javafx.geometry.NodeOrientation;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.EditableStyledDocument;

/**
 * The article's text area: RichTextFX's style-classed area whose paragraphs can each read right to left. A
 * paragraph whose style holds {@value #RTL} gets a right-to-left node orientation, so JavaFX lays it out with
 * a right-to-left base direction (the Unicode bidi order, aligned to the right); RichTextFX alone has no
 * per-paragraph direction (FXMisc/RichTextFX#1170).
 */
public class ArticleArea extends StyledTextArea<Collection<String>, Collection<String>> {
    /** The paragraph style class of a right-to-left paragraph. */
    public static final String RTL = "fm-rtl";

    public ArticleArea(EditableStyledDocument<Collection<String>, String, Collection<String>> document) {
        super(Collections.emptyList(),
                (paragraph, classes) -> {
                    paragraph.getStyleClass().addAll(classes);
                    paragraph.setNodeOrientation(classes.contains(RTL) ? NodeOrientation.RIGHT_TO_LEFT
                            : NodeOrientation.LEFT_TO_RIGHT);
                },
                Collections.emptyList(),
                (text, classes) -> text.getStyleClass().addAll(classes),
                document, true);
    }
}
