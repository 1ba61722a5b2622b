package org.factmark.ui.actions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;

/**
 * What the window itself does for the action table: its dialogs, its text size and theme, and the parts the
 * focus keys move between.
 */
public record WindowCommands(Runnable statistics, Runnable shortcuts, Runnable quit, Runnable larger,
                             Runnable smaller, Runnable normalSize, Runnable askAnnotator, BooleanProperty dark,
                             Runnable toInspector, Node list, Menu recent, Runnable addArticle,
                             Runnable showOriginal, ObservableBooleanValue noOriginal, Menu direction,
                             Runnable compareWith, Runnable seenBefore,
                             Runnable openFolder, Runnable openArticleFolder, ObservableBooleanValue noFolder) {
}
