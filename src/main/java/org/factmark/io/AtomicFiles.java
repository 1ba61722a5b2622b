package org.factmark.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.UUID;

/**
 * The one way Factmark puts a file on disk. The bytes go to a temporary file in the target's folder, are
 * forced to disk, and the temporary file is then moved over the target in one step: a crash leaves the old
 * file or the new one, never half of one. The new file keeps the permissions, owner and group of the file it
 * replaces (the owner and group where this user may set them); a file that did not exist gets what the umask
 * gives any new file. A symbolic link at the target is replaced, never followed, so no write lands in a file
 * the link happens to point at.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Fills the temporary file that becomes the target; what it returns, {@link #write(Path, Fill)} returns. */
    @FunctionalInterface
    public interface Fill<T> {
        T into(Path temp) throws IOException;
    }

    /** Writes {@code bytes} as {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, temp -> {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            return null;
        });
    }

    /**
     * Makes {@code target} from a temporary file that {@code fill} writes (and forces to disk); the folder must
     * exist.
     *
     * @throws IOException when the target is a folder, or the file cannot be written or moved into place; the
     *                     target is then as it was
     */
    public static <T> T write(Path target, Fill<T> fill) throws IOException {
        return write(target, null, fill);
    }

    /**
     * As {@link #write(Path, Fill)}; when there is no file at {@code target}, the new one takes the permissions,
     * owner and group of {@code like} (null for none): a file just renamed aside, say.
     */
    public static <T> T write(Path target, Path like, Fill<T> fill) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is a folder");
        }
        PosixFileAttributes replaced = posix(file);
        if (replaced == null && like != null) {
            replaced = posix(like);
        }
        Path temp = createTemp(folder, file.getFileName().toString());
        try {
            if (replaced != null) {
                keepAttributes(temp, replaced);
            }
            T result = fill.into(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies {@code source} (which keeps its bytes) to a new file beside it named {@code base}, or {@code base-2},
     * {@code base-3}… when that name is taken, with its permissions, forced to disk; an existing file is never
     * replaced.
     *
     * @return the copy
     */
    public static Path copyToNewName(Path source, String base) throws IOException {
        for (int n = 1; ; n++) {
            Path copy = source.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (FileAlreadyExistsException e) {
                continue; // two backups in the same second: the next name
            }
            try (FileChannel written = FileChannel.open(copy, StandardOpenOption.READ)) {
                written.force(true);
            }
            syncFolder(copy.toAbsolutePath().getParent());
            return copy;
        }
    }

    /**
     * Where {@code path} really is: every link followed, {@code ..} taken after the link before it (as the system
     * does). For a path that does not exist, the real path of its nearest existing folder with the rest added.
     * Two paths name the same file when their real paths are equal.
     */
    public static Path realPath(Path path) {
        Path abs = path.toAbsolutePath();
        Path rest = abs.getFileSystem().getPath("");
        for (Path existing = abs; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                rest = existing.getFileName().resolve(rest); // not there (or a dangling link): one folder up
            }
        }
        return abs.normalize();
    }

    /**
     * The file a write to {@code path} would replace: its folder's real path with its own name, a link at the
     * end not followed (AtomicFiles replaces it).
     */
    public static Path replacedBy(Path path) {
        Path abs = path.toAbsolutePath();
        Path folder = abs.getParent();
        return folder == null ? abs : realPath(folder).resolve(abs.getFileName());
    }

    /** The POSIX attributes of the regular file at {@code file} (a link followed), or null. */
    private static PosixFileAttributes posix(Path file) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
            return attributes.isRegularFile() ? attributes : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no such file, or no POSIX permissions here: nothing to keep
        }
    }

    /**
     * A new empty file in {@code folder}, hidden, named after the target. Created as any new file is, so it has
     * the mode the umask gives (a temporary file made by {@code Files.createTempFile} would be 0600).
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        while (true) {
            Path temp = folder.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another one by chance: another name
            }
        }
    }

    private static void keepAttributes(Path temp, PosixFileAttributes replaced) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            view.setGroup(replaced.group());
        } catch (IOException e) {
            // not a group this user belongs to: the folder's default stays
        }
        try {
            view.setOwner(replaced.owner());
        } catch (IOException e) {
            // only root may give a file away: another user's file becomes this user's
        }
        view.setPermissions(replaced.permissions()); // after chown, which may clear set-id bits
    }

    /** Makes a rename durable where the platform allows opening a folder (Linux, macOS). */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; its move is already durable enough.
        }
    }
}
