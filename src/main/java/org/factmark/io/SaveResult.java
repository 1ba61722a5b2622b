package org.factmark.io;

import java.nio.file.Path;
import java.util.Optional;

/** What a save did besides writing: where an unreadable old sidecar was moved to keep it. */
public record SaveResult(Path sidecar, Optional<Path> brokenRenamedTo) {
}
