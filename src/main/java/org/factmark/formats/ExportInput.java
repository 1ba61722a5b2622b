package org.factmark.formats;

import java.nio.file.Path;
import org.factmark.model.LabelSet;
import org.factmark.model.SidecarContent;

/**
 * One article to export: where it is, what its sidecar holds, and the labels it was made with.
 * Annotation offsets in {@code content} are UTF-16 (as in the model); formats that count code points convert
 * with {@link org.factmark.model.CodePoints}.
 */
public record ExportInput(Path article, SidecarContent content, LabelSet labels) {
}
