package org.factmark.ui.files;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.factmark.article.ArticleException;
import org.factmark.article.ArticleLoader;
import org.factmark.concurrent.Cores;
import org.factmark.edit.AnnotationDocument;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.model.SpanOrder;
import org.factmark.model.TextDirection;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.article.highlight.StyledText;

/**
 * A large article made ready off the JavaFX thread: read, its sidecar parsed and checked, the annotations
 * indexed and the text styled, so that the JavaFX thread only puts a new text area in place. Both cores work:
 * the display text and then the styling on one while the sidecar is read and the index built on the other.
 */
public record PreparedOpen(OpenedDocument opened, LabelSchemaLoader.Loaded schema, AnnotationDocument doc,
        StyledText styled) {

    static PreparedOpen prepare(Path article) throws ArticleException {
        ArticleText articleText = ArticleLoader.load(article);
        CompletableFuture<StyledText.Plain> plain = CompletableFuture.supplyAsync(
                () -> StyledText.plain(articleText.text()), Cores.pool());
        OpenedDocument opened = SidecarStore.open(article, articleText);
        LabelSchemaLoader.Loaded schema = LabelSchemaLoader.forArticle(article);
        Set<String> labels = schema.labels().ids();
        CompletableFuture<StyledText> styled = plain.handle((made, failed) -> made)
                .thenApplyAsync(made -> styled(made, opened.content(), labels), Cores.pool());
        AnnotationDocument doc = document(article, opened.content(), opened);
        doc.lines(); // the status bar and the list will ask for lines and counts at once
        doc.tally();
        StyledText text = styled.join();
        if (doc.annotations().size() != opened.content().annotations().size()) { // an id was repeated
            text = StyledText.prepare(doc.text(), doc.annotations().all(), labels, doc.direction());
        }
        return new PreparedOpen(opened, schema, doc, text);
    }

    /**
     * Styles {@code doc}'s text on another thread. The document is read here, on the caller's thread; the
     * other thread sees only its text and its annotations, which do not change.
     */
    public static CompletableFuture<StyledText> styleAsync(AnnotationDocument doc, Set<String> labels) {
        String text = doc.text();
        List<Annotation> all = doc.annotations().all();
        TextDirection direction = doc.direction();
        return CompletableFuture.supplyAsync(() -> StyledText.prepare(text, all, labels, direction), Cores.pool());
    }

    /** The document an opened sidecar (or a recovered copy of it) makes. */
    static AnnotationDocument document(Path article, SidecarContent content, OpenedDocument opened) {
        return new AnnotationDocument(article, content.article(), content.annotations(), content.orphans(),
                content.topExtra(), content.documentExtra(), opened.sidecarBroken(), Clock.systemUTC());
    }

    /**
     * The article's text with the highlights of the annotations read, as the document will hold them: in span
     * order (a file written by another tool may list them otherwise). {@code plain} is its display text, when
     * that could be made.
     */
    private static StyledText styled(StyledText.Plain plain, SidecarContent content, Set<String> labels) {
        List<Annotation> read = content.annotations();
        List<Annotation> inOrder = read;
        for (int i = 1; i < read.size(); i++) {
            if (SpanOrder.ORDER.compare(read.get(i - 1), read.get(i)) > 0) {
                inOrder = read.stream().sorted(SpanOrder.ORDER).toList();
                break;
            }
        }
        String text = content.article().text();
        TextDirection direction = TextDirection.in(content.documentExtra());
        return plain != null && plain.text().equals(text) ? StyledText.style(plain, inOrder, labels, direction)
                : StyledText.prepare(text, inOrder, labels, direction);
    }
}
