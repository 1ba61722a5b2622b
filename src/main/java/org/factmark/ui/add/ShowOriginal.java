package org.factmark.ui.add;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factmark.edit.AnnotationDocument;

/**
 * File ▸ Show Original: the archived original beside the article ({@code document.source.original}) opened
 * with the system's viewer, through JavaFX's host services when the app has them.
 */
public final class ShowOriginal {
    private final Supplier<AnnotationDocument> current;
    private Consumer<String> viewer = ShowOriginal::openWithSystem;

    public ShowOriginal(Supplier<AnnotationDocument> current) {
        this.current = current;
    }

    /** True when the open article has an archived original to show. */
    public boolean available() {
        return Provenance.original(current.get()).isPresent();
    }

    public void show() {
        Provenance.original(current.get()).ifPresent(original -> viewer.accept(original.toUri().toString()));
    }

    /** Opens addresses ({@code file:} URIs) with this instead of the system's viewer: the app's host services, a test. */
    public void useViewer(Consumer<String> viewer) {
        this.viewer = viewer;
    }

    private static void openWithSystem(String uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String[] command = os.contains("mac") ? new String[] {"open", uri}
                : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", uri}
                : new String[] {"xdg-open", uri};
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no viewer could open " + Path.of(java.net.URI.create(uri)), e);
        }
    }
}
