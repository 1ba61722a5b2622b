package org.factmark.ui.add;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.input.Dragboard;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.factmark.add.AddArticle;
import org.factmark.add.ExtractionException;
import org.factmark.edit.AnnotationDocument;

/**
 * File ▸ Add Article… and dropping a link or a document on the window: the source becomes an article (with
 * its original and sidecar) in the open article's folder, or one the user picks, off the JavaFX thread with
 * a Cancel in the status bar; then it is opened. A source that cannot be added is said in one line.
 */
public final class AddArticleController {
    /** Documents a drop adds rather than opens; a dropped .txt or .md is an article already, and opens. */
    private static final Set<String> ADDED_ON_DROP = Set.of("html", "htm", "xhtml", "pdf", "docx");

    /** What the window lends the controller: its status bar. */
    public interface Progress {
        void start(String text, Runnable cancel);

        void done();

        void flash(String text);
    }

    private final Window owner;
    private final Supplier<AnnotationDocument> current;
    private final Supplier<Path> lastFolder;
    private final Predicate<Path> open;
    private final Progress progress;
    private Function<Path, Optional<Path>> folderChooser = this::chooseFolder;
    private Task<AddArticle.Added> running;

    public AddArticleController(Window owner, Supplier<AnnotationDocument> current, Supplier<Path> lastFolder,
                                Predicate<Path> open, Progress progress) {
        this.owner = owner;
        this.current = current;
        this.lastFolder = lastFolder;
        this.open = open;
        this.progress = progress;
    }

    /** Asks for a file or a web address, then adds it. */
    public void addFromDialog() {
        Optional<Path> folder = currentFolder();
        AddArticleDialog.ask(owner, folder.orElse(null), lastFolder.get()).ifPresent(source -> add(source, folder));
    }

    /** True when the drop holds a link or a document that is added rather than opened. */
    public static boolean adds(Dragboard board) {
        return dropped(board).isPresent();
    }

    /** Adds what was dropped, when {@link #adds} says it is to be added; false otherwise. */
    public boolean drop(Dragboard board) {
        Optional<String> source = dropped(board);
        source.ifPresent(s -> add(s, currentFolder()));
        return source.isPresent();
    }

    private static Optional<String> dropped(Dragboard board) {
        return droppedSource(board.hasFiles() ? board.getFiles() : List.of(), board.hasUrl() ? board.getUrl() : null,
                board.hasString() ? board.getString() : null);
    }

    /**
     * What a drop adds: its first file when that is a web page, a PDF or a Word document; else a web address
     * it carries as a link or as text; else nothing (a .txt or .md file is opened as an article instead).
     */
    static Optional<String> droppedSource(List<File> files, String url, String text) {
        if (!files.isEmpty()) {
            File first = files.get(0);
            return ADDED_ON_DROP.contains(extension(first)) ? Optional.of(first.getAbsolutePath()) : Optional.empty();
        }
        for (String candidate : new String[] {url, text}) {
            if (candidate != null && !candidate.isBlank()) {
                String first = candidate.strip().split("\\s+")[0];
                if (AddArticle.isUrl(first)) {
                    return Optional.of(first);
                }
            }
        }
        return Optional.empty();
    }

    /** Adds {@code source} into {@code folder}, or into one the user is asked for when it is empty. */
    public void add(String source, Optional<Path> folder) {
        Optional<Path> into = folder.isPresent() ? folder : folderChooser.apply(lastFolder.get());
        if (into.isEmpty()) {
            return;
        }
        if (running != null) {
            running.cancel(true);
        }
        AddArticle adder = new AddArticle(AddArticle.Options.into(into.get()));
        Task<AddArticle.Added> task = new Task<>() {
            @Override
            protected AddArticle.Added call() throws Exception {
                return adder.add(source);
            }
        };
        running = task;
        progress.start("Adding " + shortName(source) + "…", () -> task.cancel(true));
        task.setOnSucceeded(e -> {
            finished(task);
            Path article = task.getValue().article();
            if (open.test(article)) {
                progress.flash("Added " + article.getFileName() + " from " + shortName(source));
            }
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable problem = task.getException();
            String why = problem instanceof ExtractionException || problem instanceof java.io.IOException
                    ? problem.getMessage() : String.valueOf(problem);
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle("Add Article");
            alert.setHeaderText("The article could not be added");
            alert.setContentText(shortName(source) + ": " + why);
            alert.getDialogPane().setId("add-article-error");
            alert.show();
        });
        task.setOnCancelled(e -> {
            finished(task);
            progress.flash("Adding " + shortName(source) + " was cancelled");
        });
        Thread worker = new Thread(task, "factmark-add-article");
        worker.setDaemon(true);
        worker.start();
    }

    /** Where added articles go instead of a folder chooser: for tests. */
    public void useFolderChooser(Function<Path, Optional<Path>> chooser) {
        this.folderChooser = chooser;
    }

    private void finished(Task<?> task) {
        if (running == task) {
            running = null;
            progress.done();
        }
    }

    private Optional<Path> currentFolder() {
        AnnotationDocument doc = current.get();
        return doc == null ? Optional.empty() : Optional.ofNullable(doc.articlePath().toAbsolutePath().getParent());
    }

    private Optional<Path> chooseFolder(Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the new article");
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File folder = chooser.showDialog(owner);
        return folder == null ? Optional.empty() : Optional.of(folder.toPath());
    }

    private static String extension(File file) {
        String name = file.getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shortName(String source) {
        if (AddArticle.isUrl(source)) {
            return source.strip();
        }
        Path name = Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }
}
