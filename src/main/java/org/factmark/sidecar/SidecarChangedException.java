package org.factmark.sidecar;

import java.io.IOException;
import java.nio.file.Path;

/** The sidecar on disk changed since it was read (another program, a sync, a second window): not overwritten. */
public final class SidecarChangedException extends IOException {
    private final Path sidecar;

    public SidecarChangedException(Path sidecar) {
        super(sidecar + " was changed by another program since Factmark read it");
        this.sidecar = sidecar;
    }

    public Path sidecar() {
        return sidecar;
    }
}
