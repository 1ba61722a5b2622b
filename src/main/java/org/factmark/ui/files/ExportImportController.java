package org.factmark.ui.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.factmark.edit.AnnotationDocument;
import org.factmark.formats.ExportInput;
import org.factmark.formats.ExportResult;
import org.factmark.formats.Exporter;
import org.factmark.formats.FormatException;
import org.factmark.formats.Formats;
import org.factmark.formats.ImportResult;
import org.factmark.formats.Importer;
import org.factmark.formats.Imports;
import org.factmark.io.FileReads;
import org.factmark.merge.MergeResult;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.prefs.Preferences;
import org.factmark.ui.feedback.Dialogs;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;
import org.factmark.ui.safety.MergeWords;

/**
 * File ▸ Export… and File ▸ Import Annotations…: choose a format, then where to write or what to read; the
 * summary says what the format could not carry. Imported annotations join the document as one undoable step.
 */
public final class ExportImportController {
    private final EditorState state;
    private final StatusBar status;
    private final Window window;
    /**
     * Where an export goes, given the suggested file (for one output) or folder (for several): a file for one
     * output, a folder for several. Replaceable for tests.
     */
    private BiFunction<ExportResult, Path, Optional<Path>> exportTarget = this::chooseTarget;
    /** What an import reads. Replaceable for tests. */
    private BiFunction<Importer, Path, Optional<Path>> importSource = this::chooseSource;

    private final Preferences prefs;

    public ExportImportController(EditorState state, StatusBar status, Window window, Preferences prefs) {
        this.state = state;
        this.status = status;
        this.window = window;
        this.prefs = prefs;
    }

    public void useChoosers(BiFunction<ExportResult, Path, Optional<Path>> target,
                     BiFunction<Importer, Path, Optional<Path>> source) {
        this.exportTarget = target;
        this.importSource = source;
    }

    public void export() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        Optional<Exporter> format = FormatChooser.choose(window, "Export", "Export the annotations of " + doc.articlePath().getFileName()
                + " as:", Formats.exporters(), Exporter::name, Exporter::description);
        if (format.isEmpty()) {
            return;
        }
        Optional<Exporter> publishing = publishing(format.get());
        if (publishing.isEmpty()) {
            return;
        }
        List<ExportInput> inputs = List.of(new ExportInput(doc.articlePath(), doc.snapshot(), state.labels()));
        ExportResult result = publishing.get().export(inputs);
        Optional<Path> target = exportTarget.apply(result, suggestion(format.get(), result, doc));
        if (target.isEmpty()) {
            return;
        }
        boolean single = result.files().size() == 1 && !Files.isDirectory(target.get());
        List<Path> targets = single ? List.of(target.get())
                : result.files().stream().map(f -> target.get().resolve(f.name())).toList();
        Optional<Path> clobbered = ExportResult.clobbers(targets, inputs);
        if (clobbered.isPresent()) {
            Dialogs.error(window, "Not exported", "The export would write over " + clobbered.get()
                    + ", the article or its annotations. Choose another folder or file name.");
            return;
        }
        try {
            if (!single) {
                Files.createDirectories(target.get());
            }
            for (int i = 0; i < targets.size(); i++) {
                result.files().get(i).saveAs(targets.get(i));
            }
        } catch (IOException e) {
            Dialogs.error(window, "Could not export to " + target.get().getFileName(), target.get() + ": "
                    + e.getMessage() + "\n\nNothing in your annotations has changed.");
            return;
        }
        status.flash("Exported " + format.get().name() + " to " + target.get().getFileName());
        Dialogs.info(window, "Exported as " + format.get().name() + " to " + target.get(), result.summary());
    }

    /**
     * The format, publishing under the name the user chose: asked the first time a format meant for publication
     * (ClaimReview) is exported, then kept in the preferences. Empty when the user cancels.
     */
    private Optional<Exporter> publishing(Exporter format) {
        if (!format.publishes()) {
            return Optional.of(format);
        }
        if (prefs.publisher().isBlank()) {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(window);
            dialog.getDialogPane().setId("publisher-dialog");
            dialog.setTitle("Publish under");
            dialog.setHeaderText("The name these fact-checks are published under, as their author\n"
                    + "(your organisation, or your own name). Asked once; leave it empty to give no author.");
            dialog.getEditor().setPromptText("e.g. Newsroom Fact Desk");
            Optional<String> name = dialog.showAndWait();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            prefs.setPublisher(name.get());
        }
        return Optional.of(format.publishedBy(prefs.publisher()));
    }

    public void importAnnotations() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        Optional<Importer> format = FormatChooser.choose(window, "Import annotations", "Import annotations into "
                + doc.articlePath().getFileName() + " from:", Formats.importers(), Importer::name,
                Importer::importDescription);
        if (format.isEmpty()) {
            return;
        }
        Optional<Path> source = importSource.apply(format.get(), folderOf(doc));
        if (source.isEmpty()) {
            return;
        }
        ImportResult result;
        try {
            result = Imports.read(format.get(), FileReads.sidecar(source.get()), doc.article(), state.labels());
        } catch (FormatException | IOException e) {
            Dialogs.error(window, "Could not import " + source.get().getFileName(), source.get() + ": "
                    + e.getMessage() + "\n\nNothing was added.");
            return;
        }
        MergeResult merged = ThreeWayMerge.importInto(doc.annotations().all(), result.annotations());
        int n = merged.joined();
        String imported = n + (n == 1 ? " annotation" : " annotations") + " imported";
        doc.applyMerge("Import " + (n == 1 ? "1 annotation" : n + " annotations"), merged);
        status.flash(imported + (n > 0 ? " (Ctrl+Z takes them back)" : ""));
        String conflicts = MergeWords.conflicts(doc, merged);
        Dialogs.info(window, "Imported from " + source.get().getFileName(), imported
                + (merged.joined() == merged.added().size() && merged.alreadyPresent().isEmpty() ? ""
                : " (" + MergeWords.counts(merged) + ")") + "."
                + (result.skipped().isEmpty() ? "" : "\nSkipped " + result.skipped().size() + ": "
                + String.join("; ", result.skipped()) + ".")
                + (conflicts.isEmpty() ? "" : "\n\n" + conflicts)
                + (n > 0 ? "\n\nCtrl+Z undoes the whole import." : ""));
    }

    /**
     * Where the chooser starts: the article's folder, and for one file a name after the article, as the formats
     * that write one file per article name theirs (speech.txt → speech.csv, not annotations.csv).
     */
    private static Path suggestion(Exporter format, ExportResult result, AnnotationDocument doc) {
        Path folder = folderOf(doc);
        if (result.files().size() != 1) {
            return folder;
        }
        String name = result.files().get(0).name();
        if (format.combines()) {
            String article = doc.articlePath().getFileName().toString();
            int dot = article.lastIndexOf('.');
            name = (dot > 0 ? article.substring(0, dot) : article) + name.substring(Math.max(0, name.indexOf('.')));
        }
        return folder.resolve(name);
    }

    private Optional<Path> chooseTarget(ExportResult result, Path suggested) {
        if (result.files().size() == 1) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to");
            chooser.setInitialDirectory(suggested.getParent().toFile());
            chooser.setInitialFileName(suggested.getFileName().toString());
            return Optional.ofNullable(chooser.showSaveDialog(window)).map(File::toPath);
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export " + result.files().size() + " files to the folder");
        chooser.setInitialDirectory(suggested.toFile());
        return Optional.ofNullable(chooser.showDialog(window)).map(File::toPath);
    }

    private Optional<Path> chooseSource(Importer format, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import " + format.name() + " annotations");
        chooser.setInitialDirectory(folder.toFile());
        return Optional.ofNullable(chooser.showOpenDialog(window)).map(File::toPath);
    }

    private static Path folderOf(AnnotationDocument doc) {
        return doc.articlePath().toAbsolutePath().getParent();
    }
}
