package org.factmark.sidecar;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a save did: where an unreadable old sidecar was moved to keep it, and the SHA-256 of the bytes now on
 * disk (what the next save expects to find).
 */
public record SaveResult(Path sidecar, Optional<Path> brokenRenamedTo, String sha) {
}
